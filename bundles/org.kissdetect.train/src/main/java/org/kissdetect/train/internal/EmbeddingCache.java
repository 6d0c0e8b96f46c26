package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.common.text.Sha256;

/**
 * Features of frozen backbones on disk, one file per movie, branch and transform, named by the sha256 of the
 * movie's cached seconds, the branch's weights (file hash, or seed and initialisation scheme) and the transform.
 * Each branch embeds a second once for every variant and every run that shares it.
 */
final class EmbeddingCache {

    /** The features of ResNet-18 and of the 3D ResNet-34 ({@code image} and {@code clip} branches). */
    static final int IMAGE_WIDTH = 512;
    static final int AUDIO_WIDTH = 128;
    /** The features of DenseNet-121 ({@code densenet121} branch). */
    static final int DENSENET_WIDTH = 1024;
    private static final String FORMAT = "kissdetect-embeddings-1";
    private static final int BATCH = 16;

    private final Path directory;
    private final FeatureExtractor extractor;

    EmbeddingCache(Path directory, FeatureExtractor extractor) {
        this.directory = directory.resolve("embeddings");
        this.extractor = extractor;
    }

    /**
     * The features a network's linear layer sees for every example of a part: image features, then audio features.
     *
     * @param part       the examples
     * @param setup      the network's variant, weights and seed
     * @param identities each branch's weights as the network describes them ({@code TrainableNetwork.backbones()})
     * @param transform  how seconds become inputs
     * @param embedders  where branch networks come from on a cache miss
     * @param listener   told about progress
     * @param cancel     asked between batches whether to stop
     * @return {@code part.size()} rows of features, example-major
     */
    float[] features(Part part, NetworkSetup setup, Map<String, String> identities, Transform transform,
            Embedders embedders, TrainingListener listener, Cancellation cancel) throws IOException, ModelException,
            ClassificationException, TrainingCancelledException {
        List<String> branches = new ArrayList<>();
        if (setup.usesImage()) {
            branches.add("image");
        }
        if (setup.usesDenseNet()) {
            branches.add("densenet121");
        }
        if (setup.usesClip()) {
            branches.add("clip");
        }
        if (setup.usesAudio()) {
            branches.add("audio");
        }
        int width = branches.stream().mapToInt(EmbeddingCache::width).sum();
        float[] features = new float[part.size() * width];
        int column = 0;
        for (String branch : branches) {
            int branchWidth = width(branch);
            for (int m = 0; m < part.movies().size(); m++) {
                float[] rows = movie(part, m, branch, identities.get(branch), transform, embedders, listener, cancel);
                int first = part.firstOf(m);
                for (int p = 0; p < part.movies().get(m).size(); p++) {
                    System.arraycopy(rows, p * branchWidth, features, (first + p) * width + column, branchWidth);
                }
            }
            column += branchWidth;
        }
        return features;
    }

    private float[] movie(Part part, int m, String branch, String identity, Transform transform, Embedders embedders,
            TrainingListener listener, Cancellation cancel) throws IOException, ModelException, ClassificationException,
            TrainingCancelledException {
        LabelledMovie movie = part.movies().get(m);
        String key = Sha256.hex(FORMAT + "\n" + part.samples().get(m).key() + "\n" + identity + "\n"
                + transform.key(branch));
        Path file = directory.resolve(key + ".f32");
        int count = movie.size() * width(branch);
        if (Files.isRegularFile(file) && Files.size(file) == (long) count * Float.BYTES) {
            return FloatFiles.read(file);
        }
        float[] rows = new float[count];
        int first = part.firstOf(m);
        for (int from = 0; from < movie.size(); from += BATCH) {
            if (cancel.isCancelled()) {
                throw new TrainingCancelledException("cancelled while embedding " + movie.name());
            }
            int[] examples = new int[Math.min(BATCH, movie.size() - from)];
            long[] seeds = transform.augmented() ? new long[examples.length] : null;
            for (int i = 0; i < examples.length; i++) {
                examples[i] = first + from + i;
                if (seeds != null) {
                    seeds[i] = transform.seedOf(movie.name(), movie.seconds()[from + i]);
                }
            }
            float[] batch = embedders.of(branch).embed(part.inputs(examples, extractor, seeds));
            System.arraycopy(batch, 0, rows, from * width(branch), batch.length);
            listener.stage("embedding " + movie.name() + " (" + branch + ")", from + examples.length, movie.size());
        }
        FloatFiles.write(file, rows);
        return rows;
    }

    static int width(String branch) {
        return branch.equals("audio") ? AUDIO_WIDTH : branch.equals("densenet121") ? DENSENET_WIDTH : IMAGE_WIDTH;
    }
}
