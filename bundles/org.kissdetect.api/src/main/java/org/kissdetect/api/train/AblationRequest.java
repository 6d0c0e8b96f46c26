package org.kissdetect.api.train;

import java.nio.file.Path;

/**
 * The paper's ablation: every combination of trained part ({@code last-layer}, {@code all}) and variant
 * ({@code both}, {@code image}, {@code audio}) trained on the same split, compared by validation F1.
 *
 * @param annotations     the annotation file
 * @param workDirectory   where each row keeps its checkpoints
 * @param lastLayerEpochs epochs of the {@code last-layer} rows, at least 1
 * @param allEpochs       epochs of the {@code all} rows, at least 1 (each costs many times a last-layer epoch)
 * @param batchSize       seconds per optimiser step
 * @param seed            the seed of the split, the shuffling, the augmentation and the random backbones
 * @param imageWeights    ResNet-18 weights, or {@code null} for random ones
 * @param audioWeights    VGGish weights, or {@code null} for random ones
 */
public record AblationRequest(Path annotations, Path workDirectory, int lastLayerEpochs, int allEpochs,
        int batchSize, long seed, Path imageWeights, Path audioWeights) {

    /** Checks that the files are named and the numbers are positive. */
    public AblationRequest {
        if (annotations == null || workDirectory == null) {
            throw new IllegalArgumentException("an ablation needs annotations and a work folder");
        }
        if (lastLayerEpochs < 1 || allEpochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be at least 1, got " + lastLayerEpochs
                    + ", " + allEpochs + " and " + batchSize);
        }
    }
}
