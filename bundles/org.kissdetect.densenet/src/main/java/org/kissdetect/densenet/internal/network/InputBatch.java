package org.kissdetect.densenet.internal.network;

import java.util.List;

import org.kissdetect.api.features.ModelInput;
import org.kissdetect.nn.Vggish;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * A batch of seconds as the arrays a DenseNet detector takes, each input checked first: the stills
 * (N, 3, 224, 224), then, with audio, the log-mel patches (N, 1, 96, 64).
 *
 * @param images  the stills, input-major
 * @param patches the patches, input-major, or {@code null} without audio
 * @param count   the number of inputs
 */
public record InputBatch(float[] images, float[] patches, int count) {

    private static final int IMAGE = Math.toIntExact(DenseNet121.IMAGE.size());
    private static final int PATCH = Math.toIntExact(Vggish.PATCH.size());

    /**
     * @param batch     the inputs
     * @param withAudio whether the network takes their patches
     * @return their arrays
     * @throws IllegalArgumentException naming the input, its second and the value when one is missing, of the wrong
     *                                  length or not finite
     */
    public static InputBatch of(List<ModelInput> batch, boolean withAudio) {
        if (batch == null || batch.isEmpty()) {
            throw new IllegalArgumentException("no inputs given");
        }
        int n = batch.size();
        float[] images = new float[Math.multiplyExact(n, IMAGE)];
        float[] patches = withAudio ? new float[Math.multiplyExact(n, PATCH)] : null;
        for (int i = 0; i < n; i++) {
            ModelInput input = batch.get(i);
            if (input == null) {
                throw new IllegalArgumentException("input " + i + " of the batch is null");
            }
            copy(input.image(), IMAGE, "image", i, input.second(), images);
            if (withAudio) {
                copy(input.audio(), PATCH, "audio", i, input.second(), patches);
            }
        }
        return new InputBatch(images, patches, n);
    }

    private static void copy(float[] values, int length, String tensor, int index, int second, float[] into) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException("input " + index + " (second " + second + "): its " + tensor + " holds "
                    + (values == null ? "nothing" : values.length + " values") + ", DenseNet-121's detector takes "
                    + length);
        }
        for (int at = 0; at < length; at++) {
            if (!Float.isFinite(values[at])) {
                throw new IllegalArgumentException("input " + index + " (second " + second + "): " + tensor
                        + " value " + at + " is " + values[at]);
            }
        }
        System.arraycopy(values, 0, into, index * length, length);
    }

    /**
     * @param manager  where the arrays live
     * @param detector the network, for the shapes
     * @return the arrays in the manager
     */
    public NDList arrays(NDManager manager, DenseNetDetector detector) {
        var shapes = detector.inputShapes(count);
        NDList arrays = new NDList(manager.create(images, shapes[0]));
        if (patches != null) {
            arrays.add(manager.create(patches, shapes[1]));
        }
        return arrays;
    }
}
