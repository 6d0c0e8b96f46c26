package org.kissdetect.train.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;

/**
 * One-branch networks that embed seconds for the cache, built only when the cache misses and closed together: a
 * branch's weights depend only on its file or seed, so an {@code image} network embeds exactly as the image branch
 * of a {@code both} network, and an {@code audio} network as the audio branch of a {@code clip+audio} one. Each branch
 * is built by the trainer that owns it: {@code clip} by the 3D ResNet-34's, {@code densenet121} by DenseNet-121's,
 * {@code image} and {@code audio} by the 2D detectors'.
 */
final class Embedders implements AutoCloseable {

    private final NetworkTrainer clipTrainer;
    private final NetworkTrainer twoDTrainer;
    private final NetworkSetup setup;
    private final Map<String, TrainableNetwork> networks = new LinkedHashMap<>();

    /**
     * @param clipTrainer builds the {@code clip} or {@code densenet121} branch, or {@code null} where none is installed
     * @param twoDTrainer builds the {@code image} and {@code audio} branches
     * @param setup       the network whose branches are embedded
     */
    Embedders(NetworkTrainer clipTrainer, NetworkTrainer twoDTrainer, NetworkSetup setup) {
        this.clipTrainer = clipTrainer;
        this.twoDTrainer = twoDTrainer;
        this.setup = setup;
    }

    TrainableNetwork of(String branch) throws ModelException {
        TrainableNetwork network = networks.get(branch);
        if (network == null) {
            boolean audio = branch.equals("audio");
            NetworkTrainer trainer = branch.equals("clip") || branch.equals("densenet121") ? clipTrainer : twoDTrainer;
            if (trainer == null) {
                throw new IllegalStateException("no trainer of the " + branch + " branch is installed");
            }
            network = trainer.create(new NetworkSetup(branch, "last-layer", audio ? null : setup.imageWeights(),
                    audio ? setup.audioWeights() : null, setup.seed()));
            networks.put(branch, network);
        }
        return network;
    }

    @Override
    public void close() {
        networks.values().forEach(TrainableNetwork::close);
        networks.clear();
    }
}
