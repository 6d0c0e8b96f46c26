package org.kissdetect.features.internal;

/**
 * ImageNet normalisation of 8-bit RGB: {@code (value / 255 - mean) / std} per channel, with torchvision's mean
 * (0.485, 0.456, 0.406) and standard deviation (0.229, 0.224, 0.225), as one lookup table per channel.
 */
final class ImageNetNormalization {

    static final double[] MEAN = {0.485, 0.456, 0.406};
    static final double[] STD = {0.229, 0.224, 0.225};

    private final float[][] table = new float[3][256];

    ImageNetNormalization() {
        for (int channel = 0; channel < 3; channel++) {
            for (int value = 0; value < 256; value++) {
                table[channel][value] = normalise(channel, value);
            }
        }
    }

    /** The normalised value of an 8-bit sample, computed in single precision as ToTensor and Normalize do. */
    static float normalise(int channel, int value) {
        float scaled = value / 255f;
        return (scaled - (float) MEAN[channel]) / (float) STD[channel];
    }

    /** The lookup table of one channel: index an 8-bit value. Shared: do not write to it. */
    float[] table(int channel) {
        return table[channel];
    }
}
