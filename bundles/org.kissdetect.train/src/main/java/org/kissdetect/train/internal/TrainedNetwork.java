package org.kissdetect.train.internal;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.classify.spi.TrainableNetwork;

/**
 * The best epoch's network of a run, with its results; closing it frees the network.
 *
 * @param network    the network, rebuilt from the best checkpoint
 * @param state      the run's epochs and its best one
 * @param split      the movies of each part
 * @param test       its per-second results on the held-out movies
 * @param testScenes its scene-level results on them
 */
record TrainedNetwork(TrainableNetwork network, TrainingState state, DataSplit split, Confusion test,
        SceneMetrics testScenes) implements AutoCloseable {

    @Override
    public void close() {
        network.close();
    }
}
