package org.kissdetect.cli.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;

/**
 * The stills of chosen seconds, small. The decoder reads in order and never seeks, so this reads the movie up to
 * the last second wanted, keeping only the wanted stills.
 */
final class Thumbnails {

    static final int WIDTH = 240;

    private Thumbnails() {
    }

    static Map<Integer, BufferedImage> of(MovieDecoder decoder, Path movie, NavigableSet<Integer> seconds,
            Cancellation cancellation) throws MediaException {
        Map<Integer, BufferedImage> thumbnails = new HashMap<>();
        if (seconds.isEmpty()) {
            return thumbnails;
        }
        try (SampleStream stream = decoder.open(movie)) {
            Optional<SecondSample> next;
            while (!cancellation.isCancelled() && (next = stream.next()).isPresent()) {
                SecondSample sample = next.get();
                if (seconds.contains(sample.second())) {
                    thumbnails.put(sample.second(), scaled(sample.still()));
                }
                if (sample.second() >= seconds.last()) {
                    break;
                }
            }
        }
        return thumbnails;
    }

    static BufferedImage scaled(RgbImage still) {
        BufferedImage full = new BufferedImage(still.width(), still.height(), BufferedImage.TYPE_INT_RGB);
        byte[] p = still.pixels();
        int[] rgb = new int[still.width() * still.height()];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (p[3 * i] & 0xff) << 16 | (p[3 * i + 1] & 0xff) << 8 | p[3 * i + 2] & 0xff;
        }
        full.setRGB(0, 0, still.width(), still.height(), rgb, 0, still.width());
        int height = Math.max(1, Math.round((float) WIDTH * still.height() / still.width()));
        BufferedImage small = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, WIDTH, height, null);
        g.dispose();
        return small;
    }
}
