package org.kissdetect.api.labels;

import java.nio.file.Path;

/**
 * A labelled span of a media file.
 *
 * @param media   the media file
 * @param start   where it starts, in seconds from the media's first frame
 * @param end     where it ends, exclusive
 * @param kissing whether it is kissing
 * @param origin  where in the project it came from, for messages ({@code timeline marker "kissing" at 00:01:05})
 */
public record Label(Path media, double start, double end, boolean kissing, String origin) {

    /** Checks that it spans time of a media file. */
    public Label {
        if (media == null || origin == null) {
            throw new IllegalArgumentException("a label needs a media file and an origin");
        }
        if (!(start >= 0) || !(end > start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("a label of " + media + " spans " + start + " s to " + end + " s");
        }
    }
}
