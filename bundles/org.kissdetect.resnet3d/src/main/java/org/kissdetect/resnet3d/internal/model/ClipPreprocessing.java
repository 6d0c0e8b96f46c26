package org.kissdetect.resnet3d.internal.model;

import java.util.List;

/**
 * How the frames of a clip must be prepared for a Kinetics checkpoint, as its metadata records it with the source of
 * the values ({@link #forExtraction()} gives the API's record, which the decoder and the feature extractor follow):
 * {@code frames} consecutive frames, each resized (bilinear, Pillow's antialiased filter, as torchvision's {@code Resize} on PIL
 * images) so that its short side is {@code shortSide}, centre-cropped to {@code centerCrop} square, RGB values
 * multiplied by {@code valueScale / 255} and normalised per channel: {@code (v - mean) / std}. The tensor is
 * (C, T, H, W).
 *
 * @param frames     consecutive frames per clip
 * @param shortSide  the short side each frame is resized to
 * @param centerCrop the side of the square cut from its centre
 * @param channels   the channel order, {@code RGB}
 * @param valueScale what a full-scale value (255) becomes before normalising: 1 or 255
 * @param mean       per channel, subtracted (on the {@code valueScale} scale)
 * @param std        per channel, divided by
 * @param source     where these values come from (file and lines of the code that trained the checkpoint)
 */
public record ClipPreprocessing(int frames, int shortSide, int centerCrop, String channels, double valueScale,
        List<Double> mean, List<Double> std, String source) {

    /** The frames of a clip in both of Hara et al.'s codes ({@code sample_duration}). */
    public static final int FRAMES = 16;
    /** Their {@code sample_size}. */
    public static final int SIDE = 112;

    /**
     * Kinetics-700 {@code r3d34_K_200ep.pth} (kenshohara/3D-ResNets-PyTorch at 540a0ea): values in [0, 1]
     * ({@code --value_scale} default 1, opts.py lines 118-123), Kinetics mean and std ({@code get_mean_std(1,
     * 'kinetics')}, mean.py lines 7-9), Resize(112) + CenterCrop(112) + ToTensor + ScaleValue + Normalize
     * ({@code get_inference_utils}, main.py lines 264-277; the same in {@code get_val_utils}, lines 215-226).
     */
    public static final ClipPreprocessing KINETICS_700 = new ClipPreprocessing(FRAMES, SIDE, SIDE, "RGB", 1,
            List.of(0.4345, 0.4051, 0.3775), List.of(0.2768, 0.2713, 0.2737),
            "kenshohara/3D-ResNets-PyTorch@540a0ea: opts.py:118-123 (value_scale 1), mean.py:7-9 (kinetics mean/std),"
                    + " main.py:264-277 (Resize, CenterCrop, ToTensor, ScaleValue, Normalize)");

    /**
     * Kinetics-400 {@code resnet-34-kinetics.pth} (kenshohara/video-classification-3d-cnn-pytorch at b4bbbd2):
     * values 0-255 (their {@code ToTensor} does not divide, spatial_transforms.py lines 76-77), minus the mean of
     * mean.py line 2, std 1 ({@code Normalize(opt.mean, [1, 1, 1])}, classify.py lines 11-14), Scale(112) +
     * CenterCrop(112), 16 frames (main.py lines 16-19).
     */
    public static final ClipPreprocessing KINETICS_400 = new ClipPreprocessing(FRAMES, SIDE, SIDE, "RGB", 255,
            List.of(114.7748, 107.7354, 99.4750), List.of(1.0, 1.0, 1.0),
            "kenshohara/video-classification-3d-cnn-pytorch@b4bbbd2: spatial_transforms.py:76-77 (values 0-255),"
                    + " mean.py:2 (mean), classify.py:11-14 (Scale, CenterCrop, ToTensor, Normalize(mean, [1, 1, 1])),"
                    + " main.py:16-19 (112 px, 16 frames)");

    /**
     * The same preparation at another size, for training the paper's 3D variant (16 frames at 224 px in the paper;
     * the network's global pool takes any size).
     *
     * @param clipFrames frames per clip
     * @param side       the short side and the crop
     * @return the preparation, its source noting the size
     */
    public ClipPreprocessing resized(int clipFrames, int side) {
        return new ClipPreprocessing(clipFrames, side, side, channels, valueScale, mean, std,
                source + "; trained here at " + clipFrames + " frames of " + side + " px");
    }

    /**
     * Checks the values.
     *
     * @return what is wrong, as a phrase, or {@code null} when nothing is
     */
    String problem() {
        if (frames < 1 || shortSide < 1 || centerCrop < 1 || centerCrop > shortSide) {
            return "frames, shortSide and centerCrop must be positive with centerCrop <= shortSide, got " + frames
                    + ", " + shortSide + ", " + centerCrop;
        }
        if (!"RGB".equals(channels)) {
            return "channels are '" + channels + "', only RGB is read";
        }
        if (!(valueScale > 0) || Double.isInfinite(valueScale)) {
            return "valueScale " + valueScale + " is not a positive number";
        }
        if (mean == null || std == null || mean.size() != 3 || std.size() != 3) {
            return "mean and std need 3 values each";
        }
        for (int c = 0; c < 3; c++) {
            if (mean.get(c) == null || std.get(c) == null || !Double.isFinite(mean.get(c)) || !(std.get(c) > 0)
                    || Double.isInfinite(std.get(c))) {
                return "mean " + mean + " and std " + std + " must be finite, std positive";
            }
        }
        try {
            forExtraction();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** @return the number of floats of one prepared clip: 3 x frames x centerCrop x centerCrop */
    public int clipLength() {
        return 3 * frames * centerCrop * centerCrop;
    }

    /**
     * What the decoder and the feature extractor are asked for: these numbers as the API's record. The features
     * bundle prepares the clips (crop, scale, normalise); this record only keeps them in the metadata with their
     * source.
     *
     * @return the API's preprocessing
     * @throws IllegalArgumentException when the API's bounds refuse these values
     */
    public org.kissdetect.api.features.ClipPreprocessing forExtraction() {
        return new org.kissdetect.api.features.ClipPreprocessing(frames, shortSide, centerCrop, (float) valueScale,
                floats(mean), floats(std));
    }

    private static float[] floats(List<Double> values) {
        float[] floats = new float[values.size()];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = values.get(i).floatValue();
        }
        return floats;
    }
}
