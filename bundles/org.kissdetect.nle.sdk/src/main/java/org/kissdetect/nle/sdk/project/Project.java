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

    /**
     * Whether this host keeps labels ({@link #labels}, {@link #applyEdit(ProjectEdit)}); hosts before 1.1 do not.
     *
     * @return {@code true} when it does
     * @since 1.1
     */
    default boolean keepsLabels() {
        return false;
    }

    /**
     * The labels of one media item, in time order. Labels are saved with the project, apart from markers.
     *
     * @param mediaId the item's id
     * @return a snapshot of its labels; empty when it has none, there is no such item, or the host keeps no labels
     * @since 1.1
     */
    default List<Label> labels(String mediaId) {
        return List.of();
    }

    /**
     * Applies marker and label changes as one undoable step: all of them, or none when one conflicts (a change's
     * {@code before} is not as it is now, an added id is taken, a media item is missing). An empty edit changes
     * nothing and adds no step.
     *
     * @param edit the changes
     * @throws MarkerConflictException       when a change conflicts; nothing was applied
     * @throws UnsupportedOperationException when the host keeps no labels ({@link #keepsLabels()}) and the edit
     *                                       changes some; a marker-only edit is applied as
     *                                       {@link #apply(MarkerEdit)} does
     * @since 1.1
     */
    default void applyEdit(ProjectEdit edit) throws MarkerConflictException {
        if (!edit.labels().isEmpty()) {
            throw new UnsupportedOperationException("this host keeps no labels");
        }
        apply(new MarkerEdit(edit.label(), edit.markers()));
    }

    /**
     * Whether this host keeps plugins' {@linkplain UndoableChange undoable changes} in its history; hosts before 1.2
     * do not.
     *
     * @return {@code true} when it does
     * @since 1.2
     */
    default boolean keepsUndoableChanges() {
        return false;
    }

    /**
     * Makes a plugin's change as one step of the project's history, which the user can undo and redo. A host that
     * keeps no such steps ({@link #keepsUndoableChanges()}) makes the change without a step (this default).
     *
     * @param change the change
     * @throws Exception when the change could not be made (its {@link UndoableChange#apply()} failed); no step is
     *                   kept
     * @since 1.2
     */
    default void perform(UndoableChange change) throws Exception {
        change.apply();
    }
}
