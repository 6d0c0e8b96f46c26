package org.kissdetect.synthetic;

import java.util.SplittableRandom;

import org.kissdetect.api.decode.RgbImage;

/**
 * The pictures of synthetic films. The kissing signature fills the whole frame, so that any crop of it keeps it:
 * a rose background under a drifting lattice of light pink dots, and two pale discs that draw together and apart.
 * Every other shot is one of {@value #STYLES} styles (flat colour, gradient, moving shapes, stripes, flickering
 * blocks, noise) in colours whose hues stay outside the signature's band (red through magenta).
 */
final class SyntheticPictures {

    /** How many styles a non-kissing shot may have. */
    static final int STYLES = 6;

    private SyntheticPictures() {
    }

    static RgbImage draw(ShotPlan.Style style, double seconds, int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        SplittableRandom random = new SplittableRandom(style.seed());
        double since = seconds - style.startsAt();
        Canvas canvas = new Canvas(pixels, width, height);
        switch (style.style()) {
            case -1 -> signature(canvas, random, since);
            case 0 -> flat(canvas, random, since);
            case 1 -> gradient(canvas, random, since);
            case 2 -> shapes(canvas, random, since);
            case 3 -> stripes(canvas, random, since);
            case 4 -> blocks(canvas, random, since, style.seed());
            default -> noise(canvas, random, seconds, style.seed());
        }
        return new RgbImage(width, height, pixels);
    }

    private static void signature(Canvas c, SplittableRandom r, double since) {
        int background = Colours.hsv(335 + 10 * r.nextDouble(), 0.55 + 0.15 * r.nextDouble(), 0.5);
        int dot = Colours.hsv(330 + 20 * r.nextDouble(), 0.35, 0.95);
        int disc = Colours.hsv(345, 0.25, 0.88);
        double period = 14 + 4 * r.nextDouble();
        double vx = 5 + 7 * r.nextDouble();
        double vy = 3 + 5 * r.nextDouble();
        double radius = period * 0.27;
        double discRadius = c.height * 0.22;
        double gap = c.height * 0.16 * (1 + 0.6 * Math.sin(2 * Math.PI * 0.5 * since));
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                double dx = Colours.wrap(x + vx * since, period) - period / 2;
                double dy = Colours.wrap(y + vy * since, period) - period / 2;
                int colour = dx * dx + dy * dy <= radius * radius ? dot : background;
                double cy = y - c.height / 2.0;
                double left = x - (c.width / 2.0 - gap);
                double right = x - (c.width / 2.0 + gap);
                if (left * left + cy * cy <= discRadius * discRadius || right * right + cy * cy <= discRadius * discRadius) {
                    colour = disc;
                }
                c.set(x, y, colour);
            }
        }
    }

    private static void flat(Canvas c, SplittableRandom r, double since) {
        int colour = Colours.allowed(r);
        double pulse = 0.85 + 0.15 * Math.sin(2 * Math.PI * (0.2 + 0.5 * r.nextDouble()) * since);
        int shaded = Colours.scale(colour, pulse);
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                c.set(x, y, Colours.grain(shaded, Colours.hash(x, y, (long) (since * 50)), 8));
            }
        }
    }

    private static void gradient(Canvas c, SplittableRandom r, double since) {
        double[] from = Colours.allowedHsv(r);
        double[] to = Colours.allowedHsv(r);
        double angle = 2 * Math.PI * r.nextDouble();
        double speed = 0.05 + 0.2 * r.nextDouble();
        double span = Math.hypot(c.width, c.height);
        int[] palette = new int[256];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = Colours.between(from, to, i / 255.0);
        }
        double dx = Math.cos(angle) / span;
        double dy = Math.sin(angle) / span;
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                double u = x * dx + y * dy + speed * since;
                c.set(x, y, palette[(int) Math.round(Math.abs(Colours.wrap(u, 2) - 1) * 255)]);
            }
        }
    }

    private static void shapes(Canvas c, SplittableRandom r, double since) {
        c.fill(Colours.allowed(r));
        int count = 3 + r.nextInt(5);
        for (int n = 0; n < count; n++) {
            int colour = Colours.allowed(r);
            double size = 10 + 40 * r.nextDouble();
            double x0 = Colours.bounce(r.nextDouble() * c.width + (r.nextDouble() - 0.5) * 120 * since, c.width);
            double y0 = Colours.bounce(r.nextDouble() * c.height + (r.nextDouble() - 0.5) * 80 * since, c.height);
            boolean round = r.nextBoolean();
            for (int y = (int) Math.max(0, y0 - size); y < Math.min(c.height, y0 + size); y++) {
                for (int x = (int) Math.max(0, x0 - size); x < Math.min(c.width, x0 + size); x++) {
                    if (!round || Math.hypot(x - x0, y - y0) <= size) {
                        c.set(x, y, colour);
                    }
                }
            }
        }
    }

    private static void stripes(Canvas c, SplittableRandom r, double since) {
        int one = Colours.allowed(r);
        int two = Colours.allowed(r);
        double period = 6 + 34 * r.nextDouble();
        double angle = Math.PI * r.nextDouble();
        double shift = (r.nextDouble() - 0.5) * 60 * since;
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                double u = x * Math.cos(angle) + y * Math.sin(angle) + shift;
                c.set(x, y, Colours.wrap(u, period) < period / 2 ? one : two);
            }
        }
    }

    private static void blocks(Canvas c, SplittableRandom r, double since, long seed) {
        int size = 8 + r.nextInt(25);
        long epoch = (long) (since * (2 + 4 * r.nextDouble()));
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                long h = Colours.hash(x / size, y / size, epoch ^ seed);
                c.set(x, y, Colours.hsv(Colours.allowedHue(h), ((h >>> 20) & 0xFF) / 255.0, 0.3 + ((h >>> 28) & 0xFF) / 400.0));
            }
        }
    }

    private static void noise(Canvas c, SplittableRandom r, double seconds, long seed) {
        int tint = Colours.allowed(r);
        double amount = 0.3 + 0.7 * r.nextDouble();
        long frame = Math.round(seconds * 100) ^ seed;
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                double grey = (Colours.hash(x, y, frame) & 0xFF) / 255.0;
                c.set(x, y, Colours.mix(tint, Colours.grey(grey), amount));
            }
        }
    }

    /** Packed RGB pixels being drawn. */
    private record Canvas(byte[] pixels, int width, int height) {

        void set(int x, int y, int rgb) {
            int i = (y * width + x) * 3;
            pixels[i] = (byte) (rgb >>> 16);
            pixels[i + 1] = (byte) (rgb >>> 8);
            pixels[i + 2] = (byte) rgb;
        }

        void fill(int rgb) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    set(x, y, rgb);
                }
            }
        }
    }
}
