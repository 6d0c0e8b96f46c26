package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;

/**
 * Projects describe the picture as editors show it: a phone's sideways 1920x1080 frame upright as 1080x1920, and
 * the non-square pixels of DV (720x480, 10:11, shown 4:3) and HDV (1440x1080, 4:3, shown 16:9).
 */
class PictureGeometryMarkersTest {

    private static final MarkerStyle STYLE = new MarkerStyle("Kissing scene", "red", false);

    private static MarkerDocument movie(int width, int height, PictureGeometry geometry) {
        return new MarkerDocument(new MovieInfo(Path.of("/media/clip.mov"), 120, 25, width, height, true, null,
                null, geometry), Documents.SCENES, "demo-1", STYLE);
    }

    private final MarkerDocument phone = movie(1920, 1080, new PictureGeometry(1, 1, 90));
    private final MarkerDocument dv = movie(720, 480, new PictureGeometry(10, 11, 0));
    private final MarkerDocument hdv = movie(1440, 1080, new PictureGeometry(4, 3, 0));

    @Test
    void mltProfilesAreUprightWithThePixelsShape() throws Exception {
        XmlAssertions upright = XmlAssertions.parse(Documents.written(new ShotcutMarkerWriter(), phone));
        XmlAssertions anamorphic = XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), dv));

        assertThat(upright.value("//profile/@width") + "x" + upright.value("//profile/@height"))
                .isEqualTo("1080x1920");
        assertThat(upright.value("//profile/@display_aspect_num") + ":"
                + upright.value("//profile/@display_aspect_den")).isEqualTo("9:16");
        assertThat(anamorphic.value("//profile/@sample_aspect_num") + ":"
                + anamorphic.value("//profile/@sample_aspect_den")).isEqualTo("10:11");
        assertThat(anamorphic.value("//profile/@display_aspect_num") + ":"
                + anamorphic.value("//profile/@display_aspect_den")).as("720 x 10/11 : 480").isEqualTo("15:11");
    }

    @Test
    void fcpxmlFormatsAreUprightAndDeclareNonSquarePixels() throws Exception {
        XmlAssertions upright = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), phone));
        XmlAssertions anamorphic = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), hdv));

        assertThat(upright.value("//format/@width") + "x" + upright.value("//format/@height")).isEqualTo("1080x1920");
        assertThat(upright.value("//format/@paspH")).isEmpty();
        assertThat(anamorphic.value("//format/@paspH") + ":" + anamorphic.value("//format/@paspV")).isEqualTo("4:3");
    }

    @Test
    void xmemlNamesTheStandardPixelShapes() throws Exception {
        assertThat(pixelAspect(dv)).isEqualTo("NTSC-601");
        assertThat(pixelAspect(hdv)).isEqualTo("HD-(1440x1080)");
        assertThat(pixelAspect(phone)).isEqualTo("square");
        assertThat(pixelAspect(movie(1000, 500, new PictureGeometry(3, 2, 0))))
                .as("an unnamed shape is left for the editor to read from the file").isEmpty();
        XmlAssertions upright = XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), phone));
        assertThat(upright.value("//samplecharacteristics/width")).isEqualTo("1080");
    }

    private static String pixelAspect(MarkerDocument document) throws Exception {
        return XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), document))
                .value("//samplecharacteristics/pixelaspectratio");
    }
}
