package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.common.text.Sha256;

/**
 * Every second of a movie embedded by frozen backbones (the inference transform), on disk, one file per movie
 * content and backbone weights. Labels can then come and go without decoding the movie again: training reads the
 * rows of the seconds labelled. The file is written whole or not at all; a changed movie has another content hash.
 */
final class MovieEmbeddings {

    private static final String FORMAT = "kissdetect-movie-embeddings-1";
    private static final int BATCH = 16;

    private final Path directory;
    private final MovieDecoder decoder;
    private final FeatureExtractor extractor;
    private int moviesDecoded;

    MovieEmbeddings(Path cache, MovieDecoder decoder, FeatureExtractor extractor) {
        this.directory = cache.resolve("embeddings").resolve("movies");
        this.decoder = decoder;
        this.extractor = extractor;
    }

    /** @return how many movies this instance has decoded so far */
    int moviesDecoded() {
        return moviesDecoded;
    }

    /**
     * A movie's embeddings, from the cache or computed now (one decoding pass).
     *
     * @param movie    the movie file
     * @param network  the network whose backbones embed; its {@link TrainableNetwork#backbones()} name the weights
     * @param listener told about progress
     * @param cancel   asked between batches whether to stop
     * @return {@code network.featureWidth()} features per second of the movie, second-major
     */
    float[] of(Path movie, TrainableNetwork network, TrainingListener listener, Cancellation cancel)
            throws IOException, MediaException, ClassificationException, TrainingCancelledException {
        if (!Files.isRegularFile(movie)) {
            throw new MediaException(movie, "no such movie file");
        }
        int width = network.featureWidth();
        Path file = directory.resolve(Sha256.hex(FORMAT + "\n" + Sha256.hex(movie) + "\n"
                + new TreeMap<>(network.backbones()) + "\n" + network.setup().variant()) + ".f32");
        if (Files.isRegularFile(file) && Files.size(file) % ((long) width * Float.BYTES) == 0 && Files.size(file) > 0) {
            return FloatFiles.read(file);
        }
        float[] rows = embed(movie, network, width, listener, cancel);
        FloatFiles.write(file, rows);
        return rows;
    }

    private float[] embed(Path movie, TrainableNetwork network, int width, TrainingListener listener,
            Cancellation cancel) throws MediaException, ClassificationException, TrainingCancelledException {
        moviesDecoded++;
        List<float[]> batches = new ArrayList<>();
        int seconds = 0;
        try (SampleStream stream = decoder.open(movie)) {
            int total = (int) Math.max(1, Math.floor(stream.info().durationSeconds()));
            List<ModelInput> batch = new ArrayList<>(BATCH);
            Optional<SecondSample> next;
            while ((next = stream.next()).isPresent()) {
                if (cancel.isCancelled()) {
                    throw new TrainingCancelledException("cancelled while embedding " + movie.getFileName());
                }
                if (next.get().second() != seconds + batch.size()) {
                    throw new MediaException(movie, "the decoder gave second " + next.get().second() + " where second "
                            + (seconds + batch.size()) + " was due");
                }
                batch.add(extractor.extract(next.get()));
                if (batch.size() == BATCH) {
                    batches.add(network.embed(batch));
                    seconds += batch.size();
                    batch.clear();
                    listener.stage("embedding " + movie.getFileName(), Math.min(seconds, total), total);
                }
            }
            if (!batch.isEmpty()) {
                batches.add(network.embed(batch));
                seconds += batch.size();
            }
        }
        if (seconds == 0) {
            throw new MediaException(movie, "holds no whole second to embed");
        }
        float[] rows = new float[seconds * width];
        int at = 0;
        for (float[] batch : batches) {
            System.arraycopy(batch, 0, rows, at, batch.length);
            at += batch.length;
        }
        return rows;
    }
}
