package org.kissdetect.classify.internal.model;

import java.util.List;

import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.ResNet18;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.nn.Vggish;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** A batch of inputs as the arrays a detector of some variant takes: images (N, 3, 224, 224) before patches (N, 1, 96, 64). */
public final class InputArrays {

    private InputArrays() {
    }

    /**
     * Copies a batch into arrays of a manager.
     *
     * @param manager where the arrays live (and every result computed from them)
     * @param variant which inputs the detector takes
     * @param inputs  the batch
     * @return the arrays
     */
    public static NDList of(NDManager manager, Variant variant, List<ModelInput> inputs) {
        NDList arrays = new NDList(2);
        int n = inputs.size();
        if (variant.usesImage()) {
            float[] images = new float[n * ModelInputs.IMAGE_SIZE];
            for (int i = 0; i < n; i++) {
                System.arraycopy(inputs.get(i).image(), 0, images, i * ModelInputs.IMAGE_SIZE, ModelInputs.IMAGE_SIZE);
            }
            arrays.add(manager.create(images, new Shape(n).addAll(ResNet18.IMAGE)));
        }
        if (variant.usesAudio()) {
            float[] patches = new float[n * ModelInputs.AUDIO_SIZE];
            for (int i = 0; i < n; i++) {
                System.arraycopy(inputs.get(i).audio(), 0, patches, i * ModelInputs.AUDIO_SIZE, ModelInputs.AUDIO_SIZE);
            }
            arrays.add(manager.create(patches, new Shape(n).addAll(Vggish.PATCH)));
        }
        return arrays;
    }
}
