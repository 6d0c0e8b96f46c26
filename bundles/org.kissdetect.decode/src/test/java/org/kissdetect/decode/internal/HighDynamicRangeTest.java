package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;

/**
 * HDR video (PQ, HLG; BT.2020) is flagged in MovieInfo, its stills are tone-mapped to SDR BT.709, and its detection
 * says so.
 */
class HighDynamicRangeTest {

    private static final String BARS = "smptebars=s=640x360:r=25";

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
                    && w.contains("tone-mapped to SDR"));
        }
    }

    /**
     * SMPTE colour bars made HDR by the ffmpeg command's zscale (SDR white at BT.2408's 203 nits, BT.2020, PQ or HLG)
     * come back close to the SDR bars: the 75 % bars as they were, white rolled off a little. Shown as SDR without
     * tone mapping, PQ's white would be a grey of about 150.
     */
    @Test
    void pqAndHlgBarsComeBackCloseToTheSdrBars() throws Exception {
        RgbImage sdr = Movies.firstStill(FfmpegCommand.make(folder, "bars-sdr.mkv", "-f", "lavfi", "-i", BARS, "-t", "1",
                "-c:v", "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-colorspace",
                "bt709", "-color_primaries", "bt709", "-color_trc", "bt709"));
        for (String transfer : new String[] {"smpte2084", "arib-std-b67"}) {
            RgbImage hdr = Movies.firstStill(FfmpegCommand.make(folder, "bars-" + transfer + ".mkv", "-f", "lavfi", "-i",
                    BARS, "-t", "1", "-vf", "zscale=tin=bt709:min=bt709:pin=bt709:rin=tv:t=" + transfer
                            + ":m=bt2020nc:p=bt2020:r=tv:npl=203,format=yuv420p10le",
                    "-c:v", "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-colorspace",
                    "bt2020nc", "-color_primaries", "bt2020", "-color_trc", transfer));

            // Measured: 29.2 dB for PQ, 30.5 dB for HLG, most of it the 100 % white rolled off to about 245.
            assertThat(ColourConversionTest.psnr(hdr, sdr)).as(transfer).isGreaterThan(28);
            int white = (200 * hdr.width() + 140) * 3;
            assertThat(hdr.pixels()[white] & 0xFF).as(transfer + ": the 100 %% white patch").isGreaterThan(235);
        }
    }

    private Path hevc(String name, String transfer) throws Exception {
        return FfmpegCommand.make(folder, name, "-f", "lavfi", "-i", "testsrc=s=320x180:r=25", "-t", "1", "-c:v",
                "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-color_trc", transfer,
                "-color_primaries", transfer.equals("bt709") ? "bt709" : "bt2020", "-colorspace",
                transfer.equals("bt709") ? "bt709" : "bt2020nc");
    }
}
