package org.kissdetect.decode.internal;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avutil.AVComponentDescriptor;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * Finds shot cuts in the pictures the decoder gives, so that scene markers can start and end on them. The measure:
 * each picture's luma, averaged over a grid of 16 x 9 blocks (scaled to 8 bits), is compared
 * with the previous picture's as the mean absolute difference of the blocks, 0 to 255. A picture starts a new shot
 * when that difference is at least {@value #MIN_DIFFERENCE} and at least {@value #ABOVE_NEIGHBOURS} times the
 * larger of the differences just before and just after it, so that a flash (two large differences in a row) or a
 * fast pan (many) is not a cut. Pictures in a format without a luma plane (RGB) give no cuts.
 */
final class ShotCuts {

    static final double MIN_DIFFERENCE = 20;
    static final double ABOVE_NEIGHBOURS = 3;
    private static final int COLUMNS = 16;
    private static final int ROWS = 9;
    /** Rows sampled in each block: enough for a stable mean, few enough to cost little at 4K. */
    private static final int ROWS_PER_BLOCK = 4;

    private final List<Double> cuts = new ArrayList<>();
    private double[] previous;
    private double beforeLast = Double.NaN;
    private double last = Double.NaN;
    private double lastTime;
    private byte[] row = new byte[0];

    /** Takes the next picture in presentation order, shown at {@code time} seconds. */
    void picture(AVFrame frame, double time) {
        double[] grid = lumaGrid(frame);
        if (grid == null) {
            return;
        }
        if (previous != null) {
            double difference = difference(previous, grid);
            if (!Double.isNaN(last) && isCut(beforeLast, last, difference)) {
                cuts.add(lastTime);
            }
            beforeLast = last;
            last = difference;
            lastTime = time;
        }
        previous = grid;
    }

    /** @return the times of the pictures that start a new shot, in order */
    List<Double> cuts() {
        List<Double> all = new ArrayList<>(cuts);
        if (!Double.isNaN(last) && isCut(beforeLast, last, 0)) {
            all.add(lastTime);
        }
        return all;
    }

    private static boolean isCut(double before, double difference, double after) {
        double neighbours = Math.max(Double.isNaN(before) ? 0 : before, after);
        return difference >= MIN_DIFFERENCE && difference >= ABOVE_NEIGHBOURS * neighbours;
    }

    private static double difference(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    private double[] lumaGrid(AVFrame frame) {
        AVPixFmtDescriptor format = avutil.av_pix_fmt_desc_get(frame.format());
        if (format == null || (format.flags() & (avutil.AV_PIX_FMT_FLAG_RGB | avutil.AV_PIX_FMT_FLAG_HWACCEL
                | avutil.AV_PIX_FMT_FLAG_PAL | avutil.AV_PIX_FMT_FLAG_BE)) != 0 || format.nb_components() < 1) {
            return null;
        }
        AVComponentDescriptor luma = format.comp(0);
        int width = frame.width();
        int height = frame.height();
        BytePointer plane = frame.data(luma.plane());
        int stride = frame.linesize(luma.plane());
        if (plane == null || plane.isNull() || width < COLUMNS || height < ROWS || stride <= 0) {
            return null;
        }
        int step = Math.max(1, luma.step());
        int depth = luma.depth();
        int shift = luma.shift() + Math.max(0, depth - 8);
        if (row.length < stride) {
            row = new byte[stride];
        }
        double[] sums = new double[COLUMNS * ROWS];
        int[] counts = new int[COLUMNS * ROWS];
        for (int blockRow = 0; blockRow < ROWS; blockRow++) {
            int top = blockRow * height / ROWS;
            int bottom = (blockRow + 1) * height / ROWS;
            for (int sample = 0; sample < ROWS_PER_BLOCK; sample++) {
                int y = top + (2 * sample + 1) * (bottom - top) / (2 * ROWS_PER_BLOCK);
                plane.position((long) y * stride).get(row, 0, stride);
                for (int x = 0; x < width; x += 4) {
                    int index = x * step + luma.offset();
                    if (index + (depth > 8 ? 1 : 0) < stride) {
                        int value = depth > 8 ? ((row[index] & 0xff) | (row[index + 1] & 0xff) << 8) >> shift
                                : row[index] & 0xff;
                        int block = blockRow * COLUMNS + x * COLUMNS / width;
                        sums[block] += value;
                        counts[block]++;
                    }
                }
            }
        }
        plane.position(0);
        for (int i = 0; i < sums.length; i++) {
            sums[i] = counts[i] == 0 ? 0 : sums[i] / counts[i];
        }
        return sums;
    }
}
