package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.report.internal.ReportComponent;
import org.mockito.ArgumentCaptor;

class DetectCommandTest {

    @TempDir
    Path folder;
    Path movie;
    Path scores;

    private final DetectionService detection = mock(DetectionService.class);
    private final Segmenter segmenter = mock(Segmenter.class);
    private final ClassifierFactory classifiers = mock(ClassifierFactory.class);
    private final MarkerFormats formats = new MarkerFormats();
    private final MovieDecoder decoder = mock(MovieDecoder.class);
    private ModelRepository models;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void services() throws Exception {
        movie = Files.writeString(folder.resolve("film.mp4"), "movie");
        scores = Files.writeString(folder.resolve("cache.scores.json"), "{\"scores\":true}");
        when(segmenter.parameters()).thenReturn(new SegmentationParameters(10, 0.7, 0.5));
        when(classifiers.describe(any())).thenReturn(new ModelDescriptor("demo", "1", "both", "cpu()"));
        doCallRealMethod().when(detection).writeScores(any(), any());
        formats.addWriter(new CountingWriter());
        models = Models.repository(folder.resolve("demo-model"), "DEMO MODEL: the synthetic signature, not kissing");
    }

    @Test
    void writesTheMarkersAndTheScoresBesideThem() throws Exception {
        when(detection.detect(any(), any(), any())).thenReturn(result(List.of(new Scene(3, 14, 0.9))));
        Path markers = folder.resolve("out/film.txt");

        int exit = run("detect", movie.toString(), "--format", "count", "--out", markers.toString());

        assertThat(exit).isZero();
        assertThat(markers).hasContent("1 scene(s) of film.mp4");
        assertThat(folder.resolve("out/film.scores.json")).hasContent("{\"scores\":true}");
        assertThat(err.toString()).contains("film.mp4: 1 scene, 0:00:12 of kissing");
    }

    @Test
    void severalFormatsWriteOneFileEachNamedAlikeFromOneDetection() throws Exception {
        when(detection.detect(any(), any(), any())).thenReturn(result(List.of(new Scene(3, 14, 0.9))));
        formats.addWriter(new NamedWriter("names", "lst"));

        assertThat(run("detect", movie.toString(), "--format", "count,names", "--out",
                folder.resolve("out/film.txt").toString(), "--quiet")).isZero();

        assertThat(folder.resolve("out/film.txt")).hasContent("1 scene(s) of film.mp4");
        assertThat(folder.resolve("out/film.lst")).hasContent("film.mp4");
        assertThat(folder.resolve("out/film.scores.json")).exists();
        verify(detection, org.mockito.Mockito.times(1)).detect(any(), any(), any());
    }

    @Test
    void severalFormatsNeedFilesAndKnownNames() throws Exception {
        formats.addWriter(new NamedWriter("names", "lst"));

        assertThat(run("detect", movie.toString(), "--format", "count,names")).isEqualTo(2);
        assertThat(err.toString()).contains("several marker formats need files");
        assertThat(run("detect", movie.toString(), "--format", "count,,names", "--out", "x/")).isEqualTo(2);
        assertThat(run("detect", movie.toString(), "--format", "count,nope", "--out", "x/")).isEqualTo(2);
        assertThat(err.toString()).contains("no marker format 'nope'");
        verify(detection, never()).detect(any(), any(), any());
    }

    /** Writes the movie's file name, in a format of the given name. */
    private record NamedWriter(String format, String extension) implements MarkerWriter {
        @Override
        public String description() {
            return "names the movie";
        }

