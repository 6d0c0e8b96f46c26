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
 * of a {@code both} network.
 */
final class Embedders implements AutoCloseable {

    private final NetworkTrainer trainer;
    private final NetworkSetup setup;
    private final Map<String, TrainableNetwork> networks = new LinkedHashMap<>();

    Embedders(NetworkTrainer trainer, NetworkSetup setup) {
        this.trainer = trainer;
        this.setup = setup;
    }

    TrainableNetwork of(String branch) throws ModelException {
        TrainableNetwork network = networks.get(branch);
        if (network == null) {
            boolean audio = branch.equals("audio");
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
