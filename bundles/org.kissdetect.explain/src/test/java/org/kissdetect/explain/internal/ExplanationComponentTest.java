package org.kissdetect.explain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.features.internal.FeatureExtractorComponent;

/**
 * The explanation service with a fake decoder and classifier and the real feature extractor: the second a time
 * falls in, the picture the model saw, the map the model gave, and the errors a person gets.
 */
class ExplanationComponentTest {

    private static final ModelDescriptor MODEL = new ModelDescriptor("toy", "1.0.0", "image", "cpu()");

    @TempDir
    Path folder;

    private final FakeMovies movies = new FakeMovies(5);

    /** A model whose map is |the input's red channel| and whose probability is 0.75; it records the input. */
    private static final class MapOfTheInput implements Classifier {
        final boolean explains;
        ModelInput seen;
        boolean closed;

        MapOfTheInput(boolean explains) {
            this.explains = explains;
        }

        @Override
        public ModelDescriptor model() {
            return MODEL;
        }

        @Override
        public int batchSize() {
            return 4;
        }

        @Override
        public float[] kissingProbabilities(List<ModelInput> batch) {
            return new float[] {0.75f};
        }

        @Override
        public Optional<Saliency> saliency(ModelInput input) {
            seen = input;
            if (!explains) {
                return Optional.empty();
            }
            float[] map = new float[224 * 224];
            for (int p = 0; p < map.length; p++) {
                map[p] = Math.abs(input.image()[p]);
            }
            return Optional.of(new Saliency(input.second(), 224, 224, map, 1.5f));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private ExplanationComponent service(Classifier classifier) throws ModelException {
        ClassifierFactory factory = mock(ClassifierFactory.class);
        when(factory.open(any())).thenReturn(classifier);
        return new ExplanationComponent(movies, new FeatureExtractorComponent(), factory);
    }

    private ExplanationRequest at(double seconds) {
        return new ExplanationRequest(folder.resolve("film.mp4"), seconds, folder.resolve("model"));
    }

    @Test
    void explainsTheSecondTheTimeFallsInWithThePictureTheModelSaw() throws Exception {
        MapOfTheInput classifier = new MapOfTheInput(true);

        Explanation explanation = service(classifier).explain(at(2.99), () -> false);

        assertThat(explanation.second()).isEqualTo(2);
        assertThat(classifier.seen.second()).isEqualTo(2);
        assertThat(explanation.probability()).isEqualTo(0.75);
        assertThat(explanation.model()).isEqualTo(MODEL);
        assertThat(explanation.saliency().logit()).isEqualTo(1.5f);
        assertThat(explanation.picture().width()).isEqualTo(224);
        assertThat(explanation.picture().pixels()).as("byte for byte").isEqualTo(centreCrop(FakeMovies.still(2)).pixels());
        assertThat(movies.decoded.get()).as("decoding stops at the second").isEqualTo(3);
        assertThat(movies.closed.get()).isEqualTo(1);
        assertThat(classifier.closed).as("the model's handle is given back").isTrue();
    }

    @Test
    void severalSecondsAreExplainedInOnePassThatStopsAtTheLast() throws Exception {
        MapOfTheInput classifier = new MapOfTheInput(true);

        List<Explanation> explanations = service(classifier).explainSeconds(folder.resolve("film.mp4"),
                List.of(3, 1, 3), folder.resolve("model"), () -> false);

        assertThat(explanations).extracting(Explanation::second).containsExactly(1, 3);
        assertThat(explanations.get(1).picture().pixels()).isEqualTo(centreCrop(FakeMovies.still(3)).pixels());
        assertThat(movies.decoded.get()).as("one pass up to the last second").isEqualTo(4);
        assertThat(movies.closed.get()).isEqualTo(1);
        assertThat(classifier.closed).isTrue();
    }

    @Test
    void aModelThatLooksAtMotionIsGivenItsClipAndShowsItsLastFrame() throws Exception {
        ClipPreprocessing clip = new ClipPreprocessing(3, 128, 112, 1, new float[] {0.4f, 0.4f, 0.4f},
                new float[] {0.3f, 0.3f, 0.3f});
        Classifier classifier = mock(Classifier.class);
        when(classifier.model()).thenReturn(MODEL);
        when(classifier.clipInput()).thenReturn(Optional.of(clip));
        when(classifier.kissingProbabilities(any())).thenReturn(new float[] {0.25f});
        when(classifier.saliency(any())).thenAnswer(call -> {
            ModelInput input = call.getArgument(0);
            assertThat(input.clip()).as("the clip prepared for the model").hasSize(clip.tensorLength());
            return Optional.of(new Saliency(input.second(), 112, 112, new float[112 * 112], 0));
        });

        Explanation explanation = service(classifier).explain(at(1.2), () -> false);

        assertThat(movies.clipsAsked.get()).isEqualTo(1);
        assertThat(explanation.picture().width()).isEqualTo(112);
        assertThat(explanation.picture().pixels()).as("the last frame's centre crop")
                .isEqualTo(ModelPictureTest.crop(FakeMovies.frame(128, 100), 112));
        assertThat(explanation.probability()).isEqualTo(0.25);
    }

    @Test
    void aTimePastTheEndNamesTheMoviesLength() throws Exception {
        MapOfTheInput classifier = new MapOfTheInput(true);

        assertThatThrownBy(() -> service(classifier).explain(at(5.0), () -> false))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining("film.mp4")
                .hasMessageContaining("it lasts 00:00:05.400 (5 complete seconds, the last from 00:00:04.000): there is"
                        + " no second at 00:00:05.000 to explain");
        assertThat(movies.closed.get()).isEqualTo(1);
        assertThat(classifier.closed).isTrue();
    }

    @Test
    void aModelWithoutGradientsIsAModelProblemNamingIt() throws Exception {
        MapOfTheInput classifier = new MapOfTheInput(false);

        assertThatThrownBy(() -> service(classifier).explain(at(1), () -> false))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("model toy 1.0.0 (image) cannot show where it looked");
        assertThat(classifier.closed).isTrue();
    }

    @Test
    void cancellingStopsDecoding() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        var service = service(new MapOfTheInput(true));

        assertThatThrownBy(() -> service.explain(at(4), () -> cancelled.getAndSet(movies.decoded.get() >= 2)
                || movies.decoded.get() >= 2)).isInstanceOf(CancellationException.class)
                .hasMessageContaining("was cancelled after 2 seconds decoded");
        assertThat(movies.decoded.get()).isEqualTo(2);
        assertThat(movies.closed.get()).isEqualTo(1);
    }

