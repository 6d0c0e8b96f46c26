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
 * <p>The paper's Table 2 backbone ({@code densenet121}, {@code densenet121+audio}; since 2.3) puts torchvision's
 * DenseNet-121 (1024 features) on the still where the others put ResNet-18: its {@code imageWeights} are a
 * safetensors file of DenseNet-121's state dict, and the linear layer is Linear(1024, 2) or Linear(1152, 2).
 *
 * @param variant      {@code both} (ResNet-18 and VGGish), {@code image}, {@code audio}, {@code clip} (3D ResNet-34),
 *                     {@code clip+audio} (3D ResNet-34 and VGGish), {@code densenet121} (DenseNet-121) or
 *                     {@code densenet121+audio} (DenseNet-121 and VGGish)
 * @param trainedPart  {@code last-layer} (backbones frozen) or {@code all} (every parameter trained)
 * @param imageWeights a safetensors file of torchvision's ResNet-18 state dict (for {@code clip} variants: an imported
 *                     Kinetics model directory or a safetensors file of Hara et al.'s 3D ResNet-34 state dict), or
 *                     {@code null} for random weights
 * @param audioWeights a safetensors file of torchvggish's VGGish state dict, or {@code null} for random weights
 * @param seed         the seed of the random initialisation
 * @param learningRate Adam's learning rate, positive and finite (the paper's 0.001 unless a sweep varies it; since
 *                     2.3)
 */
public record NetworkSetup(String variant, String trainedPart, Path imageWeights, Path audioWeights, long seed,
        double learningRate) {

    /** The paper's learning rate. */
    public static final double PAPER_LEARNING_RATE = 0.001;

    private static final Set<String> VARIANTS = Set.of("both", "image", "audio", "clip", "clip+audio", "densenet121",
            "densenet121+audio");
    private static final Set<String> WITH_AUDIO = Set.of("both", "audio", "clip+audio", "densenet121+audio");

    /**
     * Checks the names, and that weight files are given only for branches the variant has. (Reads the parameters,
     * never the accessors: in a compact constructor the fields are not yet assigned.)
     */
    public NetworkSetup {
        if (!VARIANTS.contains(variant)) {
            throw new IllegalArgumentException("variant must be both, image, audio, clip, clip+audio, densenet121 or "
                    + "densenet121+audio, got " + variant);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive and finite, got " + learningRate);
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

    /**
     * A setup with the paper's learning rate, 0.001.
     *
     * @param variant      see the record
     * @param trainedPart  see the record
     * @param imageWeights see the record
     * @param audioWeights see the record
     * @param seed         see the record
     */
    public NetworkSetup(String variant, String trainedPart, Path imageWeights, Path audioWeights, long seed) {
        this(variant, trainedPart, imageWeights, audioWeights, seed, PAPER_LEARNING_RATE);
    }

    /**
     * @param rate Adam's learning rate
     * @return this setup with another learning rate
     * @since 2.3
     */
    public NetworkSetup withLearningRate(double rate) {
        return new NetworkSetup(variant, trainedPart, imageWeights, audioWeights, seed, rate);
    }

    /**
     * @return whether the network has the DenseNet-121 image branch, whose weights are {@link #imageWeights()}
     * @since 2.3
     */
    public boolean usesDenseNet() {
        return variant.startsWith("densenet121");
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
        return (usesImage() || usesClip() || usesDenseNet()) && imageWeights == null || usesAudio() && audioWeights == null;
    }
}
