package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The plugin's saliency inspector as a host finds it: registered while an explanation service runs (here the
 * colour test double of org.kissdetect.testing, whose "model" looks at red), and a PNG with a caption for the
 * second under the playhead in a detected scene.
 */
class PluginInspectorTest extends PluginHost {

    private static final String SALIENCY = "org.kissdetect.editor.saliency";

    @Test
    void inspectingADetectedSceneShowsWhereTheModelLooked() throws Exception {
        MarkerInspector inspector = context.getService(Services.eventually(PATIENCE, this::inspectorReference));
        assertThat(inspector.title()).isEqualTo("Where the model looked");
        MediaItem item = importMovie();
        Marker scene = awaitMarkers(item, 2).get(0);
        assertThat(inspector.inspects(scene)).isTrue();
        assertThat(inspector.inspects(new Marker("u1", "user", "Note", "#ffffff", "", new TimeRange(4, 5))))
                .isFalse();

        MarkerInspection inspection = inspector.inspect(project, item, scene, 5.5, () -> false);

        assertThat(inspection.caption()).matches("second 5: \\d+ % kissing \u2014 where the model looked");
        assertThat(Integer.parseInt(inspection.caption().split(" ")[2])).as("a red second").isGreaterThan(50);
        BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(inspection.png()));
        assertThat(overlay.getWidth()).isEqualTo(224);
        assertThat(overlay.getHeight()).isEqualTo(224);
    }

    @Test
    void withoutAnExplanationServiceThereIsNoInspector() throws Exception {
        Services.eventually(PATIENCE, this::inspectorReference);
        Bundle testing = Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName().equals("org.kissdetect.testing")).findFirst().orElseThrow();
        testing.stop();
        try {
            assertThat(Services.eventually(PATIENCE, () -> inspectorReference().isEmpty() ? Optional.of(true)
                    : Optional.empty())).isTrue();
        } finally {
            testing.start();
        }
        assertThat(Services.eventually(PATIENCE, this::inspectorReference)).isNotNull();
    }

    /** The plugin's saliency inspector, when it is registered. */
    private Optional<ServiceReference<MarkerInspector>> inspectorReference() {
        try {
            for (ServiceReference<MarkerInspector> reference : context.getServiceReferences(MarkerInspector.class,
                    null)) {
                MarkerInspector inspector = context.getService(reference);
                try {
                    if (inspector != null && inspector.id().equals(SALIENCY)) {
                        return Optional.of(reference);
                    }
                } finally {
                    context.ungetService(reference);
                }
            }
            return Optional.empty();
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
