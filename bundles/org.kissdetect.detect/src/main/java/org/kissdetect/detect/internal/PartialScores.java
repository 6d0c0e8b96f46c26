package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The seconds an interrupted detection had classified, kept so that the next run of the same model on the
 * same, unchanged movie goes on from there.
 *
 * @param movie         the movie they belong to
 * @param modelSha256   the content of the model that made them
 * @param probabilities the first seconds' probabilities
 */
record PartialScores(String format, MovieFingerprint movie, String modelSha256, float[] probabilities) {

    static final String FORMAT = "kissdetect-partial-scores/1";

    PartialScores(MovieFingerprint movie, String modelSha256, float[] probabilities) {
        this(FORMAT, movie, modelSha256, probabilities);
    }

    boolean belongsTo(MovieFingerprint file, String model) {
        return file.equals(movie) && model.equals(modelSha256);
    }

    PartialScores validate(Path file) throws IOException {
        boolean valid = FORMAT.equals(format) && movie != null && modelSha256 != null && probabilities != null
                && probabilities.length <= ScoreFile.MAX_SECONDS;
        for (int second = 0; valid && second < probabilities.length; second++) {
            valid = probabilities[second] >= 0 && probabilities[second] <= 1;
        }
        if (!valid) {
            throw new IOException(file + " is not a " + FORMAT + " file");
        }
        return this;
    }
}
