package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimelineZoomTest {

    private static final int VIEWPORT = 1024;
    private static final double FILM = 7200;

    private final TimelineZoom zoom = new TimelineZoom();

    @Test
    void theDefaultFitsTheWindowAsTheTimelineAlwaysDid() {
        assertThat(zoom.fits()).isTrue();
        assertThat(zoom.width(VIEWPORT)).isEqualTo(VIEWPORT);
        assertThat(TimelineZoom.x(0, FILM, VIEWPORT)).isEqualTo(12);
        assertThat(TimelineZoom.x(FILM, FILM, VIEWPORT)).isEqualTo(VIEWPORT - 12);
        assertThat(TimelineZoom.second(12 + 500, FILM, VIEWPORT)).isEqualTo(3600);
    }

    @Test
    void timeAndPixelsAgreeAtAnyZoom() {
        int width = 64 * VIEWPORT;
        for (double second : new double[] {0, 0.1, 59.9, 3600, 7199.9, FILM}) {
            assertThat(TimelineZoom.second(TimelineZoom.x(second, FILM, width), FILM, width)).isCloseTo(second,
                    within(0.1));
        }
        assertThat(TimelineZoom.second(-50, FILM, width)).isZero();
        assertThat(TimelineZoom.second(width + 50, FILM, width)).isEqualTo(FILM);
    }

    @Test
    void zoomingKeepsTheTimeUnderTheMouseUnderIt() {
        int mouse = 300;
        int viewX = 0;
        double start = TimelineZoom.second(viewX + mouse, FILM, zoom.width(VIEWPORT));
        for (int i = 0; i < 20; i++) {
            double before = TimelineZoom.second(viewX + mouse, FILM, zoom.width(VIEWPORT));
            int oldWidth = zoom.width(VIEWPORT);
            viewX = zoom.zoom(1, VIEWPORT, viewX, mouse);
            assertThat(TimelineZoom.second(viewX + mouse, FILM, zoom.width(VIEWPORT))).as("after %d notches", i + 1)
                    .isCloseTo(before, within(FILM / oldWidth + 0.1));
        }
        assertThat(TimelineZoom.second(viewX + mouse, FILM, zoom.width(VIEWPORT))).as("a pixel's drift at most a step")
                .isCloseTo(start, within(3.0));
        assertThat(zoom.factor()).isCloseTo(Math.pow(TimelineZoom.STEP, 20), within(1e-6));
        assertThat(zoom.fits()).isFalse();
    }

    @Test
    void theViewStaysWithinTheTimelineAndTheZoomWithinItsBounds() {
        assertThat(zoom.zoom(-3, VIEWPORT, 0, 500)).as("no zooming out past fit").isZero();
        assertThat(zoom.fits()).isTrue();

        int left = zoom.zoom(4, VIEWPORT, 0, VIEWPORT - 1);
        assertThat(left).isBetween(0, zoom.width(VIEWPORT) - VIEWPORT);
        assertThat(zoom.zoom(-1, VIEWPORT, zoom.width(VIEWPORT) - VIEWPORT, 0)).isLessThanOrEqualTo(
                zoom.width(VIEWPORT) - VIEWPORT);

        zoom.zoom(1000, VIEWPORT, 0, 0);
        assertThat(zoom.factor()).isEqualTo(TimelineZoom.MAX_FACTOR);
        zoom.fit();
        assertThat(zoom.fits()).isTrue();
    }

    @Test
    void aTimeOutOfSightIsCentred() {
        assertThat(TimelineZoom.centred(5000, 8192, VIEWPORT)).isEqualTo(5000 - VIEWPORT / 2);
        assertThat(TimelineZoom.centred(100, 8192, VIEWPORT)).isZero();
        assertThat(TimelineZoom.centred(8190, 8192, VIEWPORT)).isEqualTo(8192 - VIEWPORT);
    }
}
