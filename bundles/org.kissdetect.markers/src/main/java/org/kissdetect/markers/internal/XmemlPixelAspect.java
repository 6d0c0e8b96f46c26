package org.kissdetect.markers.internal;

import java.util.Optional;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;

/**
 * The names Final Cut Pro 7's XML gives pixel shapes ({@code pixelaspectratio}). Only the shapes of the standard
 * frame sizes have names; for any other, none is written and the editor takes the shape from the file itself.
 */
final class XmemlPixelAspect {

    private XmemlPixelAspect() {
    }

    static Optional<String> of(MovieInfo movie) {
        PictureGeometry shown = movie.geometry().upright();
        if (shown.squarePixels()) {
            return Optional.of("square");
        }
        double aspect = (double) shown.pixelAspectWidth() / shown.pixelAspectHeight();
        int width = movie.uprightWidth();
        int height = movie.uprightHeight();
        if (width == 720 && (height == 480 || height == 486) && aspect < 1) {
            return Optional.of("NTSC-601");
        }
        if (width == 720 && height == 576 && aspect > 1 && aspect < 1.2) {
            return Optional.of("PAL-601");
        }
        if (height == 1080 && (width == 1440 || width == 1280) || height == 720 && width == 960) {
            return Optional.of("HD-(" + width + "x" + height + ")");
        }
        return Optional.empty();
    }
}
