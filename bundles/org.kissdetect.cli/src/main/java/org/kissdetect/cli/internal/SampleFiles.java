package org.kissdetect.cli.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.kissdetect.api.decode.RgbImage;

/** Stills as PNG and sound windows as 16-bit mono WAV, with the JDK's own writers. */
final class SampleFiles {

    static final int SAMPLE_RATE = 16_000;

    private SampleFiles() {
    }

    static void writePng(RgbImage still, Path file) throws IOException {
        BufferedImage image = new BufferedImage(still.width(), still.height(), BufferedImage.TYPE_INT_RGB);
        byte[] p = still.pixels();
        int[] row = new int[still.width()];
        for (int y = 0; y < still.height(); y++) {
            for (int x = 0; x < still.width(); x++) {
                int i = (y * still.width() + x) * 3;
                row[x] = (p[i] & 0xFF) << 16 | (p[i + 1] & 0xFF) << 8 | (p[i + 2] & 0xFF);
            }
            image.setRGB(0, y, still.width(), 1, row, 0, still.width());
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    static void writeWav(float[] samples, Path file) throws IOException {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            pcm.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * Short.MAX_VALUE));
        }
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
