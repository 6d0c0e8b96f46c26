package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.encode.MovieWriter;
import org.kissdetect.testmedia.Pictures;
import org.kissdetect.testmedia.TestMovie;

/**
 * Opening, decoding and closing many movies leaves the process's memory where it was: every native object is
 * freed when its stream or writer closes, not by a garbage collector some day.
 */
class NativeMemoryTest {

    private static final int ROUNDS = 100;
    /**
     * Far below what 100 leaked decoders would hold (each has codec contexts, frame pools and threads: megabytes),
     * and far above what a busy machine's malloc and JIT drift add to a JVM in a few seconds.
     */
    private static final long RSS_BOUND = 48L << 20;

    @TempDir
    Path folder;

    @Test
    void aHundredSequentialOpensAndClosesLeaveNativeMemoryFlat() throws Exception {
        Path movie = Movies.write(folder, "movie.mp4", TestMovie.small().withSeconds(2));
        for (int i = 0; i < 30; i++) {
            openDecodeClose(movie);
        }
        long rssBefore = settledRss();
        long trackedBefore = Pointer.totalBytes();

        for (int i = 0; i < ROUNDS; i++) {
            openDecodeClose(movie);
        }

        assertThat(Pointer.totalBytes()).as("bytes JavaCPP allocated and did not free").isEqualTo(trackedBefore);
        assertThat(settledRss() - rssBefore).as("growth of the resident set outside the Java heap")
                .isLessThan(RSS_BOUND);
    }

    @Test
    void writersThatAreClosedWithoutFinishingLeaveNoFileAndNoMemory() throws Exception {
        TestMovie movie = TestMovie.small();
        abandonWriter(movie);
        settledRss();
        long trackedBefore = Pointer.totalBytes();
        for (int i = 0; i < 20; i++) {
            abandonWriter(movie);
        }
        assertThat(Pointer.totalBytes()).as("bytes JavaCPP allocated and did not free").isEqualTo(trackedBefore);
        try (var files = Files.list(folder)) {
            assertThat(files).as("files left behind").isEmpty();
        }
    }

    private void abandonWriter(TestMovie movie) throws Exception {
        try (MovieWriter writer = Movies.ENCODER.create(folder.resolve("abandoned.mp4"), movie.settings())) {
            writer.writeFrame(Pictures.frame(0, 0, 160, 90), 0);
            writer.writeAudio(new float[4800], 0);
        }
    }

    private static void openDecodeClose(Path movie) throws Exception {
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            assertThat(stream.next()).isPresent();
        }
    }

    /**
     * The resident set less the committed Java heap: what FFmpeg, JavaCPP and the JVM's own native memory hold.
     * The heap grows and shrinks with garbage on a busy machine; a leaked decoder does not live there.
     */
    private static long settledRss() throws Exception {
        System.gc();
        Thread.sleep(100);
        return rss() - Runtime.getRuntime().totalMemory();
    }

    private static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
