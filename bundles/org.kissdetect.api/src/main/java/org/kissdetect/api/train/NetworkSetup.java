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
 * <p>The paper's 3D variants ({@code clip}, {@code clip+audio}; since 2.1) put Hara et al.'s 3D ResNet-34 on 16-frame
 * clips where the 2D ones put ResNet-18 on a still: their {@code imageWeights} are the 3D network's.
 *
 * @param variant      {@code both} (ResNet-18 and VGGish), {@code image}, {@code audio}, {@code clip} (3D ResNet-34)
 *                     or {@code clip+audio} (3D ResNet-34 and VGGish)
 * @param trainedPart  {@code last-layer} (backbones frozen) or {@code all} (every parameter trained)
 * @param imageWeights a safetensors file of torchvision's ResNet-18 state dict (for {@code clip} variants: an imported
 *                     Kinetics model directory or a safetensors file of Hara et al.'s 3D ResNet-34 state dict), or
 *                     {@code null} for random weights
 * @param audioWeights a safetensors file of torchvggish's VGGish state dict, or {@code null} for random weights
 * @param seed         the seed of the random initialisation
 */
public record NetworkSetup(String variant, String trainedPart, Path imageWeights, Path audioWeights, long seed) {

    private static final Set<String> WITH_AUDIO = Set.of("both", "audio", "clip+audio");

    /**
     * Checks the names, and that weight files are given only for branches the variant has. (Reads the parameters,
     * never the accessors: in a compact constructor the fields are not yet assigned.)
     */
    public NetworkSetup {
        if (!Set.of("both", "image", "audio", "clip", "clip+audio").contains(variant)) {
            throw new IllegalArgumentException("variant must be both, image, audio, clip or clip+audio, got "
                    + variant);
        }
        if (!Set.of("last-layer", "all").contains(trainedPart)) {
            throw new IllegalArgumentException("the trained part must be last-layer or all, got " + trainedPart);
        }
        if (imageWeights != null && variant.equals("audio")) {
            throw new IllegalArgumentException("ResNet-18 weights were given for an audio-only network");
        }
        if (audioWeights != null && !WITH_AUDIO.contains(variant)) {
            throw new IllegalArgumentException("VGGish weights were given for a network without audio ("
                    + variant + ")");
        }
    }

    /** @return whether the network has the image branch (ResNet-18) */
    public boolean usesImage() {
        return variant.equals("both") || variant.equals("image");
    }

    /**
     * @return whether the network has the clip branch (3D ResNet-34), whose weights are {@link #imageWeights()}
     * @since 2.1
     */
    public boolean usesClip() {
        return variant.startsWith("clip");
    }

    /** @return whether the network has the audio branch (VGGish) */
    public boolean usesAudio() {
        return WITH_AUDIO.contains(variant);
    }

    /** @return whether only the linear layer is trained */
    public boolean lastLayerOnly() {
        return trainedPart.equals("last-layer");
    }

    /** @return whether a branch the network has starts from random weights rather than a file */
    public boolean randomBackbones() {
        return (usesImage() || usesClip()) && imageWeights == null || usesAudio() && audioWeights == null;
    }
}
