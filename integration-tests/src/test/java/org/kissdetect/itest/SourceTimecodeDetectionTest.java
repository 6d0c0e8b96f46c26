package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A camera original whose QuickTime timecode starts at 14:23:10:05, through the real bundles: the decoder reads the
 * timecode, the detection and its scores keep it, and the markers land on the scene in the media's timecode.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SourceTimecodeDetectionTest {

    private static final SyntheticFilm FILM = SyntheticFilm.of(40, 2027, new SecondSpan(12, 27));
    private static final int FPS = SyntheticFilm.FRAME_RATE;
    private static final StartTimecode START = StartTimecode.parse("14:23:10:05", FPS);

    @TempDir
    static Path folder;

    static Detection detection;
    static Detection resegmented;

    @BeforeAll
    static void detectTheCameraOriginal(@InjectService(timeout = 30_000) DemoModel demo,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter)
            throws Exception {
        Path model = demo.ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        EncodingSettings film = FILM.settings();
        EncodingSettings camera = new EncodingSettings("mov", film.videoCodec(), film.width(), film.height(),
                film.frameRate(), false, 0, film.audioSampleRate(), false, 0, START);
        Path movie = FILM.write(encoder, folder.resolve("A001C003.mov"), camera);
        detection = detector.detect(new DetectionRequest(movie, model, segmenter.parameters()), progress -> {
        }, () -> false);
        resegmented = detector.resegment(detection.scoresFile(), segmenter.parameters());
    }

    @Test
    void theDetectionAndItsScoresKeepTheMediasTimecode() {
        assertThat(detection.movie().startTimecode()).isEqualTo(START);
        assertThat(resegmented.movie().startTimecode()).as("read back from the scores file").isEqualTo(START);
        assertThat(detection.scenes()).as("the demo model finds the scene").hasSize(1);
    }

    @Test
    void fcpxmlOtioAndEdlMarkersLandOnTheSceneInTheMediasTimecode(@InjectBundleContext BundleContext context)
            throws Exception {
        Scene scene = detection.scenes().get(0);
        long origin = START.frameNumber();

        var fcpxml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(written(context, "fcpxml"))));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(seconds(xpath.evaluate("//asset/@start", fcpxml))).isCloseTo((double) origin / FPS, within(1e-9));
        assertThat(seconds(xpath.evaluate("//asset-clip/marker[1]/@start", fcpxml)) - (double) origin / FPS)
                .as("the marker, counted from the media's first frame").isCloseTo(scene.start(), within(0.5 / FPS));

        JsonNode clip = new ObjectMapper().readTree(written(context, "otio")).at("/tracks/children/0/children/0");
        assertThat(clip.at("/media_reference/available_range/start_time/value").asLong())
                .isEqualTo(origin);
        assertThat(clip.at("/markers/0/marked_range/start_time/value").asDouble() - origin)
                .isCloseTo(scene.start() * FPS, within(0.5));

        Matcher event = Pattern.compile("001  001 +V +C +(\\S+) ").matcher(written(context, "edl"));
        assertThat(event.find()).isTrue();
        assertThat(StartTimecode.parse(event.group(1), FPS).frameNumber() - origin)
                .isCloseTo((long) scene.start() * FPS, within(1L));
    }

    private static String written(BundleContext context, String format) throws Exception {
        var references = context.getServiceReferences(MarkerWriter.class, "(kissdetect.marker.format=" + format + ")");
        assertThat(references).as("a %s writer", format).hasSize(1);
        MarkerWriter writer = context.getService(references.iterator().next());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(new MarkerDocument(resegmented.movie(), resegmented.scenes(), resegmented.model().id(),
                    new MarkerStyle("Kissing scene", "red", false)), out);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            context.ungetService(references.iterator().next());
        }
    }

    /** FCPXML's time: {@code N/Ds} or {@code Ns}. */
    private static double seconds(String rational) {
        String value = rational.substring(0, rational.length() - 1);
        int slash = value.indexOf('/');
        return slash < 0 ? Double.parseDouble(value)
                : Double.parseDouble(value.substring(0, slash)) / Double.parseDouble(value.substring(slash + 1));
    }
}
