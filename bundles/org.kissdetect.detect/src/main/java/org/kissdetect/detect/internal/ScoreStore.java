package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The score cache: per-second scores on disk, one file per movie and model content, written atomically, plus
 * the seconds an interrupted run had done. A file is fresh while the movie keeps its fingerprint and the model
 * its content; anything else (also a file that is no regular file, such as a link to a device) is ignored and,
 * at the next save, replaced when it is a regular file, left alone when it is not.
 */
final class ScoreStore {

    /** Scores from the cache, and where they are. */
    record Kept(ScoreFile scores, Path file) {
    }

    private final Path directory;

    ScoreStore(Path directory) {
        this.directory = directory;
    }

    Path fileFor(MovieFingerprint movie, String modelSha256) {
        return directory.resolve(ScoreKeys.fileStem(movie.path(), modelSha256) + ".scores.json");
    }

    private Path partialFileFor(MovieFingerprint movie, String modelSha256) {
        return directory.resolve(ScoreKeys.fileStem(movie.path(), modelSha256) + ".partial.json");
    }

    /**
     * Keeps scores in the cache.
     *
     * @return the file they are in
     * @throws IOException when they cannot be written; nothing that was there is damaged
     */
    Path save(MovieFingerprint movie, String modelSha256, ScoreFile scores) throws IOException {
        Path file = fileFor(movie, modelSha256);
        BoundedFiles.replace(file, ScoreFiles.bytes(scores.validate(file)));
        return file;
    }

    /** The scores of this movie by this model, when they are still true of the file on disk. */
    Optional<Kept> fresh(MovieFingerprint movie, String modelSha256) {
        Path file = fileFor(movie, modelSha256);
        try {
            ScoreFile scores = ScoreFiles.read(file, false);
            boolean fresh = modelSha256.equals(scores.model().sha256()) && movie.matches(scores.movie())
                    && scores.movie().current();
            return fresh ? Optional.of(new Kept(scores, file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The probabilities an interrupted run of this model on this movie had classified.
     *
     * @return them, or an empty array when there are none (or they belong to another movie or model)
     */
    float[] resumable(MovieFingerprint movie, String modelSha256) {
        try {
            PartialScores partial = ScoreFiles.readPartial(partialFileFor(movie, modelSha256));
            return partial.belongsTo(movie, modelSha256) ? partial.probabilities() : new float[0];
        } catch (IOException e) {
            return new float[0];
        }
    }

    /** Keeps the seconds done so far, replacing those kept before. */
    void keepPartial(MovieFingerprint movie, String modelSha256, float[] probabilities) throws IOException {
        BoundedFiles.replace(partialFileFor(movie, modelSha256),
                ScoreFiles.bytes(new PartialScores(movie, modelSha256, probabilities)));
    }

    /** Forgets the seconds of an interrupted run once the whole film is scored. */
    void forgetPartial(MovieFingerprint movie, String modelSha256) {
        Path file = partialFileFor(movie, modelSha256);
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            // harmless: a stale partial file is checked against the movie and model before it is used
        }
    }
}
