package org.kissdetect.labels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.projects.internal.ProjectFormats;
import org.kissdetect.projects.internal.ShotcutProjectFormat;

/**
 * Labels an editor marked on a Shotcut timeline of two clips (a.mp4 10-40 s at 0 s, b.mp4 5-25 s at 30 s, at 25 fps),
 * read back in the source time of the media they cover.
 */
class ShotcutLabelsTest {

    @TempDir
    Path folder;

    private final LabelComponent labels = new LabelComponent(new ProjectFormats(List.of(new ShotcutProjectFormat())));

    @Test
    void rangeMarkersNamedKissingOrNotKissingBecomeLabelsOfTheMediaUnderThem() throws Exception {
        ProjectLabels read = labels.read(project(), LabelRule.NAMES);

        assertThat(read.format()).isEqualTo("shotcut");
        assertThat(read.labels()).hasSize(3);
        assertLabel(read.labels().get(0), "a.mp4", 15, 20, true);
        // "Not Kissing" from 28 s to 35 s of the timeline: a.mp4's last 2 s (38-40), then b.mp4's first 5 s (5-10).
        assertLabel(read.labels().get(1), "a.mp4", 38, 40, false);
        assertLabel(read.labels().get(2), "b.mp4", 5, 10, false);
        assertThat(read.ignored()).singleElement().asString().contains("\"kissing\"").contains("lies over no clip");
    }

    @Test
    void aColourRuleTakesMarkersOfThatColourAndNeverKissDetectorsOwn() throws Exception {
        ProjectLabels read = labels.read(project(), new LabelRule("kissing", "not kissing", "green", null));

        assertThat(read.labels()).hasSize(4);
        assertLabel(read.labels().get(3), "b.mp4", 15, 20, true);
        assertThat(read.labels()).noneMatch(label -> label.origin().contains("Kiss Detector"));
    }

    @Test
    void theAnnotationFileHasTheMoviesRelativeToItAndTimesInSeconds() throws Exception {
        Path csv = folder.resolve("labels.csv");

        labels.writeAnnotations(labels.read(project(), LabelRule.NAMES), csv);

        assertThat(Files.readAllLines(csv)).containsExactly("movie,start,end,label", "films/a.mp4,15,20,kissing",
                "films/a.mp4,38,40,\"not kissing\"", "films/b.mp4,5,10,\"not kissing\"");
    }

    private static void assertLabel(Label label, String media, double start, double end, boolean kissing) {
        assertThat(label.media().getFileName().toString()).isEqualTo(media);
        assertThat(label.start()).isCloseTo(start, within(1e-6));
        assertThat(label.end()).isCloseTo(end, within(1e-6));
        assertThat(label.kissing()).isEqualTo(kissing);
    }

    private Path project() throws Exception {
        return Files.writeString(folder.resolve("cut.mlt"), """
                <?xml version="1.0" standalone="no"?>
                <mlt LC_NUMERIC="C" version="7.12.0" producer="main_bin">
                  <profile width="640" height="360" frame_rate_num="25" frame_rate_den="1"/>
                  <chain id="chain0"><property name="resource">films/a.mp4</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <chain id="chain1"><property name="resource">films/b.mp4</property><property name="mlt_service">avformat-novalidate</property></chain>
                  <playlist id="playlist0">
                    <entry producer="chain0" in="00:00:10.000" out="00:00:39.960"/>
                    <entry producer="chain1" in="00:00:05.000" out="00:00:24.960"/>
                  </playlist>
                  <tractor id="tractor0">
                    <property name="shotcut">1</property>
                    <properties name="shotcut:markers">
                      <properties name="0"><property name="text">kissing</property><property name="start">125</property><property name="end">249</property><property name="color">#ff0000</property></properties>
                      <properties name="1"><property name="text">Not Kissing </property><property name="start">700</property><property name="end">874</property><property name="color">#0000ff</property></properties>
                      <properties name="2"><property name="text">a note</property><property name="start">1000</property><property name="end">1124</property><property name="color">#00a000</property></properties>
                      <properties name="3"><property name="text">Kissing scene 1 (Kiss Detector)</property><property name="start">0</property><property name="end">100</property><property name="color">#00a000</property></properties>
                      <properties name="4"><property name="text">kissing</property><property name="start">1300</property><property name="end">1400</property><property name="color">#ff0000</property></properties>
                    </properties>
                    <track producer="playlist0"/>
                  </tractor>
                </mlt>
                """);
    }
}
