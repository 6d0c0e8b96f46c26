package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;

/**
 * FCPXML describes the movie as Final Cut Pro does: its standard formats by the names it gives them, any other
 * format by size and rate alone, and the sound track's channels as the file has them.
 */
class FcpxmlFormatAndAudioTest {

    private static XmlAssertions fcpxml(int width, int height, double frameRate, PictureGeometry geometry,
            boolean hasAudio, int channels) throws Exception {
        MovieInfo movie = new MovieInfo(Path.of("/media/clip.mov"), 120, frameRate, width, height, hasAudio, null,
                null, geometry, channels);
        return XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(),
                new MarkerDocument(movie, Documents.SCENES, "demo-1", new MarkerStyle("Kiss", "red", false))));
    }

    @ParameterizedTest(name = "{0}x{1} at {2} fps: {3}")
    @CsvSource({"1920, 1080, 23.976, FFVideoFormat1080p2398", "1920, 1080, 25, FFVideoFormat1080p25",
        "1920, 1080, 29.97, FFVideoFormat1080p2997", "1920, 1080, 59.94, FFVideoFormat1080p5994",
        "1280, 720, 50, FFVideoFormat720p50", "3840, 2160, 24, FFVideoFormat2160p24"})
    void standardHighDefinitionFormatsHaveFinalCutsNames(int width, int height, double fps, String name)
            throws Exception {
        assertThat(fcpxml(width, height, fps, PictureGeometry.SQUARE, true, 2).value("//format/@name"))
                .isEqualTo(name);
    }

    @Test
    void dvIsNamedBySizeAndRateWithItsPixelShape() throws Exception {
        XmlAssertions ntsc = fcpxml(720, 480, 29.97, new PictureGeometry(10, 11, 0), true, 2);

        assertThat(ntsc.value("//format/@name")).isEqualTo("FFVideoFormatDV720x480i5994");
        assertThat(ntsc.value("//format/@paspH") + ":" + ntsc.value("//format/@paspV")).isEqualTo("10:11");
        assertThat(fcpxml(720, 576, 25, new PictureGeometry(59, 54, 0), true, 2).value("//format/@name"))
                .isEqualTo("FFVideoFormatDV720x576i50");
    }

    @ParameterizedTest(name = "{0}x{1} at {2} fps")
    @CsvSource({"640, 360, 29.97", "1920, 1080, 12.5", "1080, 1920, 30", "1440, 1080, 25", "720, 480, 25"})
    void otherFormatsGoWithoutANameButWithTheirSizeAndRate(int width, int height, double fps) throws Exception {
        PictureGeometry shape = width == 1440 ? new PictureGeometry(4, 3, 0) : PictureGeometry.SQUARE;
        XmlAssertions xml = fcpxml(width, height, fps, shape, true, 2);

        assertThat(xml.count("//format[@name]")).as("no invented name such as FFVideoFormat%dp", height).isZero();
        assertThat(xml.value("//format/@width") + "x" + xml.value("//format/@height")).isEqualTo(width + "x" + height);
        assertThat(xml.value("//format/@frameDuration")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} channels declared as {1}")
    @CsvSource({"1, 1", "2, 2", "6, 6", "0, 2"})
    void theAssetDeclaresTheSoundTracksChannels(int channels, String declared) throws Exception {
        XmlAssertions xml = fcpxml(1920, 1080, 25, PictureGeometry.SQUARE, true, channels);

        assertThat(xml.value("//asset/@hasAudio")).isEqualTo("1");
        assertThat(xml.value("//asset/@audioSources")).isEqualTo("1");
        assertThat(xml.value("//asset/@audioChannels")).isEqualTo(declared);
    }

    @Test
    void aSilentMovieDeclaresNoChannelsAndTheProjectHasFinalCutsDefaultAudio() throws Exception {
        XmlAssertions xml = fcpxml(1920, 1080, 25, PictureGeometry.SQUARE, false, 0);

        assertThat(xml.value("//asset/@hasAudio")).isEqualTo("0");
        assertThat(xml.count("//asset[@audioChannels or @audioSources]")).isZero();
        assertThat(xml.value("//sequence/@audioLayout")).isEqualTo("stereo");
        assertThat(xml.value("//sequence/@audioRate")).isEqualTo("48k");
    }
}
