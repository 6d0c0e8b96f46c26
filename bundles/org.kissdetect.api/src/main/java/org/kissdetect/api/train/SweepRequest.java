package org.kissdetect.api.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A sweep: several networks trained on the same split and compared by validation F1, such as the paper's Table 2
 * (backbone x trained part x learning rate) or its section 6.2 baseline (a linear layer on frozen ResNet-18 against
 * the same network trained from scratch). Since 2.3.
 *
 * @param annotations     the annotation file
 * @param workDirectory   where each row keeps its checkpoints (a folder per row, named after its place and setup)
 * @param networks        the rows, in order, at least one; each setup's own seed initialises its random weights
 * @param lastLayerEpochs epochs of the {@code last-layer} rows, at least 1
 * @param allEpochs       epochs of the rows that train everything, at least 1
 * @param batchSize       seconds per optimiser step, at least 1
 * @param seed            the seed of the split, the shuffling and the augmentation
 */
public record SweepRequest(Path annotations, Path workDirectory, List<NetworkSetup> networks, int lastLayerEpochs,
        int allEpochs, int batchSize, long seed) {

    /** Copies the rows and checks that the files are named and the numbers are positive. */
    public SweepRequest {
        if (annotations == null || workDirectory == null) {
            throw new IllegalArgumentException("a sweep needs annotations and a work folder");
        }
        if (networks == null || networks.isEmpty() || networks.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a sweep needs at least one network, and no missing one");
        }
        networks = List.copyOf(networks);
        if (lastLayerEpochs < 1 || allEpochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be at least 1, got " + lastLayerEpochs
                    + ", " + allEpochs + " and " + batchSize);
        }
    }

    /**
     * @param network one of the rows
     * @return the epochs that row trains
     */
    public int epochsOf(NetworkSetup network) {
        return network.lastLayerOnly() ? lastLayerEpochs : allEpochs;
    }
}
