package org.kissdetect.report.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;

/** Stills made small: {@value #WIDTH} px wide, as PNG files. */
final class Thumbnails {

    static final int WIDTH = 240;
    private static final float JPEG_QUALITY = 0.9f;

    private Thumbnails() {
    }

    /**
     * The thumbnails of chosen seconds, read from the movie itself. The decoder reads in order and never seeks,
     * so this reads the movie up to the last second wanted, keeping only the wanted stills.
     */
    static Map<Integer, byte[]> decode(MovieDecoder decoder, Path movie, NavigableSet<Integer> seconds,
            Cancellation cancellation) throws MediaException {
        Map<Integer, byte[]> thumbnails = new HashMap<>();
        if (seconds.isEmpty()) {
            return thumbnails;
        }
        try (SampleStream stream = decoder.open(movie)) {
            Optional<SecondSample> next;
            while (!cancellation.isCancelled() && (next = stream.next()).isPresent()) {
                SecondSample sample = next.get();
                if (seconds.contains(sample.second())) {
                    thumbnails.put(sample.second(), jpeg(scaled(sample.still())));
                }
                if (sample.second() >= seconds.last()) {
                    break;
                }
            }
        }
        return thumbnails;
    }

    /**
     * A thumbnail as the bytes of a JPEG file, quality 0.9: about 8 KB at 240 x 135, so that the thumbnail of every
     * second of a 3-hour film takes some 90 MB while the scenes are not yet known (raw pixels took 1 GB, PNG hardly
     * less). Encoded in memory: ImageIO's stream to an OutputStream would go through a cache file.
     */
    static byte[] jpeg(BufferedImage thumbnail) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(thumbnail, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a thumbnail in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The still, {@value #WIDTH} px wide, scaled as the report has always shown it. */
    static BufferedImage scaled(RgbImage still) {
        BufferedImage full = image(still.width(), still.height(), still.pixels());
        int height = Math.max(1, Math.round((float) WIDTH * still.height() / still.width()));
        BufferedImage small = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, WIDTH, height, null);
        g.dispose();
        return small;
    }

    private static BufferedImage image(int width, int height, byte[] p) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[width * height];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (p[3 * i] & 0xff) << 16 | (p[3 * i + 1] & 0xff) << 8 | p[3 * i + 2] & 0xff;
        }
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }
}
