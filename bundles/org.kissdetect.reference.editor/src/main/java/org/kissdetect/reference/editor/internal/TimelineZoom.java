package org.kissdetect.reference.editor.internal;

/**
 * How wide the timelines are drawn: fitted to the window (factor 1, the default) or a multiple of its width, and
 * where the view scrolls so that a zoom keeps the time under the mouse where it was. Every timeline shares the
 * factor: a timeline maps its whole movie onto its width less a margin on each side.
 */
final class TimelineZoom {

    static final int MARGIN = 12;
    /** One notch of the mouse wheel zooms by this much. */
    static final double STEP = 1.25;
    /** Enough for a 3-hour film to show a second as about 40 pixels in a 1000-pixel window. */
    static final double MAX_FACTOR = 512;

    private double factor = 1;

    /** @return whether the timelines fit the window */
    boolean fits() {
        return factor == 1;
    }

    double factor() {
        return factor;
    }

    /** Back to fit to window. */
    void fit() {
        factor = 1;
    }

    /** @return the width of a timeline drawn in a viewport this wide */
    int width(int viewportWidth) {
        return (int) Math.round(viewportWidth * factor);
    }

    /**
     * Zooms by wheel notches around a point of the viewport.
     *
     * @param notches         positive to zoom in, negative to zoom out; fractions for precise wheels
     * @param viewportWidth   the width of the visible part
     * @param viewX           the timeline's x at the viewport's left edge
     * @param mouseInViewport the mouse's x within the viewport
     * @return the timeline's x to show at the viewport's left edge afterwards
     */
    int zoom(double notches, int viewportWidth, int viewX, int mouseInViewport) {
        int oldWidth = width(viewportWidth);
        double fraction = fraction(viewX + mouseInViewport, oldWidth);
        factor = Math.max(1, Math.min(MAX_FACTOR, factor * Math.pow(STEP, notches)));
        int newWidth = width(viewportWidth);
        int left = (int) Math.round(MARGIN + fraction * (newWidth - 2 * MARGIN)) - mouseInViewport;
        return Math.max(0, Math.min(newWidth - viewportWidth, left));
    }

    /** @return the x of a time on a timeline {@code width} pixels wide that shows {@code seconds} */
    static int x(double second, double seconds, int width) {
        return MARGIN + (int) Math.round(second / seconds * (width - 2 * MARGIN));
    }

    /** @return the time under {@code x} on such a timeline, within the movie, to a tenth of a second */
    static double second(int x, double seconds, int width) {
        double second = fraction(x, width) * seconds;
        return Math.max(0, Math.min(seconds, Math.round(second * 10) / 10.0));
    }

    /**
     * @param viewportWidth the width of the visible part
     * @return the timeline's x to show at the viewport's left edge so that {@code x} is in its middle
     */
    static int centred(int x, int width, int viewportWidth) {
        return Math.max(0, Math.min(width - viewportWidth, x - viewportWidth / 2));
    }

    private static double fraction(int x, int width) {
        return (x - MARGIN) / (double) Math.max(1, width - 2 * MARGIN);
    }
}
