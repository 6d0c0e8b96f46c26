package org.kissdetect.api.train;

import java.nio.file.Path;
import java.util.Set;

/**
 * How a network to train is built.
 *
 * <p>A backbone without a weight file is initialised at random from {@code seed}, the same way on every machine
 * (He-uniform weights drawn in Java, not by the engine); so is the linear layer. A branch's weights depend only on
 * its own file or on the seed, never on the variant: the image branch of a {@code both} network equals that of an
 * {@code image} network built with the same seed.
 *
 * @param variant      {@code both} (ResNet-18 and VGGish), {@code image} or {@code audio}
 * @param trainedPart  {@code last-layer} (backbones frozen) or {@code all} (every parameter trained)
 * @param imageWeights a safetensors file of torchvision's ResNet-18 state dict, or {@code null} for random weights
 * @param audioWeights a safetensors file of torchvggish's VGGish state dict, or {@code null} for random weights
 * @param seed         the seed of the random initialisation
 */
public record NetworkSetup(String variant, String trainedPart, Path imageWeights, Path audioWeights, long seed) {

    /** Checks the names, and that weight files are given only for branches the variant has. */
    public NetworkSetup {
        if (!Set.of("both", "image", "audio").contains(variant)) {
            throw new IllegalArgumentException("variant must be both, image or audio, got " + variant);
        }
        if (!Set.of("last-layer", "all").contains(trainedPart)) {
            throw new IllegalArgumentException("the trained part must be last-layer or all, got " + trainedPart);
        }
        if (imageWeights != null && variant.equals("audio")) {
            throw new IllegalArgumentException("ResNet-18 weights were given for an audio-only network");
        }
        if (audioWeights != null && variant.equals("image")) {
            throw new IllegalArgumentException("VGGish weights were given for an image-only network");
        }
    }

    /** @return whether the network has the image branch (ResNet-18) */
    public boolean usesImage() {
        return !variant.equals("audio");
    }

    /** @return whether the network has the audio branch (VGGish) */
    public boolean usesAudio() {
        return !variant.equals("image");
    }

    /** @return whether only the linear layer is trained */
    public boolean lastLayerOnly() {
        return trainedPart.equals("last-layer");
    }

    /** @return whether a branch the network has starts from random weights rather than a file */
    public boolean randomBackbones() {
        return usesImage() && imageWeights == null || usesAudio() && audioWeights == null;
    }
}
