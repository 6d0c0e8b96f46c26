package org.kissdetect.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kissdetect logmel WAV [--out FILE]}: the VGGish log-mel examples of a 16 kHz mono 16-bit WAV as
 * little-endian float32 {@code [examples, 96, 64]}, for checking the front end against other tools. The file is
 * read in slices of {@value #SLICE_EXAMPLES} examples (each example starts 15,360 samples after the previous, so
 * slices overlapping by 240 samples give exactly the examples of the whole), so any length fits in memory.
 */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=logmel")
@Command(name = "logmel", sortOptions = false,
        description = {"Writes the VGGish log-mel examples of a 16 kHz mono 16-bit WAV.",
                "Output: little-endian float32 [examples, 96, 64], one example per whole 0.975 s, every 0.96 s.",
                "Convert other audio first, e.g. ffmpeg -i IN -ac 1 -ar 16000 -c:a pcm_s16le OUT.wav"})
public final class LogMelCommand implements Subcommand {

    static final int EXAMPLE_HOP = 15_360;
    static final int EXAMPLE_EXTRA = 240;
    static final int SLICE_EXAMPLES = 64;
    private static final int FLOATS_PER_EXAMPLE = 96 * 64;

    private final FeatureExtractor extractor;
    /** Where the floats go without {@code --out}; raw bytes, never through a character encoder. */
    OutputStream standardOutput = System.out;

    @Parameters(index = "0", paramLabel = "WAV", description = "16 kHz mono 16-bit PCM WAV file.")
    Path wav;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of to stdout.")
    Path out;

    @Activate
    public LogMelCommand(@Reference FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() throws IOException {
        try (FileChannel file = open(wav)) {
            WavHeader header = WavHeader.read(file, wav.toString());
            if (!header.isPcm16kMono16Bit()) {
                throw CommandFailure.badInput(wav + " is " + header.describe()
                        + "; logmel needs 16,000 Hz, mono, 16-bit PCM (convert with: ffmpeg -i " + wav
                        + " -ac 1 -ar 16000 -c:a pcm_s16le out.wav)");
            }
            long examples = Math.max(0, (header.samples() - EXAMPLE_EXTRA) / EXAMPLE_HOP);
            if (examples == 0) {
                throw CommandFailure.badInput(String.format(Locale.ROOT,
                        "%s holds %.3f s of audio; one log-mel example needs 0.975 s (15,600 samples)", wav,
                        header.samples() / 16_000.0));
            }
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(standardOutput, 1 << 16);
                writeExamples(file, header, examples, stdout);
                stdout.flush();
            } else {
                AtomicFile.write(out, target -> writeExamples(file, header, examples, target));
            }
            return ExitCodes.OK;
        }
    }

    private static FileChannel open(Path wav) {
        try {
            return FileChannel.open(wav, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw CommandFailure.badInput(wav + ": no such file");
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + wav + ": " + AtomicFile.reason(e));
        }
    }

    private void writeExamples(FileChannel file, WavHeader header, long examples, OutputStream target)
            throws IOException {
        for (long first = 0; first < examples; first += SLICE_EXAMPLES) {
            int count = (int) Math.min(SLICE_EXAMPLES, examples - first);
            float[] samples = readSamples(file, header, first * EXAMPLE_HOP, count * EXAMPLE_HOP + EXAMPLE_EXTRA);
            LogMelExamples slice = extractor.logMel(samples);
            if (slice.count() != count) {
                throw new IllegalStateException("the front end made " + slice.count() + " examples of " + count
                        + " expected from samples " + first * EXAMPLE_HOP + " on");
            }
            ByteBuffer bytes = ByteBuffer.allocate(count * FLOATS_PER_EXAMPLE * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(slice.values());
            target.write(bytes.array());
        }
    }

    private float[] readSamples(FileChannel file, WavHeader header, long firstSample, int count) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        long position = header.dataOffset() + firstSample * 2;
        while (bytes.hasRemaining()) {
            if (file.read(bytes, position + bytes.position()) < 0) {
                throw CommandFailure.badInput(wav + " ended early, at sample " + (firstSample + bytes.position() / 2));
            }
        }
        bytes.flip();
        float[] samples = new float[count];
        for (int i = 0; i < count; i++) {
            samples[i] = bytes.getShort() / 32768f;
        }
        return samples;
    }
}
