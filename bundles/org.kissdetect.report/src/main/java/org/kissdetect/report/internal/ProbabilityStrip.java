package org.kissdetect.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.text.Clock;

/**
 * The whole film at a glance: the kissing probability of every second as a filled curve, the threshold as a
 * dashed line, the scenes as shaded spans, and a time axis.
 */
final class ProbabilityStrip {

    static final int WIDTH = 1200;
    static final int HEIGHT = 180;
    /** Where the plot starts, in the image's pixels: second s of n is drawn at LEFT + s * PLOT_WIDTH / n. */
    static final int LEFT = 40;
    private static final int RIGHT = 10;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    static final Color SCENE = new Color(229, 57, 53, 70);
    static final Color CURVE = new Color(30, 136, 229);

    private ProbabilityStrip() {
    }

    static BufferedImage render(Detection detection) {
        float[] p = detection.probabilities();
        int n = Math.max(1, p.length);
        int plotWidth = PLOT_WIDTH;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        g.setColor(SCENE);
        for (Scene scene : detection.scenes()) {
            int x0 = LEFT + (int) ((long) scene.start() * plotWidth / n);
            int x1 = LEFT + (int) ((long) (scene.end() + 1) * plotWidth / n);
            g.fillRect(x0, TOP, Math.max(1, x1 - x0), plotHeight);
        }
        g.setColor(CURVE);
        for (int x = 0; x < plotWidth; x++) {
            int from = (int) ((long) x * n / plotWidth);
            int to = Math.max(from + 1, (int) ((long) (x + 1) * n / plotWidth));
            float highest = 0;
            for (int second = from; second < Math.min(to, p.length); second++) {
                highest = Math.max(highest, p[second]);
            }
            int height = Math.round(highest * plotHeight);
            g.fillRect(LEFT + x, TOP + plotHeight - height, 1, height);
        }
        g.setColor(Color.DARK_GRAY);
        int thresholdY = TOP + plotHeight - (int) Math.round(detection.parameters().threshold() * plotHeight);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
        g.drawLine(LEFT, thresholdY, LEFT + plotWidth, thresholdY);
        g.setStroke(new BasicStroke(1));
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("1", LEFT - 12, TOP + 9);
        g.drawString("0", LEFT - 12, TOP + plotHeight);
        for (int tick = 0; tick <= 10; tick++) {
            int x = LEFT + tick * plotWidth / 10;
            long second = (long) tick * p.length / 10;
            g.drawLine(x, TOP + plotHeight, x, TOP + plotHeight + 4);
            String label = Clock.hoursMinutesSeconds(second);
            g.drawString(label, Math.min(x - 20, WIDTH - 50), HEIGHT - 8);
        }
        g.dispose();
        return image;
    }
}
