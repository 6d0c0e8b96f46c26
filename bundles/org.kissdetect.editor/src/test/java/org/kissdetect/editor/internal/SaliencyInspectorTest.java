package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

class SaliencyInspectorTest {

    private static final Marker SCENE = new Marker(SceneMarkers.OWNER + "/m1/10-20", SceneMarkers.OWNER, "Kiss 1",
            "#ff0000", "", new TimeRange(10, 20));

    private final Project project = mock(Project.class);
    private final FakeExplanations explanations = new FakeExplanations();

    private SaliencyInspector inspector() throws Exception {
        SaliencyInspector inspector = new SaliencyInspector();
        inspector.explanations = explanations;
        inspector.preferences = Fixtures.preferences();
        inspector.models = Fixtures.models();
        return inspector;
    }

    @Test
    void inspectsOnlyThePluginsSceneMarkers() throws Exception {
        SaliencyInspector inspector = inspector();

        assertThat(inspector.inspects(SCENE)).isTrue();
        assertThat(inspector.inspects(Fixtures.USERS_MARKER)).isFalse();
        assertThatThrownBy(() -> inspector.inspect(project, Fixtures.MOVIE, Fixtures.USERS_MARKER, 3, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Kiss Detector scene");
    }

    @Test
    void explainsTheSecondAtThePlayheadWithThePreferencesModelAndReturnsTheOverlay() throws Exception {
        MarkerInspection inspection = inspector().inspect(project, Fixtures.MOVIE, SCENE, 12.4, () -> false);

        ExplanationRequest request = explanations.requests.get(0);
        assertThat(request.movie()).isEqualTo(Fixtures.MOVIE.file());
        assertThat(request.atSeconds()).isEqualTo(12.4);
        assertThat(request.modelDirectory()).isEqualTo(Path.of("/models/kiss"));
        assertThat(inspection.caption()).isEqualTo("second 12: 73 % kissing \u2014 where the model looked");
        BufferedImage picture = ImageIO.read(new java.io.ByteArrayInputStream(inspection.png()));
        assertThat(picture.getWidth()).isEqualTo(4);
        assertThat(picture.getRGB(1, 2) & 0xffffff).isEqualTo(0xff0000);
        assertThat(explanations.written).singleElement().satisfies(png -> {
            assertThat(png).doesNotExist();
            assertThat(png.getParent()).doesNotExist();
        });
    }

    @Test
    void aPlayheadOutsideTheMarkerIsClampedIntoIt() throws Exception {
        SaliencyInspector inspector = inspector();

        inspector.inspect(project, Fixtures.MOVIE, SCENE, 3, () -> false);
        inspector.inspect(project, Fixtures.MOVIE, SCENE, 25, () -> false);

        assertThat(explanations.requests.get(0).atSeconds()).isEqualTo(10);
        assertThat(explanations.requests.get(1).atSeconds()).isLessThan(20).isGreaterThan(19.99);
        assertThat(SaliencyInspector.within(new TimeRange(7, 7), 9)).isEqualTo(7);
    }

    @Test
    void saysWhyWhenThePreferencesAreInvalid() throws Exception {
        SaliencyInspector inspector = inspector();
        inspector.preferences = null;

        assertThatThrownBy(() -> inspector.inspect(project, Fixtures.MOVIE, SCENE, 12, () -> false))
                .hasMessageContaining("preferences are invalid");
        assertThat(explanations.requests).isEmpty();
    }

    @Test
    void saysWhyWithoutTheExplanationService() throws Exception {
        SaliencyInspector inspector = inspector();
        inspector.explanations = null;

        assertThatThrownBy(() -> inspector.inspect(project, Fixtures.MOVIE, SCENE, 12, () -> false))
                .hasMessage("Kiss Detector's explanation service is not running (its bundle is stopped or missing).");
    }

    @Test
    void passesTheHostsCancellationToTheExplanation() throws Exception {
        boolean[] cancelled = {false};
        inspector().inspect(project, Fixtures.MOVIE, SCENE, 12, () -> cancelled[0]);

        assertThat(explanations.cancellations.get(0).isCancelled()).isFalse();
        cancelled[0] = true;
        assertThat(explanations.cancellations.get(0).isCancelled()).isTrue();
    }

    /** Explains every second as 73 % kissing and draws a 4 x 4 picture with one red pixel. */
    private static final class FakeExplanations implements ExplanationService {
        final List<ExplanationRequest> requests = new ArrayList<>();
        final List<Cancellation> cancellations = new ArrayList<>();
        final List<Path> written = new ArrayList<>();

        @Override
        public Explanation explain(ExplanationRequest request, Cancellation cancellation) {
            requests.add(request);
            cancellations.add(cancellation);
            return new Explanation((int) request.atSeconds(), new RgbImage(4, 4, new byte[48]), 0.73,
                    new Saliency((int) request.atSeconds(), 4, 4, new float[16], 1f),
                    new ModelDescriptor("kissing-detector", "1.0", "both", "cpu()"));
        }

        @Override
        public void writeOverlay(Explanation explanation, Path png) throws IOException {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 2, 0xff0000);
            ImageIO.write(image, "png", png.toFile());
            assertThat(Files.size(png)).isPositive();
            written.add(png);
        }
    }
}
