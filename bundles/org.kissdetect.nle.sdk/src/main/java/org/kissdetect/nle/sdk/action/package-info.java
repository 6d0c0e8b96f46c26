/**
 * Context-menu actions, in the style of Eclipse's commands and handlers, contributed through the OSGi whiteboard.
 *
 * <p><b>Plugins implement</b> {@link org.kissdetect.nle.sdk.action.Action} and register it as an OSGi service
 * with the property {@code nle.menu} (a String or String[]) naming the menus it belongs in:
 * <ul>
 * <li>{@code media}: the context menu of media items (the project's bin);</li>
 * <li>{@code clip}: the context menu of clips on a timeline;</li>
 * <li>{@code project}: actions on the whole project, such as a host's Project menu (since 1.2; the context names
 * the project and all its media items, no clips).</li>
 * </ul>
 * <b>The host</b> tracks these services, builds each context menu from the actions of that menu ordered by
 * {@code service.ranking} (highest first) then label, asks each for its
 * {@linkplain org.kissdetect.nle.sdk.action.Action#enablement enablement} when the menu opens (showing the reason
 * of a disabled action, for example as a tooltip), and calls
 * {@link org.kissdetect.nle.sdk.action.Action#execute execute} when the user picks an enabled one. Actions come
 * and go at any time; a host never keeps one after its service is unregistered.
 *
 * <p>Since 1.1 a clip menu may also say what span of time the user selected on the timeline and which marker the
 * menu was opened on ({@link org.kissdetect.nle.sdk.action.ActionContext#selectedSpan()},
 * {@link org.kissdetect.nle.sdk.action.ActionContext#markerUnderCursor()}); hosts of 1.0 say neither.
 */
@Export
@Version("1.2.0")
package org.kissdetect.nle.sdk.action;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
