package org.kissdetect.synthetic;

import java.util.SplittableRandom;

/** Colour arithmetic for synthetic pictures: colours are packed {@code 0xRRGGBB} ints. */
final class Colours {

    /** Hues of non-kissing colours lie in {@code [LOW_HUE, HIGH_HUE]} degrees: no red, pink or magenta. */
    static final double LOW_HUE = 35;
    static final double HIGH_HUE = 285;

    private Colours() {
    }

    static int hsv(double hue, double saturation, double value) {
        double h = ((hue % 360) + 360) % 360 / 60;
        double c = value * saturation;
        double x = c * (1 - Math.abs(h % 2 - 1));
        double m = value - c;
        double[] rgb = switch ((int) h) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return pack(rgb[0] + m, rgb[1] + m, rgb[2] + m);
    }

    /** A colour a non-kissing shot may use: a hue outside the signature's band, or now and then a grey. */
    static int allowed(SplittableRandom random) {
        double[] hsv = allowedHsv(random);
        return hsv(hsv[0], hsv[1], hsv[2]);
    }

    /** @return hue, saturation and value of a colour a non-kissing shot may use */
    static double[] allowedHsv(SplittableRandom random) {
        if (random.nextInt(8) == 0) {
            return new double[] {LOW_HUE, 0, 0.1 + 0.8 * random.nextDouble()};
        }
        return new double[] {LOW_HUE + (HIGH_HUE - LOW_HUE) * random.nextDouble(), 0.3 + 0.7 * random.nextDouble(),
                0.25 + 0.75 * random.nextDouble()};
    }

    /** Between two colours given as hue, saturation and value, through hues between theirs (never through red). */
    static int between(double[] from, double[] to, double t) {
        return hsv(from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t);
    }

    static double allowedHue(long bits) {
        return LOW_HUE + (HIGH_HUE - LOW_HUE) * (bits & 0xFFFF) / 65_536.0;
    }

    static int grey(double value) {
        return pack(value, value, value);
    }

    static int mix(int a, int b, double t) {
        return (channel(a, 16, b, t) << 16) | (channel(a, 8, b, t) << 8) | channel(a, 0, b, t);
    }

    static int scale(int colour, double factor) {
        return mix(0, colour, Math.min(1, factor));
    }

    /** The colour with each channel moved by up to {@code amount} levels, by a hash. */
    static int grain(int colour, long hash, int amount) {
        int delta = (int) (hash & 0xFF) * (2 * amount + 1) / 256 - amount;
        int r = clamp((colour >>> 16 & 0xFF) + delta);
        int g = clamp((colour >>> 8 & 0xFF) + delta);
        int b = clamp((colour & 0xFF) + delta);
        return r << 16 | g << 8 | b;
    }

    /** @return {@code value} modulo {@code period}, in {@code [0, period)} */
    static double wrap(double value, double period) {
        return ((value % period) + period) % period;
    }

    /** A position moving to and fro in {@code [0, size)}. */
    static double bounce(double value, double size) {
        double w = wrap(value, 2 * size);
        return w < size ? w : 2 * size - w;
    }

    static long hash(long x, long y, long z) {
        return ShotPlan.mix(ShotPlan.mix(x, y), z);
    }

    private static int channel(int a, int shift, int b, double t) {
        return (int) Math.round((a >>> shift & 0xFF) * (1 - t) + (b >>> shift & 0xFF) * t);
    }

    private static int pack(double r, double g, double b) {
        return clamp((int) Math.round(r * 255)) << 16 | clamp((int) Math.round(g * 255)) << 8
                | clamp((int) Math.round(b * 255));
    }

    private static int clamp(int level) {
        return Math.max(0, Math.min(255, level));
    }
}
