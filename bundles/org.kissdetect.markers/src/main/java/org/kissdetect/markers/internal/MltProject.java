package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.math.BigInteger;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.markers.MarkerDocument;
import org.w3c.dom.Element;

/** What the Shotcut and Kdenlive projects share: an MLT document whose profile matches the movie. */
final class MltProject {

    private MltProject() {
    }

    static XmlDocument withProfile(MarkerDocument document, FrameRate rate) {
        XmlDocument xml = XmlDocument.withRoot("mlt");
        Element root = xml.root();
        root.setAttribute("LC_NUMERIC", "C");
        root.setAttribute("version", "7.12.0");
        // MLT's FFmpeg producer shows pictures upright, so the profile describes them so.
        MovieInfo movie = document.movie();
        PictureGeometry shown = movie.geometry().upright();
        int width = movie.uprightWidth();
        int height = movie.uprightHeight();
        long displayWidth = (long) width * shown.pixelAspectWidth();
        long displayHeight = (long) height * shown.pixelAspectHeight();
        long divisor = BigInteger.valueOf(displayWidth).gcd(BigInteger.valueOf(displayHeight)).longValue();
        xml.add(root, "profile", "description", width + "x" + height + " " + rate.numerator() + "/" + rate.denominator(),
                "width", width, "height", height, "progressive", 1, "sample_aspect_num", shown.pixelAspectWidth(),
                "sample_aspect_den", shown.pixelAspectHeight(), "display_aspect_num", displayWidth / divisor,
                "display_aspect_den", displayHeight / divisor, "frame_rate_num", rate.numerator(), "frame_rate_den",
                rate.denominator(), "colorspace", 709);
        return xml;
    }
}
