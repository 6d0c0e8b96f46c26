package org.kissdetect.train.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.synthetic.SyntheticSet;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the demo model is made ({@code models/demo/recipe.json}, shipped in this bundle as {@code demo/recipe.json}):
 * which synthetic set, which network with which backbone seed, how many epochs.
 *
 * @param id           the model's id, starting with {@code demo}
 * @param version      its version
 * @param variant      the network's variant
 * @param trainedPart  what is trained
 * @param backboneSeed the seed of the random backbones and the linear layer's start
 * @param syntheticSet the films it learns from
 * @param epochs       epochs of training
 * @param batchSize    examples per step
 * @param seed         the seed of the split, the shuffling and the augmentation
 */
record DemoRecipe(String id, String version, String variant, String trainedPart, long backboneSeed, SetSpec syntheticSet,
        int epochs, int batchSize, long seed) {

    static final String RESOURCES = "/demo/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The synthetic set.
     *
     * @param films      how many films
     * @param minSeconds the shortest
     * @param maxSeconds the longest
     * @param seed       its seed
     */
    record SetSpec(int films, int minSeconds, int maxSeconds, long seed) {

        SyntheticSet set() {
            return new SyntheticSet(films, minSeconds, maxSeconds, seed);
        }
    }

    /** Checks that the model says it is a demo. */
    DemoRecipe {
        if (id == null || !id.startsWith("demo")) {
            throw new IllegalArgumentException("the demo model's id must start with 'demo', got " + id);
        }
    }

    static DemoRecipe shipped() throws IOException {
        try (InputStream in = DemoRecipe.class.getResourceAsStream(RESOURCES + "recipe.json")) {
            if (in == null) {
                throw new IOException("the training bundle ships no demo/recipe.json (models/demo/recipe.json)");
            }
            return JSON.readValue(in, DemoRecipe.class);
        }
    }

    NetworkSetup network() {
        return new NetworkSetup(variant, trainedPart, null, null, backboneSeed);
    }

    TrainingRequest request(Path annotations, Path output, Path checkpoints) {
        return new TrainingRequest(annotations, output, checkpoints, network(), epochs, batchSize, seed, id, version,
                false);
    }
}
