/**
 * Training and evaluation, following the paper's protocol: annotated movies become labelled seconds, split by
 * movie, a detector is trained (the linear layer on frozen backbones, or everything) with softmax cross-entropy
 * and Adam, and evaluated per second and per scene.
 *
 * <p>{@link TrainingService}, {@link EvaluationService} and {@link DemoModel} do the whole job: annotations,
 * decoding, caches, epochs, checkpoints, metrics and model directories (the training bundle, pure Java). The
 * networks they train are built and stepped through the classification bundle's training SPI, which is not part
 * of this API (2.0.0: NetworkTrainer and TrainableNetwork moved there; 2.1.0: NetworkSetup's {@code clip} variants;
 * 2.2.0: training on labelled spans with whole-movie embeddings, {@link TrainingService#trainOnSpans}; 2.3.0: the
 * DenseNet-121 variants, a learning rate per setup, results on the training split per epoch, sweeps
 * ({@link TrainingService#sweep})).
 */
@Export
@Version("2.3.0")
package org.kissdetect.api.train;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
