package org.kissdetect.resnet3d.internal.training;

import java.util.List;

import org.kissdetect.api.features.ModelInput;
import org.kissdetect.nn.Vggish;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;

/**
 * The clips of a batch of inputs as one array (N, 3, T, H, W), each checked against the network's preparation, and
 * their log-mel patches as another (N, 1, 96, 64) for the audio branch.
 */
final class ClipBatch {

    private ClipBatch() {
    }

    /**
     * @param batch         the inputs, each with its clip
     * @param preprocessing what the clips must be
     * @return the clips, input-major
     * @throws IllegalArgumentException naming the input and its second when a clip is missing, of the wrong length
     *                                  or not finite
     */
    static float[] of(List<ModelInput> batch, ClipPreprocessing preprocessing) {
        if (batch == null || batch.isEmpty()) {
            throw new IllegalArgumentException("no clips given");
        }
        int length = preprocessing.clipLength();
        float[] clips = new float[Math.multiplyExact(length, batch.size())];
        for (int i = 0; i < batch.size(); i++) {
            ModelInput input = batch.get(i);
            if (input == null) {
                throw new IllegalArgumentException("input " + i + " of the batch is null");
            }
            String which = "input " + i + " (second " + input.second() + ")";
            if (!input.hasClip()) {
                throw new IllegalArgumentException(which + " has no clip: the clip variant looks at "
                        + preprocessing.frames() + " frames a second");
            }
            float[] clip = input.clip();
            if (clip.length != length) {
                throw new IllegalArgumentException(which + " has a clip of " + clip.length + " values, the network"
                        + " was built for " + length + " (3 x " + preprocessing.frames() + " x "
                        + preprocessing.centerCrop() + " x " + preprocessing.centerCrop() + ")");
            }
            for (int at = 0; at < clip.length; at++) {
                if (!Float.isFinite(clip[at])) {
                    throw new IllegalArgumentException(which + ": clip value " + at + " is " + clip[at]);
                }
            }
            System.arraycopy(clip, 0, clips, i * length, length);
        }
        return clips;
    }

    /**
     * @param batch the inputs, already checked by {@link #of}
     * @return their log-mel patches, input-major
     * @throws IllegalArgumentException naming the input and its second when a patch is not finite
     */
    static float[] patches(List<ModelInput> batch) {
        int length = Math.toIntExact(Vggish.PATCH.size());
        float[] patches = new float[Math.multiplyExact(length, batch.size())];
        for (int i = 0; i < batch.size(); i++) {
            float[] patch = batch.get(i).audio();
            for (int at = 0; at < patch.length; at++) {
                if (!Float.isFinite(patch[at])) {
                    throw new IllegalArgumentException("input " + i + " (second " + batch.get(i).second()
                            + "): log-mel value " + at + " is " + patch[at]);
                }
            }
            System.arraycopy(patch, 0, patches, i * length, length);
        }
        return patches;
    }
}
