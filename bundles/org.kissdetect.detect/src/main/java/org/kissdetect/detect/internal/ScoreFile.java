package org.kissdetect.detect.internal;

import java.nio.file.Path;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;

/**
 * The per-second probabilities of one movie by one model, as kept on disk: enough to re-segment without
 * running the model, and to tell when the movie or the model has changed since.
 */
record ScoreFile(String format, MovieJson movie, ModelJson model, float[] probabilities) {

    static final String FORMAT = "kissdetect-scores/1";

    record MovieJson(String path, long size, long modifiedMillis, double durationSeconds, double frameRate, int width,
            int height, boolean hasAudio) {

        MovieInfo info() {
            return new MovieInfo(Path.of(path), durationSeconds, frameRate, width, height, hasAudio);
        }
    }

    record ModelJson(String id, String version, String variant, String device) {

        ModelDescriptor descriptor() {
            return new ModelDescriptor(id, version, variant, device);
        }

        boolean sameModel(ModelDescriptor other) {
            return id.equals(other.id()) && version.equals(other.version());
        }
    }
}
