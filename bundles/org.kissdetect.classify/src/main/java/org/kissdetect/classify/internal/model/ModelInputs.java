package org.kissdetect.classify.internal.model;

import java.util.List;

import org.kissdetect.api.features.ModelInput;

/** The sizes of a sample's tensors, and the check that a batch holds only finite values. */
public final class ModelInputs {

    /** Floats in one image: 3 x 224 x 224. */
    public static final int IMAGE_SIZE = 3 * 224 * 224;
    /** Floats in one log-mel patch: 96 x 64. */
    public static final int AUDIO_SIZE = 96 * 64;

    private ModelInputs() {
    }

    /**
     * Checks that a batch can be classified.
     *
     * @param batch the inputs
     * @throws IllegalArgumentException naming the first input, tensor and position that is null, NaN or infinite
     */
    public static void requireFinite(List<ModelInput> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("no batch to classify (null)");
        }
        for (int i = 0; i < batch.size(); i++) {
            ModelInput input = batch.get(i);
            if (input == null) {
                throw new IllegalArgumentException("input " + i + " of the batch is null");
            }
            requireFinite(input.image(), "image", i, input.second());
            requireFinite(input.audio(), "audio", i, input.second());
        }
    }

    private static void requireFinite(float[] values, String tensor, int index, int second) {
        for (int at = 0; at < values.length; at++) {
            if (!Float.isFinite(values[at])) {
                throw new IllegalArgumentException("input " + index + " (second " + second + "): " + tensor
                        + " value " + at + " is " + values[at]);
            }
        }
    }
}
