package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.testmedia.TestMovie;

/** The start timecode camera originals and mezzanine files record reaches MovieInfo, wherever the container keeps it. */
class SourceTimecodeTest {

    @TempDir
    Path folder;

    @Test
    void aQuickTimeTimecodeTrackGivesTheFirstFramesTimecode() throws Exception {
        Path movie = Movies.write(folder, "camera.mov", TestMovie.small().withContainer("mov")
                .withStartTimecode("14:23:10:05").withSeconds(1));

        StartTimecode timecode = info(movie).startTimecode();

        assertThat(timecode).isEqualTo(new StartTimecode(14, 23, 10, 5, 25, false));
        assertThat(timecode.frameNumber()).isEqualTo(((14 * 60 + 23) * 60 + 10) * 25L + 5);
    }

    @Test
    void dropFrameTimecodeAt2997StaysDropFrame() throws Exception {
        Path movie = Movies.write(folder, "ntsc.mov", TestMovie.small().withContainer("mov")
                .withFrameRate(30000.0 / 1001).withStartTimecode("01:00:00;00").withSeconds(1));

        StartTimecode timecode = info(movie).startTimecode();

        assertThat(timecode).isEqualTo(new StartTimecode(1, 0, 0, 0, 30, true));
        assertThat(timecode.frameNumber()).as("an hour of 29.97 drop-frame").isEqualTo(107_892);
    }

    @Test
    void aMatroskaTimecodeTagIsRead() throws Exception {
        Path movie = Movies.write(folder, "tagged.mkv", TestMovie.small().withContainer("mkv")
                .withStartTimecode("00:59:58:00").withSeconds(1));

        assertThat(info(movie).startTimecode()).hasToString("00:59:58:00");
    }

    @Test
    void mxfsMaterialPackageTimecodeIsRead() throws Exception {
        Path movie = FfmpegCommand.make(folder, "broadcast.mxf", "-f", "lavfi", "-i", "testsrc=s=320x240:r=25",
                "-t", "2", "-c:v", "mpeg2video", "-timecode", "10:00:00:00");

        assertThat(info(movie).startTimecode()).isEqualTo(new StartTimecode(10, 0, 0, 0, 25, false));
    }

    @Test
    void aFileWithoutTimecodeOrWithATagThatIsNoneCountsFromZero() throws Exception {
        Path plain = Movies.write(folder, "plain.mp4", TestMovie.small().withSeconds(1));
        Path garbage = FfmpegCommand.make(folder, "garbage.mkv", "-f", "lavfi", "-i", "testsrc=s=160x90:r=25", "-t",
                "1", "-c:v", "mpeg4", "-metadata", "timecode=sometime");

        assertThat(info(plain).startTimecode()).isNull();
        assertThat(info(garbage).startTimecode()).isNull();
    }

    private static MovieInfo info(Path movie) throws Exception {
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            return stream.info();
        }
    }
}
