package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The editor plugin's saliency inspector with the real explanation bundle, as a host asks it for the second under
 * its playhead in a scene marker: the plugin's default model (the demo model), the overlay's PNG, and the
 * probability a detection gives that second.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SaliencyInspectorThroughTheSdkTest {

    private static final String OWNER = "org.kissdetect.editor";

    @TempDir
    static Path folder;

    @Test
    void inspectingASceneMarkerExplainsThePlayheadsSecond(@InjectBundleContext BundleContext context,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) ModelRepository models,
            @InjectService(timeout = 30_000) DetectionService detector,
            @InjectService(timeout = 30_000) Segmenter segmenter) throws Exception {
        Path movie = SyntheticFilm.of(10, 23, new SecondSpan(3, 7)).write(encoder, folder.resolve("film.mp4"));
        MediaItem item = new MediaItem("f", "film.mp4", movie);
        SdkHost host = new SdkHost("Saliency", List.of(item));
        Marker scene = new Marker(OWNER + "/f/3-7", OWNER, "Kissing scene 1", "#e53935", "", new TimeRange(3, 8));
        Services.await(context, MarkerInspector.class, "", Duration.ofMinutes(2));
        // Held for the whole test: a delayed component let go is deactivated, and its dynamic references unbound.
        ServiceReference<MarkerInspector> reference = context.getServiceReference(MarkerInspector.class);
        MarkerInspector inspector = context.getService(reference);
        MarkerInspection inspection;
        try {
            assertThat(inspector.id()).isEqualTo("org.kissdetect.editor.saliency");
            assertThat(inspector.inspects(scene)).isTrue();

            inspection = inspector.inspect(host, item, scene, 5.4, () -> false);
        } finally {
            context.ungetService(reference);
        }

        Path demo = models.resolve(ModelReference.demo(), new ModelListener() {
        }, () -> false).directory();
        Detection detection = detector.detect(new DetectionRequest(movie, demo, segmenter.parameters()), progress -> {
        }, () -> false);
        long percent = Math.round(detection.probabilities()[5] * 100);
        assertThat(inspection.caption()).isEqualTo("second 5: " + percent + " % kissing \u2014 where the model looked");
        BufferedImage overlay = ImageIO.read(new ByteArrayInputStream(inspection.png()));
        assertThat(overlay.getWidth()).as("the 224 x 224 map, enlarged twice").isEqualTo(448);
        assertThat(overlay.getHeight()).isEqualTo(448);
    }
}
