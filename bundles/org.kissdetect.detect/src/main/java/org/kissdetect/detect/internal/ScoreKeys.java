package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.text.Sha256;

/**
 * What scores are keyed on: the movie's path, and the model's content. A model directory's {@code metadata.json}
 * lists the sha256 of every other file of it, so the hash of that one file pins the whole model, whatever its
 * id and version say (the classification bundle identifies loaded models the same way).
 */
final class ScoreKeys {

    static final String MODEL_METADATA = "metadata.json";
    private static final long MAX_METADATA_BYTES = 16L << 20;

    private ScoreKeys() {
    }

    /** The sha256 of the model directory's metadata, which pins every file of the model. */
    static String modelContent(Path modelDirectory) throws ModelException {
        Path metadata = modelDirectory.resolve(MODEL_METADATA);
        try {
            return Sha256.hex(BoundedFiles.read(metadata, MAX_METADATA_BYTES, "model metadata", true));
        } catch (NoSuchFileException e) {
            throw new ModelException(modelDirectory, MODEL_METADATA + " is missing", e);
        } catch (IOException e) {
            throw new ModelException(metadata, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The start of the cache file names of one movie and one model. */
    static String fileStem(String moviePath, String modelSha256) {
        return Sha256.hex(moviePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "-"
                + modelSha256.substring(0, Math.min(16, modelSha256.length()));
    }
}
