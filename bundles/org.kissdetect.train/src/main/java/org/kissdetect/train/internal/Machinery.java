package org.kissdetect.train.internal;

import java.nio.file.Path;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.classify.spi.NetworkTrainer;

/**
 * What every training run of this bundle is built from: the caches under one folder and the services they use.
 *
 * @param trainer    builds networks of the variants it trains
 * @param samples    decoded seconds on disk
 * @param embeddings frozen features on disk
 * @param job        trains one network on a dataset
 * @param spans      trains a linear layer on labelled spans, from whole-movie embeddings
 */
record Machinery(NetworkTrainer trainer, SampleCache samples, EmbeddingCache embeddings, TrainingJob job,
        SpanTraining spans) {

    /**
     * The trainer of the paper's 2D detectors, whose variants this bundle trains; the 3D ResNet-34 bundle's
     * ({@code clip}) is another {@link NetworkTrainer} service, which a plain reference could bind first.
     */
    static final String TWO_D_TRAINER = "(" + NetworkTrainer.VARIANTS + "=both)";
    /** The trainer of the paper's 3D variant. */
    static final String CLIP_TRAINER = "(" + NetworkTrainer.VARIANTS + "=clip)";
    /** The trainer of the paper's Table 2 backbone, DenseNet-121 (org.kissdetect.densenet). */
    static final String DENSENET_TRAINER = "(" + NetworkTrainer.VARIANTS + "=densenet121)";

    /**
     * @param trainer     builds the networks trained
     * @param twoDTrainer the 2D detectors' trainer, which embeds the image and audio branches for the cache (the
     *                    same as {@code trainer} for the 2D variants)
     */
    static Machinery of(NetworkTrainer trainer, NetworkTrainer twoDTrainer, MovieDecoder decoder,
            FeatureExtractor extractor, Segmenter segmenter, Path cache) {
        EmbeddingCache embeddings = new EmbeddingCache(cache, extractor);
        TestScoring scoring = new TestScoring(extractor, segmenter, segmenter.parameters());
        return new Machinery(trainer, new SampleCache(cache, decoder), embeddings,
                new TrainingJob(trainer, twoDTrainer, extractor, embeddings, scoring),
                new SpanTraining(twoDTrainer, new MovieEmbeddings(cache, decoder, extractor), scoring));
    }
}
