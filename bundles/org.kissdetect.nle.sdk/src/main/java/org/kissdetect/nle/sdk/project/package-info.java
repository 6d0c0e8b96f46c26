/**
 * The host's project as plugins see it: media items, timelines of clips, and the markers on each media item.
 *
 * <p><b>The host implements</b> {@link org.kissdetect.nle.sdk.project.Project} and registers each open project as
 * an OSGi service. Plugins read it and change markers only through
 * {@link org.kissdetect.nle.sdk.project.Project#apply(MarkerEdit)}: one call is one step in the host's undo
 * history, applied whole or not at all.
 *
 * <p>Times are seconds. A media item's markers are in the item's own time (seconds from its start); a host shows
 * them on every clip of the item, shifted to where the clip sits on its timeline. Every marker carries an
 * <em>owner</em> tag naming the plugin (or {@code "user"}) that made it; plugins change only their own markers.
 *
 * <p>Since 1.1 a host may also keep <em>labels</em> ({@link org.kissdetect.nle.sdk.project.Label}): spans a user
 * marked as showing, or not showing, what a plugin detects, saved with the project apart from markers and changed,
 * together with markers when one step needs both, through
 * {@link org.kissdetect.nle.sdk.project.Project#applyEdit(ProjectEdit)}.
 *
 * <p>Since 1.2 a plugin may make a change of its own (such as switching to a newly trained model) a step of the
 * project's history that the user undoes like any edit:
 * {@link org.kissdetect.nle.sdk.project.Project#perform(UndoableChange)}.
 */
@Export
@Version("1.2.0")
package org.kissdetect.nle.sdk.project;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
