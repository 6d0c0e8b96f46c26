package org.kissdetect.api.projects;

import java.util.List;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.segment.Scene;

/**
 * The scenes detected in one media file, to be marked wherever a project uses it.
 *
 * @param media   the media file as decoded (frame rate, start timecode)
 * @param scenes  its scenes, in whole seconds from its first frame
 * @param modelId the model that found them
 */
public record MediaScenes(MovieInfo media, List<Scene> scenes, String modelId) {

    /** Checks that every part is present and keeps an unmodifiable copy of the scenes. */
    public MediaScenes {
        if (media == null || scenes == null || modelId == null) {
            throw new IllegalArgumentException("media scenes need the media, its scenes and the model");
        }
        scenes = List.copyOf(scenes);
    }
}
