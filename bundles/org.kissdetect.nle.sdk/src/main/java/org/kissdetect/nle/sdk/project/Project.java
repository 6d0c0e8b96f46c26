package org.kissdetect.nle.sdk.project;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An open project of the host. <b>Implemented by the host</b>, which registers every open project as an OSGi
 * service under this interface (and withdraws it when the project closes). Thread-safe: plugins call it from
 * their own threads; the host shows changes on its UI thread.
 */
@ProviderType
public interface Project {

    /**
     * The project's name, as the user sees it.
     *
     * @return the name
     */
    String name();

    /**
     * The media items, in the order the user sees them.
     *
     * @return a snapshot of the media items
     */
    List<MediaItem> media();

    /**
     * One media item.
     *
     * @param id the item's id
     * @return the item, or empty when the project has no such item
     */
    Optional<MediaItem> media(String id);

    /**
     * The timelines.
     *
     * @return a snapshot of the timelines and their clips
     */
    List<Timeline> timelines();

    /**
     * The markers of one media item, in time order.
     *
     * @param mediaId the item's id
     * @return a snapshot of its markers; empty when it has none or there is no such item
     */
    List<Marker> markers(String mediaId);

    /**
     * Applies a group of marker changes as one undoable step: all of them, or none when one conflicts. An empty
     * edit changes nothing and adds no step.
     *
     * @param edit the changes
     * @throws MarkerConflictException when a change's {@code before} is not the marker as it is now, an added
     *                                 marker's id is taken, or a media item is missing; nothing was applied
     */
    void apply(MarkerEdit edit) throws MarkerConflictException;
}
