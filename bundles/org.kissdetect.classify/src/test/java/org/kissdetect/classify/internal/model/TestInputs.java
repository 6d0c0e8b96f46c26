package org.kissdetect.classify.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.features.ModelInput;

/** Distinct, deterministic network inputs in the ranges real ones have. */
public final class TestInputs {

    private TestInputs() {
    }

    /** {@code count} inputs for seconds {@code 10, 11, ...}, each different. */
    public static List<ModelInput> of(int count) {
        List<ModelInput> inputs = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] image = new float[ModelInputs.IMAGE_SIZE];
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) (2 * Math.sin(0.001 * i * (n + 1) + n));
            }
            float[] audio = new float[ModelInputs.AUDIO_SIZE];
            for (int i = 0; i < audio.length; i++) {
                audio[i] = (float) (Math.cos(0.01 * i + 3 * n) - 4);
            }
            inputs.add(new ModelInput(10 + n, image, audio));
        }
        return inputs;
    }
}
