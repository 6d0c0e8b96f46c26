package org.kissdetect.api.projects;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.markers.MarkerStyle;
import org.osgi.annotation.versioning.ProviderType;

/** A project as read from its file: the clips of its timeline, and a way to write it back annotated. */
@ProviderType
public interface EditorProject {

    /** @return the file it was read from */
    Path file();

    /** @return the name of its format, as {@link ProjectFormat#name()} */
    String format();

    /**
     * The clips of the timeline (the main sequence, all its tracks, connected clips too) that use a media file with
     * a picture, in timeline order.
     *
     * @return the clips
     */
    List<ProjectClip> clips();

    /**
     * The markers the project holds (the user's, and any Kiss Detector added), in the order the project keeps them.
     *
     * @return the markers
     */
    List<ProjectMarker> markers();

    /**
     * The labels the project keeps apart from its markers, as editors that implement Kiss Detector's SDK do (the
     * reference editor); formats whose editors mark labels as markers keep none.
     *
     * @return the labels, in the order the project keeps them; empty by default
     * @since 1.1
     */
    default List<ProjectLabel> labels() {
        return List.of();
    }

    /**
     * Writes the project back as it was read, except that markers Kiss Detector added to it before are removed and
     * each scene of the given media is marked where it shows: on the clips that use the media, trimmed to what
     * each clip shows, so a scene that no clip shows is not marked.
     *
     * @param scenes the scenes of each media file, by {@link ProjectClip#media()}; media absent here are left
     *               unmarked
     * @param style  the markers' name, colour and timecode style
     * @param out    where to write; not closed
     * @return the number of markers written
     * @throws IOException when writing fails
     */
    int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out) throws IOException;
}
