package org.kissdetect.cli.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
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
        try (WavSamples samples = WavSamples.open(wav)) {
            float[] window = new float[SLICE_EXAMPLES * EXAMPLE_HOP + EXAMPLE_EXTRA];
            int filled = samples.read(window, 0);
            if (filled < EXAMPLE_HOP + EXAMPLE_EXTRA) {
                throw CommandFailure.badInput(String.format(Locale.ROOT,
                        "%s holds %.3f s of audio; one log-mel example needs 0.975 s (15,600 samples)", wav,
                        filled / 16_000.0));
            }
            int first = filled;
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(standardOutput, 1 << 16);
                writeExamples(samples, window, first, stdout);
                stdout.flush();
            } else {
                AtomicFile.write(out, target -> writeExamples(samples, window, first, target));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * Writes the examples of {@code window} (holding {@code filled} samples), then of the rest of the file, slice by
     * slice: each slice keeps the last 240 samples of the one before, so the examples join as in one pass.
     */
    private void writeExamples(WavSamples samples, float[] window, int filled, OutputStream target) throws IOException {
        int available = filled;
        while (available >= EXAMPLE_HOP + EXAMPLE_EXTRA) {
            int count = (available - EXAMPLE_EXTRA) / EXAMPLE_HOP;
            float[] slice = count == SLICE_EXAMPLES ? window : Arrays.copyOf(window, count * EXAMPLE_HOP + EXAMPLE_EXTRA);
            write(extractor.logMel(slice), count, target);
            int kept = available - count * EXAMPLE_HOP;
            System.arraycopy(window, count * EXAMPLE_HOP, window, 0, kept);
            available = available < window.length ? kept : samples.read(window, kept);
        }
    }

    private static void write(LogMelExamples examples, int count, OutputStream target) throws IOException {
        if (examples.count() != count) {
            throw new IllegalStateException("the front end made " + examples.count() + " examples of " + count);
        }
        ByteBuffer bytes = ByteBuffer.allocate(count * FLOATS_PER_EXAMPLE * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(examples.values());
        target.write(bytes.array());
    }
}
