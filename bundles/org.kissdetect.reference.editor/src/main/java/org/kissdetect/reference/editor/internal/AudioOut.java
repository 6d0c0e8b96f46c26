package org.kissdetect.reference.editor.internal;

import java.util.Optional;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Where played sound goes: 16-bit little-endian stereo at 48 kHz, as ffmpeg writes {@code s16le}. */
interface AudioOut extends AutoCloseable {

    int RATE = 48_000;
    int BYTES_PER_FRAME = 4;

    /** Writes sound, blocking while the output's buffer is full: the sound paces playback. */
    void write(byte[] bytes, int length);

    /** @return the seconds of sound heard so far: the playback clock */
    double secondsPlayed();

    /** Stops at once, dropping what is buffered, and frees the output. */
    @Override
    void close();

    /** @return the system's sound output, or empty where there is none (as on a display without sound) */
    static Optional<AudioOut> system() {
        AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, RATE * BYTES_PER_FRAME / 4);
            line.start();
            return Optional.of(new AudioOut() {
                @Override
                public void write(byte[] bytes, int length) {
                    line.write(bytes, 0, length - length % BYTES_PER_FRAME);
                }

                @Override
                public double secondsPlayed() {
                    return line.getLongFramePosition() / (double) RATE;
                }

                @Override
                public void close() {
                    line.stop();
                    line.flush();
                    line.close();
                }
            });
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
