package org.kissdetect.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.common.files.AtomicFiles;

/**
 * A labelled set of {@link SyntheticFilm}s: {@code filmCount} films of {@code minSeconds} to {@code maxSeconds}
 * seconds, each with one kissing scene of 10 to 14 seconds, and an annotation file that labels every second.
 * The same record always gives the same films. For demonstrations and tests only: it teaches a model the
 * synthetic signature, not kissing.
 *
 * @param filmCount  how many films, at least 1
 * @param minSeconds the shortest film, at least 14 seconds
 * @param maxSeconds the longest film, at least {@code minSeconds}
 * @param seed       the seed of every random choice
 */
public record SyntheticSet(int filmCount, int minSeconds, int maxSeconds, long seed) {

    /** The name of the annotation file in a written set's folder. */
    public static final String ANNOTATIONS = "annotations.csv";
    /** The header line of the annotation file. */
    public static final String HEADER = "movie,start,end,label";
    /** The version of the films' pictures and sound: a written set of another version is written again. */
    public static final int GENERATOR = 3;

    private static final int SHORTEST_SCENE = 10;
    private static final int LONGEST_SCENE = 14;

    /** Checks the numbers. */
    public SyntheticSet {
        if (filmCount < 1 || minSeconds < LONGEST_SCENE || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("a synthetic set needs at least 1 film of at least " + LONGEST_SCENE
                    + " seconds, got " + filmCount + " films of " + minSeconds + " to " + maxSeconds + " s");
        }
    }

    /** @return the set the demo model is trained on: 26 films of 20 to 28 seconds, about 620 seconds in all */
    public static SyntheticSet standard() {
        return new SyntheticSet(26, 20, 28, 2019);
    }

    /** @return the films, in order; film {@code i} is written as {@link #fileName(int) fileName(i)} */
    public List<SyntheticFilm> films() {
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticFilm> list = new ArrayList<>();
        for (int i = 0; i < filmCount; i++) {
            int seconds = minSeconds + random.nextInt(maxSeconds - minSeconds + 1);
            int length = SHORTEST_SCENE + random.nextInt(LONGEST_SCENE - SHORTEST_SCENE + 1);
            int start = random.nextInt(seconds - length + 1);
            list.add(SyntheticFilm.of(seconds, random.nextLong(), new SecondSpan(start, start + length - 1)));
        }
        return list;
    }

    /** @return the file name of film {@code index}: {@code film-01.mp4} for 0 */
    public String fileName(int index) {
        return String.format("film-%02d.mp4", index + 1);
    }

    /**
     * The annotation file's text: a comment naming the set and the generator's version, the header, then every
     * film's scenes, movies named relative to the file.
     *
     * @return the text
     */
    public String annotations() {
        StringBuilder text = new StringBuilder("# Kiss Detector synthetic set, generator ").append(GENERATOR)
                .append(": ").append(this).append('\n').append(HEADER).append('\n');
        List<SyntheticFilm> list = films();
        for (int i = 0; i < list.size(); i++) {
            for (String line : list.get(i).annotationLines(fileName(i))) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Writes the films and then the annotation file into a folder, unless the folder already holds this set (its
     * annotation file is this set's and every film is there).
     *
     * @param encoder the encoder
     * @param folder  the folder, created when missing
     * @return the annotation file
     * @throws MediaException when a film cannot be written
     * @throws IOException    when the folder or the annotation file cannot be written
     */
    public Path write(MovieEncoder encoder, Path folder) throws MediaException, IOException {
        Path annotationFile = folder.resolve(ANNOTATIONS);
        if (isWritten(folder)) {
            return annotationFile;
        }
        Files.createDirectories(folder);
        Files.deleteIfExists(annotationFile);
        writeFilms(encoder, folder);
        AtomicFiles.writeString(annotationFile, annotations());
        return annotationFile;
    }

    /** Writes the films on as many threads as there are cores: each film is drawn and encoded independently. */
    private void writeFilms(MovieEncoder encoder, Path folder) throws MediaException, IOException {
        List<SyntheticFilm> list = films();
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.max(1, Math.min(list.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Path>> written = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SyntheticFilm film = list.get(i);
                Path file = folder.resolve(fileName(i));
                written.add(threads.submit(() -> film.write(encoder, file)));
            }
            for (Future<Path> film : written) {
                film.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the synthetic set in " + folder, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MediaException media) {
                throw media;
            }
            throw new IOException("cannot write the synthetic set in " + folder + ": " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Whether a folder holds this set, complete.
     *
     * @param folder the folder
     * @return {@code true} when its annotation file is this set's and every film exists
     * @throws IOException when the annotation file exists but cannot be read
     */
    public boolean isWritten(Path folder) throws IOException {
        Path annotationFile = folder.resolve(ANNOTATIONS);
        if (!Files.isRegularFile(annotationFile)
                || !Files.readString(annotationFile, StandardCharsets.UTF_8).equals(annotations())) {
            return false;
        }
        for (int i = 0; i < filmCount; i++) {
            if (!Files.isRegularFile(folder.resolve(fileName(i)))) {
                return false;
            }
        }
        return true;
    }
}
