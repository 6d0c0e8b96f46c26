/**
 * Training and evaluation, following the paper's protocol: annotated movies become labelled seconds, split by
 * movie, a detector is trained (the linear layer on frozen backbones, or everything) with softmax cross-entropy
 * and Adam, and evaluated per second and per scene.
 *
 * <p>Two levels. {@link org.kissdetect.api.train.NetworkTrainer} builds a {@link TrainableNetwork} and runs its
 * steps (the classification bundle, where the tensors live). {@link TrainingService},
 * {@link EvaluationService} and {@link DemoModel} do the whole job: annotations, decoding, caches, epochs,
 * checkpoints, metrics and model directories (the training bundle, pure Java).
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.train;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
