package org.kissdetect.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.kissdetect.common.files.FileErrors;

/**
 * The samples of a 16 kHz mono 16-bit PCM WAV file, read in order through {@code javax.sound.sampled} (which walks the
 * RIFF chunks and understands WAVE_FORMAT_EXTENSIBLE). Any other file is refused naming what it is. The JDK refuses
 * a chunk of odd size before the format chunk (RIFF pads it to even): ffmpeg, sox and Audacity write none.
 */
final class WavSamples implements AutoCloseable {

    private final AudioInputStream audio;
    private final byte[] buffer = new byte[1 << 16];

    private WavSamples(AudioInputStream audio) {
        this.audio = audio;
    }

    static WavSamples open(Path file) {
        if (!Files.exists(file)) {
            throw CommandFailure.badInput(file + ": no such file");
        }
        AudioInputStream audio = null;
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            if (format.getType() != AudioFileFormat.Type.WAVE) {
                throw CommandFailure.badInput(file + " is not a WAV file (it is " + format.getType() + ")");
            }
            audio = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)));
            refuseOtherFormats(file, audio.getFormat());
            refuseTruncated(file, audio);
            return new WavSamples(audio);
        } catch (NoSuchFileException e) {
            throw CommandFailure.badInput(file + ": no such file");
        } catch (UnsupportedAudioFileException e) {
            throw CommandFailure.badInput(file + " is not a WAV file that can be read" + startOf(file));
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + file + ": " + FileErrors.reason(e));
        } catch (RuntimeException e) {
            closeQuietly(audio);
            throw e;
        }
    }

    /**
     * Fills {@code samples} from {@code from} with the next samples, scaled to [-1, 1).
     *
     * @return the index after the last sample read: less than {@code samples.length} only at the end of the file
     */
    int read(float[] samples, int from) throws IOException {
        int at = from;
        while (at < samples.length) {
            int wanted = Math.min(buffer.length, (samples.length - at) * 2);
            int got = audio.readNBytes(buffer, 0, wanted);
            for (int i = 0; i + 1 < got; i += 2) {
                samples[at++] = (short) ((buffer[i] & 0xFF) | buffer[i + 1] << 8) / 32768f;
            }
            if (got < wanted) {
                break;
            }
        }
        return at;
    }

    @Override
    public void close() {
        closeQuietly(audio);
    }

    private static void refuseOtherFormats(Path file, AudioFormat format) {
        boolean pcm16kMono16 = format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && format.getChannels() == 1
                && format.getSampleRate() == 16_000 && format.getSampleSizeInBits() == 16 && !format.isBigEndian();
        if (!pcm16kMono16) {
            throw CommandFailure.badInput(file + " is " + describe(format)
                    + "; logmel needs 16,000 Hz, mono, 16-bit PCM (convert with: ffmpeg -i " + file
                    + " -ac 1 -ar 16000 -c:a pcm_s16le out.wav)");
        }
    }

    /**
     * A data chunk that declares more than the file holds is damage, found before anything is written. A WAV written
     * to a pipe declares 0xFFFFFFFF bytes (which Java reports as the largest int): it is read to its end.
     */
    private static void refuseTruncated(Path file, AudioInputStream audio) throws IOException {
        long declared = audio.getFrameLength();
        long size = Files.size(file);
        if (declared != AudioSystem.NOT_SPECIFIED && declared < Integer.MAX_VALUE && declared * 2 > size) {
            throw CommandFailure.badInput(file + " is truncated: it declares " + declared * 2
                    + " bytes of samples, the file holds " + size + " bytes in all");
        }
    }

    /** For example "44,100 Hz, 2 channels, 16-bit PCM". */
    static String describe(AudioFormat format) {
        String layout = format.getChannels() == 1 ? "mono" : format.getChannels() + " channels";
        AudioFormat.Encoding encoding = format.getEncoding();
        String name = encoding == AudioFormat.Encoding.PCM_SIGNED || encoding == AudioFormat.Encoding.PCM_UNSIGNED
                ? "PCM" : encoding == AudioFormat.Encoding.PCM_FLOAT ? "floating point"
                : encoding == AudioFormat.Encoding.ALAW ? "A-law" : encoding == AudioFormat.Encoding.ULAW ? "mu-law"
                : encoding.toString();
        return String.format(Locale.ROOT, "%,d Hz, %s, %d-bit %s", Math.round(format.getSampleRate()), layout,
                format.getSampleSizeInBits(), name);
    }

    /** What the file starts with, printable: " (it starts with 'hell')", or that it is empty. */
    private static String startOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            if (start.length == 0) {
                return " (it is empty)";
            }
            StringBuilder text = new StringBuilder(" (it starts with '");
            for (byte b : start) {
                int c = b & 0xFF;
                text.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\x%02X", c));
            }
            return text.append("')").toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(AudioInputStream audio) {
        if (audio != null) {
            try {
                audio.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }
}
