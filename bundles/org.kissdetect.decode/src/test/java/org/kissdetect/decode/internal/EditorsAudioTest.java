package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;

/**
 * Sound as editors deliver it: surround downmixed to mono with the standard coefficients (every channel heard, not
 * the first alone), 24-bit PCM at 48 and 96 kHz, and of several sound tracks the default one.
 */
class EditorsAudioTest {

    private static final String PICTURE = "color=c=black:s=160x90:r=25";
    private static final String TONE = "0.5*sin(2*PI*1000*t)";

    @TempDir
    Path folder;

    @Test
    void aToneOnlyInTheCentreOrOnlyBehindIsHeardAfterTheDownmix() throws Exception {
        assertThat(rms(surround("centre.mkv", "0|0|" + TONE + "|0|0|0"))).isGreaterThan(0.1);
        assertThat(rms(surround("behind.mkv", "0|0|0|0|" + TONE + "|0"))).isGreaterThan(0.1);
        assertThat(rms(surround("silence.mkv", "0|0|0|0|0|0"))).isLessThan(1e-3);
    }

    @Test
    void theMovieSaysHowManyChannelsItsSoundTrackHasForMarkerFiles() throws Exception {
        try (var surround = Movies.EXACT.open(surround("six.mkv", "0|0|0|0|0|0"));
                var mono = Movies.EXACT.open(FfmpegCommand.make(folder, "mono.mkv", "-f", "lavfi", "-i", PICTURE,
                        "-f", "lavfi", "-i", "aevalsrc=0:c=mono:s=48000", "-t", "1", "-c:v", "mpeg4"))) {
            assertThat(surround.info().audioChannels()).isEqualTo(6);
            assertThat(mono.info().audioChannels()).isEqualTo(1);
        }
    }

    @Test
    void twentyFourBitPcmAt96KilohertzIsRead() throws Exception {
        Path movie = FfmpegCommand.make(folder, "pcm24.mov", "-f", "lavfi", "-i", PICTURE, "-f", "lavfi", "-i",
                "aevalsrc=" + TONE + ":c=stereo:s=96000", "-t", "2", "-c:v", "mpeg4", "-c:a", "pcm_s24le");

        // FFmpeg's standard stereo downmix takes each side at -3 dB (as `ffmpeg -ac 1`, which made the reference's
        // audio): the same sine of amplitude 0.5 on both sides gives amplitude 0.707, RMS 0.5.
        assertThat(rms(movie)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void ofTwoSoundTracksTheDefaultOneIsHeard() throws Exception {
        Path movie = FfmpegCommand.make(folder, "two-tracks.mkv", "-f", "lavfi", "-i", PICTURE, "-f", "lavfi", "-i",
                "aevalsrc=0:c=mono:s=48000", "-f", "lavfi", "-i", "aevalsrc=" + TONE + ":c=mono:s=48000", "-map",
                "0:v", "-map", "1:a", "-map", "2:a", "-disposition:a:0", "0", "-disposition:a:1", "default", "-t",
                "2", "-c:v", "mpeg4", "-c:a", "pcm_s16le");

        assertThat(rms(movie)).as("the default track alone, not mixed with the other").isCloseTo(0.354, within(0.02));
    }

    /** Broadcast MXF: one mono track per channel, the programme's left and right first; both are heard, mixed. */
    @Test
    void broadcastMonoChannelsAreMixedAsAStereoTrackWouldBe() throws Exception {
        assertThat(rms(broadcast("left.mxf", TONE, "0"))).as("tone on the left alone").isCloseTo(0.25, within(0.02));
        assertThat(rms(broadcast("right.mxf", "0", TONE))).as("tone on the right alone").isCloseTo(0.25, within(0.02));
        assertThat(rms(broadcast("both.mxf", TONE, TONE))).as("as the stereo downmix of the same")
                .isCloseTo(0.5, within(0.02));
    }

    private Path broadcast(String name, String left, String right) throws Exception {
        return FfmpegCommand.make(folder, name, "-f", "lavfi", "-i", PICTURE, "-f", "lavfi", "-i",
                "aevalsrc=" + left + ":c=mono:s=48000", "-f", "lavfi", "-i", "aevalsrc=" + right + ":c=mono:s=48000",
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-t", "2", "-c:v", "mpeg2video", "-c:a", "pcm_s16le");
    }

    @Test
    void aConfiguredTrackIsHeardAndOneTheMovieLacksIsRefusedByName() throws Exception {
        Path movie = FfmpegCommand.make(folder, "tracks.mkv", "-f", "lavfi", "-i", PICTURE, "-f", "lavfi", "-i",
                "aevalsrc=" + TONE + ":c=mono:s=48000", "-f", "lavfi", "-i", "aevalsrc=0:c=mono:s=48000", "-map",
                "0:v", "-map", "1:a", "-map", "2:a", "-disposition:a:0", "default", "-t", "2", "-c:v", "mpeg4",
                "-c:a", "pcm_s16le");

        assertThat(rms(movie, Standalone.decoder("exact", 1))).as("the second, silent track").isLessThan(1e-3);
        assertThat(rms(movie, Standalone.decoder("exact", 0))).isGreaterThan(0.1);
        assertThatThrownBy(() -> Standalone.decoder("exact", 2).open(movie)).isInstanceOf(MediaException.class)
                .hasMessageContaining(movie.toString()).hasMessageContaining("sound track 2")
                .hasMessageContaining("has 2");
    }

    private Path surround(String name, String channels) throws Exception {
        return FfmpegCommand.make(folder, name, "-f", "lavfi", "-i", PICTURE, "-f", "lavfi", "-i",
                "aevalsrc=" + channels + ":c=5.1:s=48000", "-t", "2", "-c:v", "mpeg4", "-c:a", "pcm_s24le");
    }

    private static double rms(Path movie) throws Exception {
        return rms(movie, Movies.EXACT);
    }

    /** The root mean square of the first second's sound. */
    private static double rms(Path movie, MovieDecoder decoder) throws Exception {
        float[] audio = Movies.decodeAll(decoder, movie).get(0).audio();
        double squares = 0;
        for (float sample : audio) {
            squares += sample * sample;
        }
        return Math.sqrt(squares / audio.length);
    }
}
