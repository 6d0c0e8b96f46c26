package org.kissdetect.markers.internal;

import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.common.time.FrameRate;

/**
 * The names Final Cut Pro gives its standard video formats ({@code FFVideoFormat1080p2997}). A format of any other
 * size or rate goes without a name, which Final Cut Pro accepts and reads as a custom format from its width, height
 * and frame duration; a made-up name it would not know.
 */
final class FcpxmlFormatName {

    /** Progressive HD and UHD frames of square pixels, by their upright size. */
    private static final Map<String, String> HIGH_DEFINITION = Map.of("1280x720", "720p", "1920x1080", "1080p",
            "3840x2160", "2160p");

    /** Final Cut Pro's spelling of the broadcast rates in format names: 29.97 is 2997. */
    private static final Map<FrameRate, String> RATES = Map.of(new FrameRate(24000, 1001), "2398",
            new FrameRate(24, 1), "24", new FrameRate(25, 1), "25", new FrameRate(30000, 1001), "2997",
            new FrameRate(30, 1), "30", new FrameRate(50, 1), "50", new FrameRate(60000, 1001), "5994",
            new FrameRate(60, 1), "60");

    /**
     * Standard-definition DV, named by size and frame rate. SD material at these rates is interlaced DV or DVD
     * video almost always, and the names say interlaced: the movie's field order is not known here.
     */
    private static final Map<String, String> STANDARD_DEFINITION = Map.of("720x480@30000/1001",
            "FFVideoFormatDV720x480i5994", "720x576@25/1", "FFVideoFormatDV720x576i50");

    private FcpxmlFormatName() {
    }

    /** @return Final Cut Pro's name for the movie's upright picture size and frame rate, if it is a standard one */
    static Optional<String> of(MovieInfo movie) {
        FrameRate rate = FrameRate.of(movie.frameRate());
        String size = movie.uprightWidth() + "x" + movie.uprightHeight();
        String standardDefinition = STANDARD_DEFINITION.get(size + "@" + rate.numerator() + "/" + rate.denominator());
        if (standardDefinition != null) {
            return Optional.of(standardDefinition);
        }
        String lines = HIGH_DEFINITION.get(size);
        String frames = RATES.get(rate);
        if (lines == null || frames == null || !movie.geometry().squarePixels()) {
            return Optional.empty();
        }
        return Optional.of("FFVideoFormat" + lines + frames);
    }
}
