package org.kissdetect.features.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.kissdetect.api.decode.RgbImage;

/** Test data: the fixtures under src/test/resources and the formula image the torchvision fixtures were made from. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return resource.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] floats(String resource) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes(resource)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[buffer.remaining() / 4];
        buffer.asFloatBuffer().get(values);
        return values;
    }

    /** The samples of a 16-bit mono PCM WAV, scaled by 1/32768; walks the chunks to find "data". */
    static float[] wavSamples(String resource) {
        ByteBuffer wav = ByteBuffer.wrap(bytes(resource)).order(ByteOrder.LITTLE_ENDIAN);
        wav.position(12);
        while (wav.remaining() >= 8) {
            String id = new String(new byte[] {wav.get(), wav.get(), wav.get(), wav.get()}, StandardCharsets.US_ASCII);
            int size = wav.getInt();
            if (id.equals("data")) {
                float[] samples = new float[size / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = wav.getShort() / 32768f;
                }
                return samples;
            }
            wav.position(wav.position() + size + (size & 1));
        }
        throw new IllegalStateException(resource + " has no data chunk");
    }

    /** The image make-fixtures.py's pattern() draws: ramps and a coarse XOR texture, different per channel. */
    static RgbImage pattern(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    int value = (x * 3 + y * 5 + c * 80 + (((x / 3) ^ (y / 5)) & 7) * 16) % 256;
                    pixels[(y * width + x) * 3 + c] = (byte) value;
                }
            }
        }
        return new RgbImage(width, height, pixels);
    }

    /** An image of one colour. */
    static RgbImage uniform(int width, int height, int red, int green, int blue) {
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) red;
            pixels[i + 1] = (byte) green;
            pixels[i + 2] = (byte) blue;
        }
        return new RgbImage(width, height, pixels);
    }
}
