package org.kissdetect.testing.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import javax.imageio.ImageIO;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.common.files.AtomicFiles;
import org.osgi.service.component.annotations.Component;

/**
 * A test double of the explanations for runtimes with {@link ColourDetectionService}: the "model" looks at red, so
 * a pixel's saliency is how red it is, and a second's probability is how red its picture is on average, as the
 * detection double scores it. The picture is the second's first frame, scaled to 224 x 224 by the ffmpeg command
 * line; the overlay tints it red where the map is high. It ignores the model directory's content.
 */
@Component(service = ExplanationService.class)
public final class ColourExplanationService implements ExplanationService {

    private static final int SIZE = 224;
    private static final ModelDescriptor MODEL = new ModelDescriptor("red-is-kissing", "1", "image", "cpu()");

    @Override
    public Explanation explain(ExplanationRequest request, Cancellation cancellation) throws MediaException {
        int second = (int) Math.floor(request.atSeconds());
        MovieInfo info = ColourProbe.info(request.movie());
        if (second >= info.completeSeconds()) {
            throw new MediaException(request.movie(), "the movie ends before second " + second + " ("
                    + info.completeSeconds() + " complete seconds)");
        }
        if (cancellation.isCancelled()) {
            throw new CancellationException("explanation of second " + second + " cancelled");
        }
        byte[] pixels = ColourProbe.run(request.movie(), "ffmpeg", "-v", "error", "-ss",
                String.format(Locale.ROOT, "%d", second), "-i", request.movie().toString(), "-frames:v", "1", "-vf",
                "scale=" + SIZE + ":" + SIZE, "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        RgbImage picture = new RgbImage(SIZE, SIZE, pixels);
        float[] redness = new float[SIZE * SIZE];
        double sum = 0;
        for (int i = 0; i < redness.length; i++) {
            int red = pixels[3 * i] & 0xff;
            int other = Math.max(pixels[3 * i + 1] & 0xff, pixels[3 * i + 2] & 0xff);
            redness[i] = Math.max(0, Math.min(1, (red - other) / 200f));
            sum += redness[i];
        }
        double probability = sum / redness.length;
        return new Explanation(second, picture, probability, new Saliency(second, SIZE, SIZE, redness,
                (float) Math.log((probability + 1e-6) / (1 - probability + 1e-6))), MODEL);
    }

    @Override
    public void writeOverlay(Explanation explanation, Path png) throws IOException {
        RgbImage picture = explanation.picture();
        float[] map = explanation.saliency().magnitudes();
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        byte[] pixels = picture.pixels();
        for (int i = 0; i < map.length; i++) {
            float heat = map[i];
            int red = (int) ((pixels[3 * i] & 0xff) * (1 - heat) + 255 * heat);
            int green = (int) ((pixels[3 * i + 1] & 0xff) * (1 - heat));
            int blue = (int) ((pixels[3 * i + 2] & 0xff) * (1 - heat));
            image.setRGB(i % picture.width(), i / picture.width(), red << 16 | green << 8 | blue);
        }
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }
}