    @Test
    void theOverlayIsThePictureWhereTheMapIsZeroAndRedWhereItIsHottest() throws Exception {
        RgbImage picture = centreCrop(FakeMovies.still(0));
        float[] map = new float[224 * 224];
        map[10 * 224 + 20] = 3;
        map[10 * 224 + 21] = 1.5f;
        Explanation explanation = new Explanation(0, picture, 0.5, new Saliency(0, 224, 224, map, 0), MODEL);
        Path png = folder.resolve("overlay.png");

        service(new MapOfTheInput(true)).writeOverlay(explanation, png);

        BufferedImage written = ImageIO.read(png.toFile());
        assertThat(written.getWidth()).isEqualTo(448);
        assertThat(written.getHeight()).isEqualTo(448);
        int unmarked = 100 * 224 + 50;
        assertThat(written.getRGB(100, 200) & 0xffffff).as("a pixel whose map value is 0").isEqualTo(
                rgb(picture, 100 / 2 + 224 * (200 / 2)));
        assertThat(written.getRGB(2 * 50 + 1, 2 * 100) & 0xffffff).isEqualTo(rgb(picture, unmarked));
        int hottest = written.getRGB(2 * 20, 2 * 10);
        assertThat(hottest >> 8 & 0xff).as("no green at the top of the scale").isLessThanOrEqualTo(
                (int) Math.round(rgb(picture, 10 * 224 + 20) >> 8 & 0xff) / 4 + 1);
        assertThat(hottest >> 16 & 0xff).isGreaterThanOrEqualTo(191);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("overlay.png");
        }
        assertThatThrownBy(() -> service(new MapOfTheInput(true)).writeOverlay(explanation, folder))
                .hasMessageContaining("it is a folder");
    }

    @Test
    void theScaleIsAHighPercentileUnlessTheMapIsSparse() {
        float[] dense = new float[1000];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = i;
        }
        dense[999] = 1e6f;
        assertThat(HeatOverlay.scale(dense)).isEqualTo(994);
        float[] sparse = new float[1000];
        sparse[3] = 2;
        assertThat(HeatOverlay.scale(sparse)).isEqualTo(2);
        assertThat(HeatOverlay.scale(new float[10])).isZero();
    }

    private static int rgb(RgbImage picture, int pixel) {
        byte[] p = picture.pixels();
        return (p[3 * pixel] & 0xff) << 16 | (p[3 * pixel + 1] & 0xff) << 8 | p[3 * pixel + 2] & 0xff;
    }

    /** torchvision's CenterCrop(224) of a still whose short side is already 256. */
    private static RgbImage centreCrop(RgbImage still) {
        int left = (int) Math.rint((still.width() - 224) / 2.0);
        int top = (int) Math.rint((still.height() - 224) / 2.0);
        byte[] pixels = new byte[224 * 224 * 3];
        for (int y = 0; y < 224; y++) {
            System.arraycopy(still.pixels(), ((top + y) * still.width() + left) * 3, pixels, y * 224 * 3, 224 * 3);
        }
        return new RgbImage(224, 224, pixels);
    }
}
