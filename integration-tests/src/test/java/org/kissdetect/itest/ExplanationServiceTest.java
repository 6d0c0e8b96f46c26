package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Saliency maps through the real bundles in Felix: a generated film, the demo model (ResNet-18 and VGGish with a
 * trained head), the exact decoder, the feature extractor and the classifier's gradient. The explained second's
 * probability is the one a detection gives that second, and its overlay is a PNG.
 */
@ExtendWith(ServiceExtension.class)
class ExplanationServiceTest {

    private static final SyntheticFilm FILM = SyntheticFilm.of(8, 19, new SecondSpan(2, 5));

    /** Kept for a person to look at, as the end-to-end test keeps its screenshots. */
    private static final Path OVERLAYS = Path.of("target/explanations");

    @TempDir
    static Path folder;

    static Path model;
    static Path movie;
    static Detection detection;

    @BeforeAll
    static void makeTheFilmAndTheModel(@InjectService(timeout = 30_000) DemoModel demo,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter)
            throws Exception {
        model = demo.ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        movie = FILM.write(encoder, folder.resolve("short film.mp4"));
        detection = detector.detect(new DetectionRequest(movie, model, segmenter.parameters()), progress -> {
        }, () -> false);
    }

    @Test
    void explainsASecondWithTheProbabilityADetectionGivesItAndDrawsIt(
            @InjectService(timeout = 30_000) ExplanationService explanations) throws Exception {
        long start = System.nanoTime();
        Explanation explanation = explanations.explain(new ExplanationRequest(movie, 3.6, model), () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("explaining second 3 of an 8 s film took %.2f s%n", seconds);

        assertThat(explanation.second()).isEqualTo(3);
        assertThat(explanation.model().id()).startsWith("demo");
        assertThat(explanation.probability()).isCloseTo(detection.probabilities()[3], within(1e-5));
        assertThat(explanation.picture().width()).isEqualTo(224);
        Saliency saliency = explanation.saliency();
        assertThat(saliency.width()).isEqualTo(224);
        assertThat(saliency.second()).isEqualTo(3);
        assertThat(saliency.maximum()).as("the demo model's logit depends on the picture").isGreaterThan(0);
        int zero = 0;
        for (float value : saliency.magnitudes()) {
            zero += value == 0 ? 1 : 0;
        }
        assertThat(zero).as("a ResNet's gradient reaches nearly every pixel").isLessThan(224 * 224 / 2);

        Path png = OVERLAYS.resolve("second 3.png");
        java.nio.file.Files.createDirectories(png.getParent());
        explanations.writeOverlay(explanation, png);
        BufferedImage overlay = ImageIO.read(png.toFile());
        assertThat(overlay.getWidth()).isEqualTo(448);
        assertThat(overlay.getHeight()).isEqualTo(448);
    }

    @Test
    void aTimePastTheEndNamesTheMoviesLength(@InjectService(timeout = 30_000) ExplanationService explanations) {
        assertThatThrownBy(() -> explanations.explain(new ExplanationRequest(movie, 8.2, model), () -> false))
                .isInstanceOf(MediaException.class).hasMessageContaining("short film.mp4")
                .hasMessageContaining("(8 complete seconds").hasMessageContaining("no second at 00:00:08.200");
    }
}
