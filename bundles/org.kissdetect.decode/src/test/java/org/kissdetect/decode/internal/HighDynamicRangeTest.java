package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.SampleStream;

/** HDR video (PQ, HLG; BT.2020) is flagged in MovieInfo, and its detection warns that the stills are not tone-mapped. */
class HighDynamicRangeTest {

    @TempDir
    Path folder;

    @Test
    void pqAndHlgAreFlaggedAndWarnedAbout() throws Exception {
        assertHdr(hevc("pq.mkv", "smpte2084"), "PQ");
        assertHdr(hevc("hlg.mkv", "arib-std-b67"), "HLG");
    }

    @Test
    void sdrBt709IsNot() throws Exception {
        try (SampleStream stream = Movies.EXACT.open(hevc("sdr.mkv", "bt709"))) {
            while (stream.next().isPresent()) {
                // read to the end, as a detection does
            }
            assertThat(stream.info().hdrTransfer()).isNull();
            assertThat(stream.warnings()).noneMatch(w -> w.contains("high dynamic range"));
        }
    }

    private static void assertHdr(Path movie, String transfer) throws Exception {
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            while (stream.next().isPresent()) {
                // read to the end, as a detection does
            }
            assertThat(stream.info().hdrTransfer()).isEqualTo(transfer);
            assertThat(stream.warnings()).anyMatch(w -> w.contains("high dynamic range (" + transfer + ")")
                    && w.contains("not tone-mapped"));
        }
    }

    private Path hevc(String name, String transfer) throws Exception {
        return FfmpegCommand.make(folder, name, "-f", "lavfi", "-i", "testsrc=s=320x180:r=25", "-t", "1", "-c:v",
                "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-color_trc", transfer,
                "-color_primaries", transfer.equals("bt709") ? "bt709" : "bt2020", "-colorspace",
                transfer.equals("bt709") ? "bt709" : "bt2020nc");
    }
}
