package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SecondSample;

/**
 * The codecs and containers editors cut (made by the ffmpeg command; decoded by the bundled LGPL FFmpeg): each gives
 * every complete second with a still of its display size and its sound.
 */
class EditorsCodecsTest {

    @TempDir
    Path folder;

    static Stream<Arguments> media() {
        return Stream.of(
                Arguments.of("ProRes 422 in MOV", "prores422.mov", List.of("-c:v", "prores_ks", "-profile:v", "2",
                        "-pix_fmt", "yuv422p10le", "-c:a", "pcm_s24le")),
                Arguments.of("ProRes 4444 in MOV", "prores4444.mov", List.of("-c:v", "prores_ks", "-profile:v", "4",
                        "-pix_fmt", "yuva444p10le", "-c:a", "pcm_s16le")),
                Arguments.of("DNxHD in MXF OP1a", "dnxhd.mxf", List.of("-s", "1920x1080", "-c:v", "dnxhd", "-b:v",
                        "36M", "-pix_fmt", "yuv422p", "-c:a", "pcm_s16le", "-ar", "48000")),
                Arguments.of("DNxHR in MOV", "dnxhr.mov", List.of("-c:v", "dnxhd", "-profile:v", "dnxhr_sq",
                        "-pix_fmt", "yuv422p", "-c:a", "pcm_s16le")),
                Arguments.of("MPEG-2 4:2:2 in MXF", "mpeg2.mxf", List.of("-c:v", "mpeg2video", "-pix_fmt", "yuv422p",
                        "-b:v", "20M", "-c:a", "pcm_s16le", "-ar", "48000")),
                // In MP4: Debian 12's ffmpeg puts x264's 10-bit 4:2:2 into MOV so that no FFmpeg decodes it.
                Arguments.of("H.264 10-bit 4:2:2 (High 4:2:2)", "h264-422-10bit.mp4", List.of("-c:v", "libx264",
                        "-pix_fmt", "yuv422p10le", "-c:a", "aac")),
                Arguments.of("H.264 10-bit (High 10) in MOV", "h264-10bit.mov", List.of("-c:v", "libx264", "-pix_fmt",
                        "yuv420p10le", "-c:a", "aac")),
                Arguments.of("HEVC 10-bit", "hevc-10bit.mp4", List.of("-c:v", "libx265", "-pix_fmt", "yuv420p10le",
                        "-tag:v", "hvc1", "-c:a", "aac", "-x265-params", "log-level=error")),
                Arguments.of("VP9 in WebM", "vp9.webm", List.of("-c:v", "libvpx-vp9", "-deadline", "realtime",
                        "-cpu-used", "8", "-c:a", "libopus")),
                Arguments.of("MPEG-2 with AC-3 in VOB", "dvd.vob", List.of("-c:v", "mpeg2video", "-c:a", "ac3",
                        "-f", "vob")),
                Arguments.of("variable frame rate", "vfr.mkv", List.of("-vf", "setpts='N/25/TB+0.02*sin(N)/TB'",
                        "-fps_mode", "vfr", "-c:v", "mpeg4", "-c:a", "aac")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("media")
    void everySecondHasAStillAndItsSound(String kind, String name, List<String> encoding) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-f", "lavfi", "-i", "testsrc=s=1280x720:r=25", "-f",
                "lavfi", "-i", "sine=f=440:r=48000", "-t", "3"));
        arguments.addAll(encoding);
        Path movie = FfmpegCommand.make(folder, name, arguments.toArray(String[]::new));

        MovieInfo info;
        try (var stream = Movies.EXACT.open(movie)) {
            info = stream.info();
        }
        List<SecondSample> seconds = Movies.decodeAll(Movies.EXACT, movie);

        assertThat(info.hasAudio()).as(kind).isTrue();
        assertThat(seconds).as(kind).hasSizeBetween(2, 3);
        for (SecondSample second : seconds) {
            assertThat(second.still().height()).as(kind).isEqualTo(256);
            assertThat(second.still().width()).as(kind).isEqualTo(455);
            assertThat(second.audioMissing()).as(kind + " second " + second.second()).isFalse();
        }
    }
}
