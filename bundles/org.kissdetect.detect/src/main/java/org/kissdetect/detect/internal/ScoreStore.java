package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Per-second scores on disk, one JSON file per movie and model, written atomically. A file is fresh while the
 * movie keeps its size and modification time and the model its id and version; anything else is stale and
 * ignored.
 */
final class ScoreStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    ScoreStore(Path directory) {
        this.directory = directory;
    }

    Path fileFor(Path movie, ModelDescriptor model) {
        String key = sha256(movie.toAbsolutePath().normalize().toString()).substring(0, 16);
        String modelPart = (model.id() + "-" + model.version()).replaceAll("[^A-Za-z0-9._-]", "_");
        return directory.resolve(key + "-" + modelPart + ".scores.json");
    }

    Path save(MovieInfo movie, ModelDescriptor model, float[] probabilities) throws IOException {
        Path movieFile = movie.file().toAbsolutePath().normalize();
        ScoreFile scores = new ScoreFile(ScoreFile.FORMAT,
                new ScoreFile.MovieJson(movieFile.toString(), Files.size(movieFile),
                        Files.getLastModifiedTime(movieFile).toMillis(), movie.durationSeconds(), movie.frameRate(),
                        movie.width(), movie.height(), movie.hasAudio()),
                new ScoreFile.ModelJson(model.id(), model.version(), model.variant(), model.device()), probabilities);
        Path file = fileFor(movieFile, model);
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".scores-", ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(scores));
            moveAtomically(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    /** The scores of this movie by this model, when they are still true of the file on disk. */
    Optional<ScoreFile> fresh(Path movie, ModelDescriptor model) {
        Path movieFile = movie.toAbsolutePath().normalize();
        Path file = fileFor(movieFile, model);
        try {
            ScoreFile scores = read(file);
            boolean fresh = scores.model().sameModel(model) && scores.movie().path().equals(movieFile.toString())
                    && scores.movie().size() == Files.size(movieFile)
                    && scores.movie().modifiedMillis() == Files.getLastModifiedTime(movieFile).toMillis();
            return fresh ? Optional.of(scores) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ScoreFile read(Path file) throws IOException {
        ScoreFile scores;
        try {
            scores = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), ScoreFile.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file + ": no such scores file");
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a scores file: " + e.getOriginalMessage(), e);
        }
        if (!ScoreFile.FORMAT.equals(scores.format()) || scores.movie() == null || scores.model() == null
                || scores.probabilities() == null) {
            throw new IOException(file + " is not a " + ScoreFile.FORMAT + " file");
        }
        float[] p = scores.probabilities();
        for (int second = 0; second < p.length; second++) {
            if (!(p[second] >= 0 && p[second] <= 1)) {
                throw new IOException(file + ": probability of second " + second + " is " + p[second]);
            }
        }
        return scores;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
