package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.kissdetect.api.detect.Detection;

/** The scores file of a detection, for a caller to put where it likes (beside markers). */
final class ScoreDocuments {

    private ScoreDocuments() {
    }

    /**
     * The detection's scores file as kept, when it still holds this detection's scores; else the scores file
     * written from the detection itself, with the movie's fingerprint taken now (when the movie can still be
     * read) and no model content hash.
     */
    static byte[] of(Detection detection) throws IOException {
        Path kept = detection.scoresFile();
        if (kept != null) {
            try {
                byte[] bytes = BoundedFiles.read(kept, ScoreFiles.MAX_BYTES, "a scores file", true);
                if (Arrays.equals(ScoreFiles.parse(kept, bytes).probabilities(), detection.probabilities())) {
                    return bytes;
                }
            } catch (IOException e) {
                // changed or gone since: write what the detection holds
            }
        }
        Path movie = detection.movie().file().toAbsolutePath().normalize();
        MovieFingerprint fingerprint;
        try {
            fingerprint = MovieFingerprint.of(movie);
        } catch (IOException e) {
            fingerprint = new MovieFingerprint(movie.toString(), 0, 0, null);
        }
        List<String> warnings = Warnings.capped(detection.warnings());
        ScoreFile scores = new ScoreFile(ScoreFile.FORMAT, ScoreFile.MovieJson.of(fingerprint, detection.movie()),
                ScoreFile.ModelJson.of(detection.model(), null), detection.probabilities(),
                warnings.isEmpty() ? null : warnings);
        return ScoreFiles.bytes(scores.validate(movie.resolveSibling(movie.getFileName() + ".scores.json")));
    }
}
