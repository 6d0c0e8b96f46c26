package org.kissdetect.train.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;

/**
 * Decoded seconds on disk, so that later epochs and later runs decode nothing: one file per movie and set of
 * seconds, named by the sha256 of the movie's content, the seconds and this format. A file is written whole or
 * not at all; a movie that changes gets a new file.
 */
final class SampleCache {

    private static final String FORMAT = "kissdetect-samples-1";

    private final Path directory;
    private final MovieDecoder decoder;

    SampleCache(Path directory, MovieDecoder decoder) {
        this.directory = directory.resolve("samples");
        this.decoder = decoder;
    }

    /**
     * Opens a movie's annotated seconds, decoding them first when they are not cached.
     *
     * @param movie        the movie and its annotated seconds
     * @param cancellation asked between seconds whether to stop
     * @return the seconds, to be closed
     * @throws MediaException              when the movie is missing, cannot be decoded or is shorter than annotated
     * @throws IOException                 when the cache cannot be written or read
     * @throws TrainingCancelledException when cancelled while decoding
     */
    MovieSamples open(LabelledMovie movie, Cancellation cancellation)
            throws MediaException, IOException, TrainingCancelledException {
        return open(movie, cancellation, notice -> { });
    }

    /**
     * Opens a movie's annotated seconds, decoding them first when they are not cached, or when their cache file is
     * damaged (then with a notice).
     *
     * @param movie        the movie and its annotated seconds
     * @param cancellation asked between seconds whether to stop
     * @param notices      told when a damaged cache file is rebuilt
     * @return the seconds, to be closed
     * @throws MediaException              when the movie is missing, cannot be decoded or is shorter than annotated
     * @throws IOException                 when the cache cannot be written or read
     * @throws TrainingCancelledException when cancelled while decoding
     */
    MovieSamples open(LabelledMovie movie, Cancellation cancellation, Consumer<String> notices)
            throws MediaException, IOException, TrainingCancelledException {
        return open(movie, cancellation, notices, Optional.empty());
    }

    /**
     * Opens a movie's annotated seconds decoded with a clip each (a cache file of their own), decoding them first
     * when they are not cached or their cache file is damaged.
     *
     * @param movie        the movie and its annotated seconds
     * @param cancellation asked between seconds whether to stop
     * @param notices      told when a damaged cache file is rebuilt
     * @param clip         the clip to decode with each second, or empty for none
     * @return the seconds, to be closed
     * @throws MediaException              when the movie is missing, cannot be decoded or is shorter than annotated
     * @throws IOException                 when the cache cannot be written or read
     * @throws TrainingCancelledException when cancelled while decoding
     */
    MovieSamples open(LabelledMovie movie, Cancellation cancellation, Consumer<String> notices,
            Optional<ClipRequest> clip) throws MediaException, IOException, TrainingCancelledException {
        if (!Files.isRegularFile(movie.file())) {
            throw new MediaException(movie.file(), "no such movie file (named '" + movie.name() + "' in the annotations)");
        }
        String key = Sha256.hex(FORMAT + "\n" + Sha256.hex(movie.file()) + "\n" + Arrays.toString(movie.seconds())
                + clip.map(c -> "\nclip " + c.frames() + " frames, short side " + c.shortSide()).orElse(""));
        Path file = directory.resolve(key + ".samples");
        if (Files.isRegularFile(file)) {
            try {
                return openMatching(file, movie, clip.isPresent());
            } catch (IOException e) {
                notices.accept("the sample cache " + file + " of " + movie.file() + " is damaged ("
                        + e.getMessage() + "): decoding the movie again");
                Files.deleteIfExists(file);
            }
        }
        write(movie, file, cancellation, clip);
        return openMatching(file, movie, clip.isPresent());
    }

    /** The cache file, checked to hold the movie's annotated seconds. */
    private static MovieSamples openMatching(Path file, LabelledMovie movie, boolean withClips) throws IOException {
        MovieSamples samples = MovieSamples.open(file, withClips);
        if (!Arrays.equals(samples.seconds(), movie.seconds())) {
            samples.close();
            throw new IOException("the sample cache " + file + " is damaged: it holds other seconds");
        }
        return samples;
    }

    private void write(LabelledMovie movie, Path file, Cancellation cancellation, Optional<ClipRequest> clip)
            throws MediaException, IOException, TrainingCancelledException {
        try (OutputTransaction output = new OutputTransaction()) {
            Path staging = output.stagedFile(file);
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(staging), 1 << 16));
                    SampleStream samples = clip.isPresent() ? decoder.open(movie.file(), clip.get())
                            : decoder.open(movie.file())) {
                writeSeconds(movie, samples, out, cancellation);
            }
            output.commit();
        }
    }

    /** The wanted seconds, deflated one after the other, then the index and the footer {@link MovieSamples} reads. */
    private static void writeSeconds(LabelledMovie movie, SampleStream samples, DataOutputStream out,
            Cancellation cancellation) throws MediaException, IOException, TrainingCancelledException {
        int[] wanted = movie.seconds();
        long[] offsets = new long[wanted.length];
        int[] lengths = new int[wanted.length];
        long offset = 0;
        int found = 0;
        Optional<SecondSample> next;
        while (found < wanted.length && (next = samples.next()).isPresent()) {
            if (cancellation.isCancelled()) {
                throw new TrainingCancelledException("cancelled while decoding " + movie.file());
            }
            if (next.get().second() == wanted[found]) {
                byte[] bytes = SampleCodec.encode(next.get());
                offsets[found] = offset;
                lengths[found++] = bytes.length;
                out.write(bytes);
                offset += bytes.length;
            }
        }
        if (found < wanted.length) {
            throw new MediaException(movie.file(), "the movie ends before second " + wanted[found] + ", which the"
                    + " annotations label (" + movie.name() + ")");
        }
        for (int i = 0; i < wanted.length; i++) {
            out.writeInt(wanted[i]);
            out.writeLong(offsets[i]);
            out.writeInt(lengths[i]);
        }
        out.writeLong(offset);
        out.writeInt(wanted.length);
    }
}
