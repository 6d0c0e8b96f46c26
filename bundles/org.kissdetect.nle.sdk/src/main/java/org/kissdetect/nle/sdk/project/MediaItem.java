package org.kissdetect.nle.sdk.project;

import java.nio.file.Path;

/**
 * A movie (or other media file) in the host's project.
 *
 * @param id   the host's identifier, unique in the project and stable for the project's life
 * @param name the name the user sees
 * @param file the media file
 */
public record MediaItem(String id, String name, Path file) {

    /** Checks that every part is present. */
    public MediaItem {
        if (id == null || id.isBlank() || name == null || file == null) {
            throw new IllegalArgumentException("a media item needs an id, a name and a file");
        }
    }
}
