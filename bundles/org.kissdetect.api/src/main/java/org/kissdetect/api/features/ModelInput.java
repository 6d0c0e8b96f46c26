package org.kissdetect.api.features;

/**
 * The network inputs for one second. Arrays are shared, not copied: treat them as read-only.
 *
 * @param second the index of the second in its movie
 * @param image  3 x 224 x 224 floats, channel-major (CHW), RGB normalised with the ImageNet mean and deviation
 * @param audio  96 x 64 floats, frame-major: 96 frames of 10 ms, 64 log-mel bands each
 * @param clip   for a model that looks at motion: the clip prepared as its {@link ClipPreprocessing} says,
 *               3 x frames x crop x crop floats laid out (C, T, H, W); empty for the other models. Since 1.1.
 */
public record ModelInput(int second, float[] image, float[] audio, float[] clip) {

    /**
     * The inputs of a model that looks at the still and the sound only.
     *
     * @param second the index of the second in its movie
     * @param image  3 x 224 x 224 floats
     * @param audio  96 x 64 floats
     */
    public ModelInput(int second, float[] image, float[] audio) {
        this(second, image, audio, new float[0]);
    }

    /** Checks the tensor sizes. */
    public ModelInput {
        if (image == null || image.length != 3 * 224 * 224) {
            throw new IllegalArgumentException("second " + second + ": image tensor needs 150528 floats (3x224x224), got "
                    + (image == null ? "none" : image.length));
        }
        if (audio == null || audio.length != 96 * 64) {
            throw new IllegalArgumentException("second " + second + ": audio patch needs 6144 floats (96x64), got "
                    + (audio == null ? "none" : audio.length));
        }
        clip = clip == null ? new float[0] : clip;
    }

    /** @return whether this input carries a clip */
    public boolean hasClip() {
        return clip.length > 0;
    }
}
