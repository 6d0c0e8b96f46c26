package org.kissdetect.nle.sdk.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class MarkerInspectionTest {

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void keepsItsOwnCopyOfThePicture() throws Exception {
        byte[] bytes = png();
        MarkerInspection inspection = new MarkerInspection("second 5: 80 % kissing", bytes);
        bytes[20] ^= 1;
        inspection.png()[21] ^= 1;

        bytes[20] ^= 1;
        assertThat(inspection.png()).isEqualTo(bytes);
    }

    @Test
    void needsACaptionAndAPng() throws Exception {
        assertThatThrownBy(() -> new MarkerInspection(" ", png())).hasMessageContaining("caption");
        assertThatThrownBy(() -> new MarkerInspection("a JPEG", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff,
                0, 0, 0, 0, 0, 0})).hasMessageContaining("must be a PNG");
        assertThatThrownBy(() -> new MarkerInspection("nothing", new byte[0])).hasMessageContaining("PNG");
    }
}
