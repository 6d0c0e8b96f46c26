package org.kissdetect.resnet3d.internal.inference;

/** The softmax of each row of logits, read at one class. */
final class Softmax {

    private Softmax() {
    }

    /**
     * @param logits  rows of {@code classes} logits, row-major
     * @param classes the row length
     * @param index   the class read
     * @return per row, exp(logit[index]) / sum of exp(logits), computed in double with the row's maximum subtracted
     */
    static float[] at(float[] logits, int classes, int index) {
        int rows = logits.length / classes;
        float[] probabilities = new float[rows];
        for (int r = 0; r < rows; r++) {
            int base = r * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[base + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[base + c] - max);
            }
            probabilities[r] = (float) (Math.exp(logits[base + index] - max) / sum);
        }
        return probabilities;
    }
}
