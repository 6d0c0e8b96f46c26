package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * Tone-maps an HDR picture, already converted to 16-bit R'G'B' by swscale with its own matrix, to SDR BT.709 as the
 * detector's networks saw their training pictures: the transfer's signal to light (PQ: SMPTE ST 2084 in nits; HLG:
 * ARIB STD-B67 scene light with the BT.2100 system gamma of 1.2 at 1,000 nits), light relative to the reference white
 * of BT.2408 (203 nits), BT.2020 primaries to BT.709 in linear light, a soft knee that keeps everything up to 80 % of
 * white as it is and rolls brighter light off towards white (on the largest of R, G, B, so hues are kept), then
 * encoded for an SDR display (the inverse of BT.1886's gamma 2.4, as HDR's display light is display-referred; zimg,
 * FFmpeg's zscale, makes SDR light the same way). Everything but the 3 x 3 matrix and the knee is a lookup table.
 */
final class HdrToSdr {

    /** BT.2408's HDR reference white, the light SDR's 100 % stands for. */
    static final double REFERENCE_WHITE_NITS = 203;
    private static final double KNEE = 0.8;
    private static final int OUTPUT_STEPS = 4096;
    /** BT.2020 to BT.709 primaries, linear light (ITU-R BT.2087). */
    private static final double[][] BT2020_TO_BT709 = {
        {1.6605, -0.5876, -0.0728},
        {-0.1246, 1.1329, -0.0083},
        {-0.0182, -0.1006, 1.1187}};

    private static final int CODES = 1 << 16;

    private final float[] light = new float[CODES];
    private final boolean wideGamut;
    private final byte[] encode = new byte[OUTPUT_STEPS + 1];

    private HdrToSdr(boolean pq, boolean wideGamut) {
        this.wideGamut = wideGamut;
        for (int code = 0; code < CODES; code++) {
            double signal = code / (CODES - 1.0);
            light[code] = (float) (pq ? pqNits(signal) / REFERENCE_WHITE_NITS : hlgRelative(signal));
        }
        for (int step = 0; step <= OUTPUT_STEPS; step++) {
            encode[step] = (byte) Math.round(255 * Math.pow((double) step / OUTPUT_STEPS, 1 / 2.4));
        }
    }

    /**
     * @param transfer  the picture's transfer characteristic (FFmpeg's {@code AVCOL_TRC_*})
     * @param primaries its colour primaries ({@code AVCOL_PRI_*})
     * @return the tone mapping for it, or {@code null} when it is not HDR
     */
    static HdrToSdr forPicture(int transfer, int primaries) {
        boolean pq = transfer == avutil.AVCOL_TRC_SMPTE2084;
        if (!pq && transfer != avutil.AVCOL_TRC_ARIB_STD_B67) {
            return null;
        }
        return new HdrToSdr(pq, primaries == avutil.AVCOL_PRI_BT2020);
    }

    /**
     * Tone-maps one row.
     *
     * @param rgb48 packed 16-bit little-endian R'G'B', 6 bytes a pixel
     * @param rgb24 the SDR row, 3 bytes a pixel
     */
    void row(byte[] rgb48, byte[] rgb24) {
        for (int in = 0, at = 0; at < rgb24.length; in += 6, at += 3) {
            double r = light[code(rgb48, in)];
            double g = light[code(rgb48, in + 2)];
            double b = light[code(rgb48, in + 4)];
            if (wideGamut) {
                double r709 = BT2020_TO_BT709[0][0] * r + BT2020_TO_BT709[0][1] * g + BT2020_TO_BT709[0][2] * b;
                double g709 = BT2020_TO_BT709[1][0] * r + BT2020_TO_BT709[1][1] * g + BT2020_TO_BT709[1][2] * b;
                double b709 = BT2020_TO_BT709[2][0] * r + BT2020_TO_BT709[2][1] * g + BT2020_TO_BT709[2][2] * b;
                r = Math.max(0, r709);
                g = Math.max(0, g709);
                b = Math.max(0, b709);
            }
            double peak = Math.max(r, Math.max(g, b));
            double scale = peak <= KNEE ? 1 : knee(peak) / peak;
            rgb24[at] = encode[step(r * scale)];
            rgb24[at + 1] = encode[step(g * scale)];
            rgb24[at + 2] = encode[step(b * scale)];
        }
    }

    private static int code(byte[] littleEndian, int at) {
        return (littleEndian[at] & 0xFF) | (littleEndian[at + 1] & 0xFF) << 8;
    }

    /** Up to the knee, light is kept; above, it rolls off towards 1 with the same slope at the knee. */
    static double knee(double relative) {
        if (relative <= KNEE) {
            return relative;
        }
        double headroom = 1 - KNEE;
        return KNEE + headroom * (1 - Math.exp(-(relative - KNEE) / headroom));
    }

    private static int step(double relative) {
        return (int) Math.round(Math.min(1, Math.max(0, relative)) * OUTPUT_STEPS);
    }

    /** SMPTE ST 2084's EOTF: signal in [0, 1] to nits. */
    static double pqNits(double signal) {
        double m1 = 2610.0 / 16384;
        double m2 = 2523.0 / 4096 * 128;
        double c1 = 3424.0 / 4096;
        double c2 = 2413.0 / 4096 * 32;
        double c3 = 2392.0 / 4096 * 32;
        double p = Math.pow(signal, 1 / m2);
        return 10_000 * Math.pow(Math.max(p - c1, 0) / (c2 - c3 * p), 1 / m1);
    }

    /**
     * HLG signal to display light relative to the reference white: the inverse OETF gives scene light, the BT.2100
     * OOTF at 1,000 nits (system gamma 1.2, here per channel) display light.
     */
    static double hlgRelative(double signal) {
        double a = 0.17883277;
        double b = 1 - 4 * a;
        double c = 0.5 - a * Math.log(4 * a);
        double scene = signal <= 0.5 ? signal * signal / 3 : (Math.exp((signal - c) / a) + b) / 12;
        return 1000 * Math.pow(scene, 1.2) / REFERENCE_WHITE_NITS;
    }
}
