package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.MediaOutcome;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectAnnotationService;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A user's Shotcut project through the real bundles: three clips of two generated films (one trimmed, one moved after
 * a gap, one from a camera original whose timecode starts at 10:00:00:00) and a missing file. Each film is detected
 * once, and the markers land on the timeline where the films' kissing scenes show.
 */
@ExtendWith(ServiceExtension.class)
class ProjectAnnotationTest {

    private static final int FPS = SyntheticFilm.FRAME_RATE;
    private static final SyntheticFilm FILM_A = SyntheticFilm.of(50, 2031, new SecondSpan(12, 27));
    private static final SyntheticFilm FILM_B = SyntheticFilm.of(40, 2032, new SecondSpan(15, 30));

    @TempDir
    static Path folder;

    static Path model;
    static Path filmA;
    static Path filmB;
    static List<Scene> scenesA;
    static List<Scene> scenesB;
    static ProjectAnnotation annotation;

    @BeforeAll
    static void annotateAProject(@InjectService(timeout = 30_000) DemoModel demo,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter,
            @InjectService(timeout = 30_000) ProjectAnnotationService annotator) throws Exception {
        model = demo.ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        Files.createDirectories(folder.resolve("media"));
        filmA = FILM_A.write(encoder, folder.resolve("media/a.mp4"), FILM_A.settings());
        EncodingSettings b = FILM_B.settings();
        filmB = FILM_B.write(encoder, folder.resolve("media/B001C002.mov"), new EncodingSettings("mov",
                b.videoCodec(), b.width(), b.height(), b.frameRate(), false, 0, b.audioSampleRate(), false, 0,
                StartTimecode.parse("10:00:00:00", FPS)));
        scenesA = detector.detect(new DetectionRequest(filmA, model, segmenter.parameters()), p -> {
        }, () -> false).scenes();
        scenesB = detector.detect(new DetectionRequest(filmB, model, segmenter.parameters()), p -> {
        }, () -> false).scenes();
        Path project = Files.writeString(folder.resolve("cut.mlt"), shotcutProject());
        annotation = annotator.annotate(new AnnotationRequest(project, folder.resolve("cut-kissdetect.mlt"), false,
                model, segmenter.parameters(), new MarkerStyle("Kissing scene", "red", false)), p -> {
                }, () -> false);
    }

    @Test
    void theDemoModelFindsEachFilmsScene() {
        assertThat(scenesA).hasSize(1);
        assertThat(scenesB).hasSize(1);
        assertThat(scenesA.get(0).start()).isCloseTo(12, within(1));
        assertThat(scenesB.get(0).start()).isCloseTo(15, within(1));
    }

    @Test
    void eachFilmIsDetectedOnceAndTheMissingOneIsReported() {
        assertThat(annotation.media()).extracting(MediaOutcome::clips).containsExactly(2, 1, 1);
        assertThat(annotation.media().get(0).fromCache()).as("detected before, so taken from the score cache")
                .isTrue();
        assertThat(annotation.media().get(2).failure()).contains("missing.mp4").contains("no such file");
    }

    @Test
    void theMarkersLandWhereTheScenesShowOnTheTimeline() throws Exception {
        Document written = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(annotation.written().toFile());
        NodeList markers = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//properties[@name='shotcut:markers']/properties", written, XPathConstants.NODESET);
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i < markers.getLength(); i++) {
            var xpath = XPathFactory.newInstance().newXPath();
            found.add(new double[] {Double.parseDouble(xpath.evaluate("property[@name='start']", markers.item(i))),
                Double.parseDouble(xpath.evaluate("property[@name='end']", markers.item(i))) + 1});
        }
        Scene a = scenesA.get(0);
        Scene b = scenesB.get(0);
        // clip 1: a.mp4 5-45 s at 0 s; clip 2: a.mp4 10-40 s at 60 s; clip 3: B001C002.mov 10-40 s at 100 s.
        double[][] expected = {{a.start() - 5, a.end() + 1 - 5}, {60 + a.start() - 10, 60 + a.end() + 1 - 10},
            {100 + b.start() - 10, 100 + b.end() + 1 - 10}};
        assertThat(found).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(found.get(i)[0] / FPS).isCloseTo(expected[i][0], within(1.0 / FPS));
            assertThat(found.get(i)[1] / FPS).isCloseTo(expected[i][1], within(1.0 / FPS));
        }
    }

    private static String shotcutProject() {
        return """
                <?xml version="1.0" standalone="no"?>
                <mlt LC_NUMERIC="C" version="7.12.0" title="Shotcut version 22.12.21" producer="main_bin">
                  <profile description="test" width="%2$d" height="%3$d" progressive="1" sample_aspect_num="1" sample_aspect_den="1" display_aspect_num="%2$d" display_aspect_den="%3$d" frame_rate_num="%1$d" frame_rate_den="1" colorspace="709"/>
                  <playlist id="main_bin"><property name="xml_retain">1</property></playlist>
                  <chain id="chain0"><property name="resource">media/a.mp4</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <chain id="chain1"><property name="resource">media/a.mp4</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <chain id="chain2"><property name="resource">media/B001C002.mov</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <chain id="chain3"><property name="resource">media/missing.mp4</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <playlist id="playlist0">
                    <property name="shotcut:video">1</property>
                    <entry producer="chain0" in="00:00:05.000" out="%4$d"/>
                    <blank length="00:00:20.000"/>
                    <entry producer="chain1" in="00:00:10.000" out="%5$d"/>
                    <blank length="00:00:10.000"/>
                    <entry producer="chain2" in="00:00:10.000" out="%5$d"/>
                    <entry producer="chain3" in="0" out="99"/>
                  </playlist>
                  <tractor id="tractor0" title="cut">
                    <property name="shotcut">1</property>
                    <track producer="playlist0"/>
                  </tractor>
                </mlt>
                """.formatted(FPS, FILM_A.settings().width(), FILM_A.settings().height(), 45 * FPS - 1, 40 * FPS - 1);
    }
}