        @Override
        public void write(MarkerDocument document, OutputStream out) throws IOException {
            out.write(document.movie().file().getFileName().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDetectionsWarningsArePrintedAndScoresTheCacheCouldNotKeepStillGoBesideTheMarkers() throws Exception {
        Detection uncached = new Detection(new MovieInfo(movie, 30, 25, 640, 360, true),
                new ModelDescriptor("demo", "1", "both", "cpu()"), new float[30], new SegmentationParameters(10, 0.7, 0.5),
                List.of(), null, false, List.of("the movie ends at 00:00:30.000 although its container declares 00:01:00.000",
                        "the score cache could not keep the scores"));
        when(detection.detect(any(), any(), any())).thenReturn(uncached);
        doAnswer(call -> {
            call.<OutputStream>getArgument(1).write("{\"rebuilt\":true}".getBytes(StandardCharsets.UTF_8));
            return null;
        }).when(detection).writeScores(eq(uncached), any());
        Path markers = folder.resolve("film.txt");

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", markers.toString(), "--quiet")).isZero();

        assertThat(folder.resolve("film.scores.json")).hasContent("{\"rebuilt\":true}");
        assertThat(err.toString()).contains("kissdetect: warning: film.mp4: the movie ends at 00:00:30.000")
                .contains("kissdetect: warning: film.mp4: the score cache could not keep the scores");
    }

    @Test
    void aModelsRecommendedThresholdAppliesUnlessTheUserGivesOne() throws Exception {
        when(detection.detect(any(), any(), any())).thenReturn(result(List.of()));
        when(classifiers.describe(any())).thenReturn(new ModelDescriptor("kinetics", "1", "r3d34-kinetics700", "cpu()",
                java.util.OptionalDouble.of(0.2)));

        assertThat(run("detect", movie.toString(), "--format", "count")).isZero();
        assertThat(run("detect", movie.toString(), "--format", "count", "--threshold", "0.9")).isZero();

        ArgumentCaptor<DetectionRequest> request = ArgumentCaptor.forClass(DetectionRequest.class);
        verify(detection, org.mockito.Mockito.times(2)).detect(request.capture(), any(), any());
        assertThat(request.getAllValues()).extracting(r -> r.parameters().threshold()).containsExactly(0.2, 0.9);
        assertThat(request.getAllValues()).extracting(r -> r.parameters().minSeconds()).containsOnly(10);
    }

    @Test
    void withoutAModelItMakesTheDemoModelAndSaysWhatItIs() throws Exception {
        when(detection.detect(any(), any(), any())).thenReturn(result(List.of()));

        assertThat(run("detect", movie.toString(), "--format", "count")).isZero();

        verify(models).resolve(eq(ModelReference.demo()), any(), any());
        ArgumentCaptor<DetectionRequest> request = ArgumentCaptor.forClass(DetectionRequest.class);
        verify(detection).detect(request.capture(), any(), any());
        assertThat(request.getValue().modelDirectory()).isEqualTo(folder.resolve("demo-model"));
        assertThat(err.toString()).contains("no --model given: using the DEMO MODEL: the synthetic signature");
    }

    @Test
    void aNamedModelIsUsedAsItIs() throws Exception {
        when(detection.detect(any(), any(), any())).thenReturn(result(List.of()));

        assertThat(run("detect", movie.toString(), "--format", "count", "--model", "mine", "--quiet")).isZero();

        verify(models).resolve(eq(ModelReference.directory(Path.of("mine"))), any(), any());
        verify(models, never()).resolve(eq(ModelReference.demo()), any(), any());
    }

    @Test
    void severalMoviesNeedAnOutputFolder() throws Exception {
        int exit = run("detect", movie.toString(), movie.toString(), "--format", "count");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("several movies need --out FOLDER");
    }

    @Test
    void aMovieThatCannotBeDecodedIsBadInputAndWritesNothing() throws Exception {
        when(detection.detect(any(), any(), any())).thenThrow(new MediaException(movie, 62.5, "truncated packet", null));
        Path markers = folder.resolve("film.txt");

        int exit = run("detect", movie.toString(), "--format", "count", "--out", markers.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("film.mp4 at 00:01:02.500: truncated packet");
        assertThat(markers).doesNotExist();
    }

    @Test
    void aBrokenModelIsExitCode3() throws Exception {
        when(detection.detect(any(), any(), any())).thenThrow(new ModelException(folder.resolve("m/metadata.json"), "missing"));

        assertThat(run("detect", movie.toString(), "--format", "count", "--model", folder.resolve("m").toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("metadata.json: missing");
    }

    @Test
    void aCancelledDetectionIsExitCode130() throws Exception {
        when(detection.detect(any(), any(), any())).thenThrow(new DetectionCancelledException(movie, 12));

        assertThat(run("detect", movie.toString(), "--format", "count")).isEqualTo(130);
    }

    @Test
    void explainsItselfWithHelp() {
        assertThat(run("detect", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: kissdetect detect").contains("--min-fraction").contains("--report");
        assertThat(run("help", "detect")).isZero();
    }

    @Test
    void anUnknownFormatListsTheAvailableOnes() {
        assertThat(run("detect", movie.toString(), "--format", "mp3")).isEqualTo(2);
        assertThat(err.toString()).contains("no marker format 'mp3'; available: count");
    }

    @Test
    void anImpossibleColourIsBadInput() {
        assertThat(run("detect", movie.toString(), "--format", "count", "--marker-colour", "teal")).isEqualTo(2);
        assertThat(err.toString()).contains("got teal");
    }

    private Detection result(List<Scene> scenes) {
        return new Detection(new MovieInfo(movie, 60.2, 25, 640, 360, true), new ModelDescriptor("demo", "1", "both", "cpu()"),
                new float[60], new SegmentationParameters(10, 0.7, 0.5), scenes, scores, false);
    }

    private int run(String... args) {
        DetectCommand command = new DetectCommand(detection, segmenter, formats, new ReportComponent(decoder, folder), models,
                classifiers);
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    /** A marker format that states what it got. */
    static final class CountingWriter implements MarkerWriter {
        @Override
        public String format() {
            return "count";
        }

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public String description() {
            return "counts scenes";
        }

        @Override
        public void write(MarkerDocument document, OutputStream out) throws IOException {
            out.write((document.scenes().size() + " scene(s) of " + document.movie().file().getFileName())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
