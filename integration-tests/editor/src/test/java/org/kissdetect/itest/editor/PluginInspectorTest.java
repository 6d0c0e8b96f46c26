package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The plugin's saliency inspector as a host finds it: a PNG with a caption for the second under the playhead in a
 * detected scene, explained by the colour test double of org.kissdetect.testing (whose "model" looks at red), and
 * the reason when no explanation service runs.
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
    void withoutAnExplanationServiceInspectingSaysWhy() throws Exception {
        ServiceReference<MarkerInspector> reference = Services.eventually(PATIENCE, this::inspectorReference);
        MarkerInspector inspector = context.getService(reference);
        Marker scene = new Marker(PID + "/x/3-13", PID, "Kissing scene 1", "#e53935", "", new TimeRange(3, 13));
        MediaItem item = project.add(movie);
        Bundle testing = Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName().equals("org.kissdetect.testing")).findFirst().orElseThrow();
        testing.stop();
        try {
            assertThatThrownBy(() -> inspector.inspect(project, item, scene, 5, () -> false))
                    .hasMessage("Kiss Detector's explanation service is not running (its bundle is stopped or missing).");
        } finally {
            testing.start();
            context.ungetService(reference);
        }
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
