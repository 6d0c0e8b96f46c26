package org.kissdetect.labels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.projects.internal.FcpxmlProjectFormat;
import org.kissdetect.projects.internal.OtioProjectFormat;
import org.kissdetect.projects.internal.ProjectFormats;
import org.kissdetect.projects.internal.XmemlProjectFormat;

/**
 * The labels an editor marked in the projects bundle's test projects, each in its editor's own dialect (FCPXML from
 * Final Cut Pro and from DaVinci Resolve, Premiere's xmeml, OTIO): "kissing" on clip 1 over a.mp4 from 10 s to 24 s
 * (xmeml: on the timeline, 5-20 s, which clip 1 shows as a.mp4's 10-25 s), "not kissing" over b.mov's 40-50 s on
 * clip 3 (xmeml: on the timeline at 105-115 s and on clip 3 alike).
 */
class LabelsFromEveryFormatTest {

    private static final double FRAME = 1.0 / 25;

    @TempDir
    Path folder;

    private final LabelComponent labels = new LabelComponent(new ProjectFormats(List.of(new FcpxmlProjectFormat(),
            new XmemlProjectFormat(), new OtioProjectFormat())));

    @ParameterizedTest
    @CsvSource({"fcpxml-1.10.fcpxml, 24", "fcpxml-1.8.fcpxml, 24", "premiere.xml, 25", "timeline.otio, 24"})
    void theLabelsTheProjectHoldsAreReadInTheirMediasTime(String fixture, double kissingEnd) throws Exception {
        ProjectLabels read = labels.read(project(fixture), LabelRule.NAMES);

        List<Label> kissing = read.labels().stream().filter(Label::kissing).toList();
        List<Label> notKissing = read.labels().stream().filter(label -> !label.kissing()).toList();
        assertThat(kissing).as("%s", read.labels()).singleElement().satisfies(label -> {
            assertThat(label.media().getFileName()).hasToString("a.mp4");
            assertThat(label.start()).isCloseTo(10, within(FRAME));
            assertThat(label.end()).isCloseTo(kissingEnd, within(FRAME));
        });
        assertThat(notKissing).as("%s", read.labels()).isNotEmpty().allSatisfy(label -> {
            assertThat(label.media().getFileName()).hasToString("b.mov");
            assertThat(label.start()).isCloseTo(40, within(FRAME));
            assertThat(label.end()).isCloseTo(50, within(FRAME));
        });
        assertThat(read.labels()).noneMatch(label -> label.origin().contains("Director"));
    }

    @org.junit.jupiter.api.Test
    void kdenlivesPointGuidesLabelUpToTheNextGuide() throws Exception {
        Path file = project("kdenlive.kdenlive");
        String guides = "[{\"comment\": \"kissing\", \"pos\": 125, \"type\": 0}, {\"comment\": \"cut\", \"pos\": 500, "
                + "\"type\": 0}, {\"comment\": \"Not kissing\", \"pos\": 2625, \"type\": 0}]";
        Files.writeString(file, Files.readString(file).replaceAll(
                "(<property name=\"kdenlive:docproperties.guides\">)[^<]*(</property>)", "$1" + guides + "$2"));
        LabelComponent kdenlive = new LabelComponent(new ProjectFormats(List.of(
                new org.kissdetect.projects.internal.KdenliveProjectFormat())));

        List<Label> read = kdenlive.read(file, LabelRule.NAMES).labels();

        assertThat(read).hasSize(2);
        assertThat(read.get(0).kissing()).isTrue();
        assertThat(read.get(0).start()).as("timeline 5 s of clip 1 (a.mp4 from 5 s)").isCloseTo(10, within(FRAME));
        assertThat(read.get(0).end()).as("up to the next guide, at 20 s").isCloseTo(25, within(FRAME));
        assertThat(read.get(1).kissing()).isFalse();
        assertThat(read.get(1).media().getFileName()).hasToString("b.mov");
        assertThat(read.get(1).start()).as("timeline 105 s of clip 3 (b.mov from 25 s at 90 s)")
                .isCloseTo(40, within(FRAME));
        assertThat(read.get(1).end()).as("to the end of its clip").isCloseTo(55, within(FRAME));
    }

    @org.junit.jupiter.api.Test
    void theReferenceEditorsMarkersOfItsUserAreLabelsAndItsPluginsAreNot() throws Exception {
        Path file = Files.writeString(folder.resolve("project.json"), """
                {"format": "kissdetect-reference-editor", "version": 1, "name": "cut", "media": [
                  {"id": "m1", "name": "a.mp4", "file": "films/a.mp4", "duration": 120.0, "markers": [
                    {"id": "1", "owner": "user", "name": "Kissing", "colour": "green", "comment": "",
                     "start": 10.0, "end": 25.0},
                    {"id": "2", "owner": "org.kissdetect.editor", "name": "Kissing scene 1", "colour": "red",
                     "comment": "kissing 40-52 s", "start": 40.0, "end": 52.0}]}]}
                """);
        LabelComponent reference = new LabelComponent(new ProjectFormats(List.of(
                new org.kissdetect.projects.internal.ReferenceEditorProjectFormat())));

        List<Label> read = reference.read(file, new LabelRule("kissing", "not kissing", null, "red")).labels();

        assertThat(read).singleElement().satisfies(label -> {
            assertThat(label.kissing()).isTrue();
            assertThat(label.start()).isEqualTo(10);
            assertThat(label.end()).isEqualTo(25);
        });
    }

    @org.junit.jupiter.api.Test
    void theLabelsTheReferenceEditorKeepsApartFromMarkersAreLabels() throws Exception {
        Path file = Files.writeString(folder.resolve("labelled.json"), """
                {"format": "kissdetect-reference-editor", "version": 1, "name": "cut", "media": [
                  {"id": "m1", "name": "a.mp4", "file": "films/a.mp4", "duration": 120.0, "markers": [],
                   "labels": [
                    {"id": "l1", "owner": "org.kissdetect.editor", "kind": "kissing", "start": 10.5, "end": 25.0},
                    {"id": "l2", "owner": "org.kissdetect.editor", "kind": "not kissing", "start": 30.0, "end": 60.0},
                    {"id": "l3", "owner": "org.kissdetect.editor", "kind": "maybe", "start": 70.0, "end": 80.0}]}]}
                """);
        LabelComponent reference = new LabelComponent(new ProjectFormats(List.of(
                new org.kissdetect.projects.internal.ReferenceEditorProjectFormat())));

        List<Label> read = reference.read(file, new LabelRule("kissing", "not kissing", null, null)).labels();

        assertThat(read).hasSize(2);
        assertThat(read.get(0).kissing()).isTrue();
        assertThat(read.get(0).start()).isEqualTo(10.5);
        assertThat(read.get(0).media()).isEqualTo(folder.resolve("films/a.mp4").toAbsolutePath());
        assertThat(read.get(1).kissing()).isFalse();
        assertThat(read.get(1).end()).isEqualTo(60);
        assertThat(read.get(1).origin()).contains("label on a.mp4");
    }

    private Path project(String fixture) throws Exception {
        Path file = folder.resolve(fixture);
        try (InputStream in = getClass().getResourceAsStream("/org/kissdetect/projects/internal/" + fixture)) {
            Files.copy(in, file);
        }
        return file;
    }
}
