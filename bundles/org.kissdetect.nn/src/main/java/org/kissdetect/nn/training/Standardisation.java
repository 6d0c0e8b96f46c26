package org.kissdetect.nn.training;

/**
 * Each feature's mean and deviation over the training samples, so that the linear layer is trained on
 * {@code (f - mean) / deviation}: random or pretrained backbones give features of any scale and offset, which
 * slows Adam's fixed-size steps and makes them overshoot. On export it is folded into the layer
 * ({@code W' = W / deviation}, {@code b' = b - W' mean}), which then reads raw features as the paper's does.
 * A feature that barely varies keeps a deviation of at least a hundredth of the features' mean deviation, so
 * that it cannot blow up on new samples.
 *
 * @param mean      one value per feature
 * @param deviation one positive value per feature
 */
public record Standardisation(float[] mean, float[] deviation) {

    /**
     * Measures features.
     *
     * @param features samples of {@code width} features, sample-major
     * @param width    the features per sample
     * @return their standardisation
     */
    public static Standardisation of(float[] features, int width) {
        int samples = features.length / width;
        if (samples < 2 || features.length % width != 0) {
            throw new IllegalArgumentException("standardising needs at least 2 samples of " + width + " features, got "
                    + features.length + " values");
        }
        float[] mean = new float[width];
        double[] deviation = new double[width];
        double meanDeviation = 0;
        for (int k = 0; k < width; k++) {
            double sum = 0;
            for (int i = 0; i < samples; i++) {
                sum += features[i * width + k];
            }
            double m = sum / samples;
            double squares = 0;
            for (int i = 0; i < samples; i++) {
                double d = features[i * width + k] - m;
                squares += d * d;
            }
            mean[k] = (float) m;
            deviation[k] = Math.sqrt(squares / samples);
            meanDeviation += deviation[k] / width;
        }
        float[] floored = new float[width];
        for (int k = 0; k < width; k++) {
            floored[k] = (float) Math.max(deviation[k], Math.max(1e-6, meanDeviation / 100));
        }
        return new Standardisation(mean, floored);
    }

    /** @return the standardised copy of samples of this width */
    public float[] apply(float[] features) {
        float[] out = new float[features.length];
        int width = mean.length;
        for (int i = 0; i < features.length; i++) {
            out[i] = (features[i] - mean[i % width]) / deviation[i % width];
        }
        return out;
    }

    /**
     * The linear layer that reads raw features as {@code weight, bias} read standardised ones.
     *
     * @param weight (classes, width), row-major
     * @param bias   one per class
     * @return the folded weight, then the folded bias, in one array
     */
    public float[] fold(float[] weight, float[] bias) {
        int width = mean.length;
        float[] folded = new float[weight.length + bias.length];
        for (int c = 0; c < bias.length; c++) {
            double shift = 0;
            for (int k = 0; k < width; k++) {
                double w = (double) weight[c * width + k] / deviation[k];
                folded[c * width + k] = (float) w;
                shift += w * mean[k];
            }
            folded[weight.length + c] = (float) (bias[c] - shift);
        }
        return folded;
    }
}
