package org.kissdetect.reference.editor.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.image.BufferedImage;

import javax.swing.JComponent;

/** A picture of a fixed size on black, centred, or a message where there is none. Used on the event thread. */
final class PictureView extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final Color MESSAGE = new Color(0xbbbbbb);

    private transient BufferedImage picture;
    private String message = "No picture yet";

    PictureView(int width, int height) {
        setPreferredSize(new Dimension(width, height));
        setMinimumSize(new Dimension(width / 2, height / 2));
    }

    /** Shows a picture, or a message when the picture is null. */
    void show(BufferedImage newPicture, String newMessage) {
        picture = newPicture;
        message = newMessage;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (picture != null) {
            double scale = Math.min(getWidth() / (double) picture.getWidth(), getHeight() / (double) picture.getHeight());
            int width = (int) (picture.getWidth() * scale);
            int height = (int) (picture.getHeight() * scale);
            g.drawImage(picture, (getWidth() - width) / 2, (getHeight() - height) / 2, width, height, null);
        } else if (message != null) {
            g.setColor(MESSAGE);
            int width = g.getFontMetrics().stringWidth(message);
            g.drawString(message, Math.max(4, (getWidth() - width) / 2), getHeight() / 2);
        }
    }
}
