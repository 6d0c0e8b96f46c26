package org.kissdetect.api.decode;

/**
 * How a movie's coded pictures are shown: the shape of their pixels and the turn a display matrix asks for. Editors
 * need it to describe the picture as they will show it (an anamorphic DV frame is 720x480 coded but 4:3 on screen,
 * a phone's sideways 1920x1080 frame is upright 1080x1920).
 *
 * @param pixelAspectWidth  the sample aspect ratio's numerator, reduced (1 for square pixels)
 * @param pixelAspectHeight the sample aspect ratio's denominator, reduced (1 for square pixels)
 * @param rotationDegrees   the clockwise turn, 0, 90, 180 or 270, that shows the coded pictures upright
 * @since 1.3
 */
public record PictureGeometry(int pixelAspectWidth, int pixelAspectHeight, int rotationDegrees) {

    /** Square pixels, shown as coded. */
    public static final PictureGeometry SQUARE = new PictureGeometry(1, 1, 0);

    /** Reduces the pixel aspect ratio and checks the turn is a whole number of quarters. */
    public PictureGeometry {
        if (pixelAspectWidth < 1 || pixelAspectHeight < 1) {
            throw new IllegalArgumentException("a pixel aspect ratio needs two positive parts, got "
                    + pixelAspectWidth + ":" + pixelAspectHeight);
        }
        if (rotationDegrees != 0 && rotationDegrees != 90 && rotationDegrees != 180 && rotationDegrees != 270) {
            throw new IllegalArgumentException("a display turn is 0, 90, 180 or 270 degrees, got " + rotationDegrees);
        }
        int divisor = greatestCommonDivisor(pixelAspectWidth, pixelAspectHeight);
        pixelAspectWidth /= divisor;
        pixelAspectHeight /= divisor;
    }

    /**
     * The geometry a decoder reports, where an unknown or zero pixel aspect ratio means square pixels.
     *
     * @param pixelAspectWidth  the sample aspect ratio's numerator as the file says, possibly 0
     * @param pixelAspectHeight its denominator, possibly 0
     * @param quarterTurns      the clockwise quarter turns that show the pictures upright, any integer
     * @return the geometry
     */
    public static PictureGeometry of(int pixelAspectWidth, int pixelAspectHeight, int quarterTurns) {
        boolean unknown = pixelAspectWidth <= 0 || pixelAspectHeight <= 0;
        return new PictureGeometry(unknown ? 1 : pixelAspectWidth, unknown ? 1 : pixelAspectHeight,
                Math.floorMod(quarterTurns, 4) * 90);
    }

    /** @return whether the pixels are square */
    public boolean squarePixels() {
        return pixelAspectWidth == pixelAspectHeight;
    }

    /** @return whether showing the pictures upright swaps their width and height */
    public boolean quarterTurned() {
        return rotationDegrees % 180 != 0;
    }

    /**
     * The same geometry as seen once the pictures are upright: a quarter turn swaps the pixel aspect ratio's parts
     * and leaves nothing more to turn.
     *
     * @return the upright geometry
     */
    public PictureGeometry upright() {
        return quarterTurned() ? new PictureGeometry(pixelAspectHeight, pixelAspectWidth, 0)
                : new PictureGeometry(pixelAspectWidth, pixelAspectHeight, 0);
    }

    private static int greatestCommonDivisor(int a, int b) {
        return b == 0 ? a : greatestCommonDivisor(b, a % b);
    }
}
