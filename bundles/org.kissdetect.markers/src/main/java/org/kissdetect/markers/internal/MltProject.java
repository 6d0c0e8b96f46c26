package org.kissdetect.markers.internal;

import java.math.BigInteger;

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
        int width = document.movie().width();
        int height = document.movie().height();
        int divisor = BigInteger.valueOf(width).gcd(BigInteger.valueOf(height)).intValue();
        xml.add(root, "profile", "description", width + "x" + height + " " + rate.numerator() + "/" + rate.denominator(),
                "width", width, "height", height, "progressive", 1, "sample_aspect_num", 1, "sample_aspect_den", 1,
                "display_aspect_num", width / divisor, "display_aspect_den", height / divisor, "frame_rate_num",
                rate.numerator(), "frame_rate_den", rate.denominator(), "colorspace", 709);
        return xml;
    }
}
