package org.kissdetect.api.projects;

import java.nio.file.Path;

/**
 * What became of one media file a project uses.
 *
 * @param media     the media file as the project names it
 * @param clips     how many clips of the timeline use it
 * @param scenes    the scenes detected in it (0 when it failed)
 * @param fromCache whether its scores came from the score cache, without decoding
 * @param failure   why it could not be detected (missing, not decodable), or {@code null} when it was
 */
public record MediaOutcome(Path media, int clips, int scenes, boolean fromCache, String failure) {

    /** @return whether it was detected */
    public boolean detected() {
        return failure == null;
    }
}
