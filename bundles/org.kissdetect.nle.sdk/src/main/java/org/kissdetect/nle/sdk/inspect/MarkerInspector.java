package org.kissdetect.nle.sdk.inspect;

import java.util.function.BooleanSupplier;

import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Shows something about a marker at a time inside it, as a picture with a caption. <b>Implemented by plugins</b>,
 * registered as a whiteboard service (see the package description).
 */
@ConsumerType
public interface MarkerInspector {

    /**
     * The inspector's identifier, stable across versions: {@code "org.example.saliency"}.
     *
     * @return the id
     */
    String id();

    /**
     * What the inspector shows, as a title for the host's panel: {@code "Where the model looked"}.
     *
     * @return the title
     */
    String title();

    /**
     * Whether this inspector has something to show for the marker. Called on the host's UI thread: it must answer
     * at once from the marker alone (its owner, its id), without reading files or running anything.
     *
     * @param marker the marker under the playhead
     * @return whether {@link #inspect} applies to it
     */
    boolean inspects(Marker marker);

    /**
     * Inspects the marker at a time. Called on a background thread, only for a marker {@link #inspects} accepted;
     * it may take seconds, and should stop soon after {@code cancelled} turns true (the host then ignores what it
     * returns).
     *
     * @param project   the project
     * @param item      the media item the marker lies on
     * @param marker    the marker
     * @param atSeconds the playhead, in the item's time, inside the marker's range
     * @param cancelled asked whether the host no longer wants the answer
     * @return the picture and its caption
     * @throws Exception when it cannot inspect the marker; the message is shown to the user as it is
     */
    MarkerInspection inspect(Project project, MediaItem item, Marker marker, double atSeconds,
            BooleanSupplier cancelled) throws Exception;
}
