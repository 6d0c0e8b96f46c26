package org.kissdetect.classify.internal.model;

import java.util.List;

/**
 * What a model's inputs must be, as recorded in its metadata. A detector only runs on inputs prepared the way
 * Kiss Detector's feature extraction prepares them ({@link #KISSDETECT}); a model that says otherwise is refused.
 *
 * @param image how a still becomes the image tensor
 * @param audio how 960 ms of sound becomes the audio patch
 */
public record Preprocessing(Image image, Audio audio) {

    /** The inputs {@code org.kissdetect.api.features.ModelInput} holds. */
    public static final Preprocessing KISSDETECT = new Preprocessing(
            new Image(List.of(3, 224, 224), "RGB", 256, 224, List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225)),
            new Audio(List.of(96, 64), 16_000, "vggish-log-mel"));

    /**
     * The image input.
     *
     * @param shape      channels, height, width
     * @param channels   the channel order
     * @param resize     the short side the still is resized to
     * @param centerCrop the side of the square cut from its centre
     * @param mean       the per-channel mean subtracted
     * @param std        the per-channel deviation divided by
     */
    public record Image(List<Integer> shape, String channels, int resize, int centerCrop, List<Double> mean,
            List<Double> std) {
    }

    /**
     * The audio input.
     *
     * @param shape      frames, mel bands
     * @param sampleRate the rate the sound is resampled to, in Hz
     * @param frontEnd   the spectrogram: VGGish's log-mel front end
     */
    public record Audio(List<Integer> shape, int sampleRate, String frontEnd) {
    }
}
