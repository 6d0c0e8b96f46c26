package org.kissdetect.api.train;

import java.nio.file.Path;

/**
 * What to train: the paper's protocol on an annotation file.
 *
 * @param annotations  the annotation file (CSV: movie, start, end, label; see the README)
 * @param output       the model directory to write, replaced whole when training ends
 * @param checkpoints  the folder for the checkpoint of every epoch ({@code last.ckpt}, {@code best.ckpt})
 * @param network      the network to build
 * @param epochs       how many epochs in all, at least 1 (the paper: 10)
 * @param batchSize    seconds per optimiser step, at least 1 (the paper: 64)
 * @param seed         the seed of the split, the shuffling and the augmentation
 * @param modelId      the id of the model written
 * @param modelVersion its version
 * @param resume       go on from the last checkpoint in {@code checkpoints} instead of starting afresh
 */
public record TrainingRequest(Path annotations, Path output, Path checkpoints, NetworkSetup network, int epochs,
        int batchSize, long seed, String modelId, String modelVersion, boolean resume) {

    /** Checks that every part is present and the numbers are positive. */
    public TrainingRequest {
        if (annotations == null || output == null || checkpoints == null || network == null) {
            throw new IllegalArgumentException("training needs annotations, an output, a checkpoint folder and a network");
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be at least 1, got " + epochs + " and "
                    + batchSize);
        }
        if (modelId == null || modelId.isBlank() || modelVersion == null || modelVersion.isBlank()) {
            throw new IllegalArgumentException("the model needs an id and a version");
        }
    }
}
