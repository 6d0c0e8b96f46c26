package org.kissdetect.report.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;

/**
 * An explanation service whose map of second s is bright in one square, and which fails as told: at one second with a
 * movie that cannot be decoded there, or for every second with a model that cannot explain itself.
 */
final class FakeExplanations implements ExplanationService {

    static final int SIDE = 224;
    final List<ExplanationRequest> asked = new ArrayList<>();
    int undecodableSecond = -1;
    boolean modelWithoutGradients;

    @Override
    public Explanation explain(ExplanationRequest request, Cancellation cancellation)
            throws MediaException, ModelException {
        asked.add(request);
        int second = (int) Math.floor(request.atSeconds());
        if (modelWithoutGradients) {
            throw new ModelException(request.modelDirectory(), "this model kind has no gradients to explain with");
        }
        if (second == undecodableSecond) {
            throw new MediaException(request.movie(), second, "the picture is damaged here", null);
        }
        float[] map = new float[SIDE * SIDE];
        for (int y = 50; y < 100; y++) {
            for (int x = 50; x < 100; x++) {
                map[y * SIDE + x] = 1;
            }
        }
        return new Explanation(second, new RgbImage(SIDE, SIDE, new byte[3 * SIDE * SIDE]), 0.875,
                new Saliency(second, SIDE, SIDE, map, 2f), new ModelDescriptor("fake", "7", "both", "cpu()"));
    }

    @Override
    public void writeOverlay(Explanation explanation, Path png) throws IOException {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        float[] map = explanation.saliency().magnitudes();
        for (int i = 0; i < map.length; i++) {
            image.setRGB(i % SIDE, i / SIDE, map[i] > 0 ? 0xff0000 : 0x202020);
        }
        ImageIO.write(image, "png", png.toFile());
    }
}
