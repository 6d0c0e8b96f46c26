package org.kissdetect.classify.internal.network;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.kissdetect.nn.Vggish;

/** Which inputs a detector looks at: the paper's network and its two ablations. */
public enum Variant {

    /** Image and audio: ResNet-18 (512) and VGGish (128) concatenated, then Linear(640, 2). */
    BOTH("both", true, true),
    /** Image only: ResNet-18, then Linear(512, 2). */
    IMAGE("image", true, false),
    /** Audio only: VGGish, then Linear(128, 2). */
    AUDIO("audio", false, true);

    private final String id;
    private final boolean usesImage;
    private final boolean usesAudio;

    Variant(String id, boolean usesImage, boolean usesAudio) {
        this.id = id;
        this.usesImage = usesImage;
        this.usesAudio = usesAudio;
    }

    /**
     * The variant a model's metadata names.
     *
     * @param id {@code both}, {@code image} or {@code audio}
     * @return the variant
     * @throws IllegalArgumentException for any other name
     */
    public static Variant of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown variant '" + id + "', expected one of "
                        + Arrays.stream(values()).map(Variant::id).collect(Collectors.joining(", "))));
    }

    /** @return the name used in metadata and model descriptors */
    public String id() {
        return id;
    }

    /** @return whether the image branch (ResNet-18) is part of the network */
    public boolean usesImage() {
        return usesImage;
    }

    /** @return whether the audio branch (VGGish) is part of the network */
    public boolean usesAudio() {
        return usesAudio;
    }

    /** @return the width of the features the final linear layer sees */
    public int featureWidth() {
        return (usesImage ? ResNet18.FEATURES : 0) + (usesAudio ? Vggish.FEATURES : 0);
    }
}
