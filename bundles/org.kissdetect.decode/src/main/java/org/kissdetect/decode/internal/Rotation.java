package org.kissdetect.decode.internal;

/** Turning a packed RGB picture by quarter turns, a row at a time, as it leaves swscale. */
final class Rotation {

    private Rotation() {
    }

    /**
     * Writes one source row into the turned picture.
     *
     * @param row          the source row {@code y}: {@code width} RGB pixels
     * @param y            its index
     * @param width        the source's width
     * @param height       the source's height
     * @param quarterTurns 1 to 3 quarter turns clockwise
     * @param turned       the turned picture's pixels ({@code height x width} for odd turns)
     */
    static void turnRow(byte[] row, int y, int width, int height, int quarterTurns, byte[] turned) {
        for (int x = 0; x < width; x++) {
            int target = switch (quarterTurns) {
                case 1 -> x * height + (height - 1 - y);
                case 2 -> (height - 1 - y) * width + (width - 1 - x);
                case 3 -> (width - 1 - x) * height + y;
                default -> throw new IllegalArgumentException("quarter turns are 1 to 3, got " + quarterTurns);
            };
            System.arraycopy(row, x * 3, turned, target * 3, 3);
        }
    }
}
