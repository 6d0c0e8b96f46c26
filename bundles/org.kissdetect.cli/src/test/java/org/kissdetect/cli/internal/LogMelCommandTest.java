package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.LogMelExamples;

class LogMelCommandTest {

    private static final int PATCH = 96 * 64;

    @TempDir
    Path folder;

    private final FeatureExtractor extractor = mock(FeatureExtractor.class);
    private final List<Integer> sliceLengths = new ArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    /** A stand-in front end: example e of a slice is filled with the slice's sample 15,360 e, so order shows. */
    @BeforeEach
    void frontEndThatEchoesEachExamplesFirstSample() {
        when(extractor.logMel(any())).thenAnswer(call -> {
            float[] samples = call.getArgument(0);
            sliceLengths.add(samples.length);
            int count = Math.max(0, (samples.length - 240) / 15_360);
            float[] values = new float[count * PATCH];
            for (int e = 0; e < count; e++) {
                Arrays.fill(values, e * PATCH, (e + 1) * PATCH, samples[e * 15_360]);
            }
            return new LogMelExamples(count, values);
        });
    }

    @Test
    void writesLittleEndianFloat32ExamplesToStdout() throws Exception {
        int exit = run(wav(WavBytes.ramp16kMono(2 * 15_360 + 240 + 100)));

        assertThat(exit).isZero();
        float[] written = floats(stdout.toByteArray());
        assertThat(written).hasSize(2 * PATCH);
        assertThat(written[0]).isEqualTo(0f);
        assertThat(written[PATCH]).isEqualTo(15_360 / 32_768f);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void readsLongFilesInSlicesThatJoinSeamlessly() throws Exception {
        int examples = 2 * LogMelCommand.SLICE_EXAMPLES + 3;

        run(wav(WavBytes.ramp16kMono(examples * 15_360 + 240)));

        float[] written = floats(stdout.toByteArray());
        assertThat(written).hasSize(examples * PATCH);
        for (int e = 0; e < examples; e++) {
            assertThat(written[e * PATCH]).as("example %d", e).isEqualTo((e * 15_360 % 32_768) / 32_768f);
        }
        assertThat(sliceLengths).containsExactly(64 * 15_360 + 240, 64 * 15_360 + 240, 3 * 15_360 + 240);
    }

    @Test
    void writesTheOutFileAtomically() throws Exception {
        Path out = folder.resolve("patches.f32");

        int exit = run(wav(WavBytes.ramp16kMono(15_600)), "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(Files.size(out)).isEqualTo(PATCH * 4L);
        assertThat(stdout.size()).isZero();
        assertThat(Files.list(folder)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("in.wav", "patches.f32");
    }

    @Test
    void aFailureLeavesNoOutputAndKeepsAnEarlierFile() throws Exception {
        Path out = Files.writeString(folder.resolve("patches.f32"), "earlier");
        doThrow(new IllegalStateException("front end broke")).when(extractor).logMel(any());

        int exit = run(wav(WavBytes.ramp16kMono(15_600)), "--out", out.toString());

        assertThat(exit).isNotZero();
        assertThat(Files.readString(out)).isEqualTo("earlier");
        assertThat(Files.list(folder)).hasSize(2);
    }

    @Test
    void otherFormatsAreBadInputNamingWhatTheyAre() throws Exception {
        short[] second = new short[16_000];
        assertBadInput(WavBytes.riff().format(1, 2, 44_100, 16).data(second).bytes(), "is 44,100 Hz, 2 channels, 16-bit PCM");
        assertBadInput(WavBytes.riff().format(3, 1, 16_000, 32).data(second).bytes(), "is 16,000 Hz, mono, 32-bit floating point");
        assertBadInput(WavBytes.riff().format(1, 1, 8_000, 16).data(second).bytes(), "is 8,000 Hz, mono, 16-bit PCM");
        assertBadInput(WavBytes.riff().format(1, 1, 16_000, 8).data(second).bytes(), "is 16,000 Hz, mono, 8-bit PCM");
        assertThat(err.toString()).contains("logmel needs 16,000 Hz, mono, 16-bit PCM").contains("ffmpeg -i");
    }

    @Test
    void unknownChunksAreSkippedAndExtensiblePcmIsPcm() throws Exception {
        byte[] wav = WavBytes.riff().chunk("LIST", new byte[] {1, 2, 3, 4}).extensibleFormat(1, 1, 16_000, 16)
                .chunk("fact", new byte[4]).data(new short[15_600]).chunk("id3 ", new byte[9]).bytes();

        assertThat(run(wav(wav))).isZero();
        assertThat(stdout.size()).isEqualTo(PATCH * 4);
    }

    @Test
    void aStreamedWavWithoutADataSizeIsReadToItsEnd() throws Exception {
        byte[] wav = WavBytes.riff().format(1, 1, 16_000, 16).chunk("data", 0xFFFF_FFFFL, new byte[2 * 15_600]).bytes();

        assertThat(run(wav(wav))).isZero();
        assertThat(stdout.size()).isEqualTo(PATCH * 4);
    }

    @Test
    void brokenFilesAreBadInput() throws Exception {
        assertBadInput("hello, world".getBytes(), "is not a WAV file that can be read (it starts with 'hell')");
        assertBadInput(new byte[0], "is not a WAV file that can be read (it is empty)");
        assertBadInput(WavBytes.riff().format(1, 1, 16_000, 16).chunk("data", 40_000, new byte[100]).bytes(),
                "is truncated: it declares 40000 bytes of samples, the file holds 144 bytes in all");
        assertBadInput(WavBytes.riff().data(new short[16_000]).format(1, 1, 16_000, 16).bytes(),
                "is not a WAV file that can be read (it starts with 'RIFF')");
        assertBadInput(WavBytes.riff().format(1, 1, 16_000, 16).bytes(), "is not a WAV file that can be read");
        assertBadInput(WavBytes.ramp16kMono(8_000), "holds 0.500 s of audio; one log-mel example needs 0.975 s");
        assertThat(run(folder.resolve("absent.wav").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("absent.wav: no such file");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void anOutFileWhoseFolderCannotBeMadeCannotBeWritten() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");

        int exit = run(wav(WavBytes.ramp16kMono(15_600)), "--out", file.resolve("patches.f32").toString());

        assertThat(exit).isEqualTo(4);
        assertThat(err.toString()).contains("cannot write").contains("a-file");
    }

    @Test
    void anOutFileInAMissingFolderGetsItsFolder() throws Exception {
        Path target = folder.resolve("new/folder/patches.f32");

        assertThat(run(wav(WavBytes.ramp16kMono(15_600)), "--out", target.toString())).isZero();
        assertThat(target).isRegularFile();
    }

    private void assertBadInput(byte[] wav, String message) throws Exception {
        int exit = run(wav(wav));
        assertThat(exit).as(message).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    private String wav(byte[] bytes) throws Exception {
        return Files.write(folder.resolve("in.wav"), bytes).toString();
    }

    private static float[] floats(byte[] bytes) {
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private int run(String... args) {
        LogMelCommand command = new LogMelCommand(extractor);
        command.standardOutput = stdout;
        String[] full = new String[args.length + 1];
        full[0] = "logmel";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CommandLineRunner(List.of(command), new PrintWriter(new StringWriter()), new PrintWriter(err)).run(full);
    }
}
