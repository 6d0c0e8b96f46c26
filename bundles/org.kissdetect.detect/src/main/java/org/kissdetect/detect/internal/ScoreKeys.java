package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.kissdetect.api.classify.ModelException;

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
            return sha256Hex(BoundedFiles.read(metadata, MAX_METADATA_BYTES, "model metadata", true));
        } catch (NoSuchFileException e) {
            throw new ModelException(modelDirectory, MODEL_METADATA + " is missing", e);
        } catch (IOException e) {
            throw new ModelException(metadata, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The start of the cache file names of one movie and one model. */
    static String fileStem(String moviePath, String modelSha256) {
        return sha256Hex(moviePath.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "-"
                + modelSha256.substring(0, Math.min(16, modelSha256.length()));
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
