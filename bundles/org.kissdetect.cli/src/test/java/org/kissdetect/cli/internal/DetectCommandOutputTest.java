package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.SecondObserver;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.report.internal.ReportComponent;

/** Where detect writes, and that it never destroys what it was given or what was there before. */
class DetectCommandOutputTest {

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
        formats.addWriter(new DetectCommandTest.CountingWriter());
        models = Models.repository(folder.resolve("demo-model"), "DEMO MODEL");
        when(detection.detect(any(), any(), any())).thenAnswer(call -> result(call.<DetectionRequest>getArgument(0).movie()));
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheMovieKept() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), movie);

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", movie.toString())).isEqualTo(2);
        assertThat(run("detect", movie.toString(), "--format", "count", "--out", link.toString())).isEqualTo(2);

        assertThat(movie).hasContent("movie");
        assertThat(err.toString()).contains("is, or is inside, the input");
        verify(detection, never()).detect(any(), any(), any());
    }

    @Test
    void anOutputInsideTheModelDirectoryIsRefused() throws Exception {
        Path model = Files.createDirectories(folder.resolve("model"));

        int exit = run("detect", movie.toString(), "--format", "count", "--model", model.toString(), "--out",
                model.resolve("metadata.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(model.resolve("metadata.json")).doesNotExist();
    }

    @Test
    void aFullDeviceIsWrittenToNeverReplaced() throws Exception {
        // Checked first, so that a regression fails here instead of replacing the machine's /dev/full.
        assertThat(Destination.of("/dev/full").kind()).isEqualTo(Destination.Kind.STREAM);

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", "/dev/full")).isEqualTo(4);

        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
        assertThat(err.toString()).contains("cannot write /dev/full");
    }

    @Test
    void aFifoIsWrittenToAndStaysAFifo() throws Exception {
        Path fifo = folder.resolve("markers.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", fifo.toString())).isZero();

        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("1 scene(s) of film.mp4");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(folder.resolve("markers.scores.json")).doesNotExist();
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
        Path real = Files.writeString(Files.createDirectories(folder.resolve("real")).resolve("markers.txt"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("markers.txt"), real);

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("1 scene(s) of film.mp4");
        assertThat(real.resolveSibling("markers.scores.json")).exists();
    }

    @Test
    void moviesWithTheSameNameGetMarkersOfTheirOwn() throws Exception {
        Path a = Files.writeString(Files.createDirectories(folder.resolve("a")).resolve("clip.mp4"), "a");
        Path b = Files.writeString(Files.createDirectories(folder.resolve("b")).resolve("clip.mp4"), "b");
        Path c = Files.writeString(folder.resolve("a/clip.mkv"), "c");
        Path markers = folder.resolve("markers");

        assertThat(run("detect", a.toString(), b.toString(), c.toString(), "--format", "count", "--out",
                markers.toString())).isZero();

        try (var files = Files.list(markers)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")))
                    .containsExactlyInAnyOrder("a-clip.mp4.txt", "b-clip.mp4.txt", "clip.mkv.txt");
        }
    }

    @Test
    void outputsOfOneMovieAppearTogetherOrNotAtAll() throws Exception {
        Path markers = Files.writeString(folder.resolve("film.txt"), "earlier markers");
        Files.delete(scores); // the scores cannot be copied: the run fails after the markers were staged

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", markers.toString())).isEqualTo(4);

        assertThat(markers).hasContent("earlier markers");
        assertThat(folder.resolve("film.scores.json")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".kissdetect"));
        }
    }

    @Test
    void newFilesFollowTheUmaskAndReplacedFilesKeepTheirPermissions() throws Exception {
        Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(Files.createFile(folder.resolve("reference")));
        Path kept = Files.writeString(folder.resolve("kept.txt"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", folder.resolve("new.txt").toString()))
                .isZero();
        assertThat(run("detect", movie.toString(), "--format", "count", "--out", kept.toString())).isZero();

        assertThat(Files.getPosixFilePermissions(folder.resolve("new.txt"))).isEqualTo(umaskDefault);
        assertThat(Files.getPosixFilePermissions(folder.resolve("new.scores.json"))).isEqualTo(umaskDefault);
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    @Test
    void oneBadMovieDoesNotStopTheOthers() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.mp4"), "text");
        Path other = Files.writeString(folder.resolve("other.mp4"), "movie");
        doThrow(new MediaException(broken, "not a movie")).when(detection)
                .detect(argThat(r -> r != null && r.movie().equals(broken)), any(), any());
        Path markers = folder.resolve("markers");

        int exit = run("detect", movie.toString(), broken.toString(), other.toString(), "--format", "count",
                "--out", markers.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(markers.resolve("film.txt")).exists();
        assertThat(markers.resolve("other.txt")).exists();
        assertThat(markers.resolve("broken.txt")).doesNotExist();
        assertThat(err.toString()).contains("broken.mp4: not a movie").contains("1 of 3 movies failed");
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsDecoded() throws Exception {
        Path notAReport = Files.createDirectories(folder.resolve("holiday"));
        Files.writeString(notAReport.resolve("photo.jpg"), "precious");

        assertThat(run("detect", movie.toString(), "--format", "count", "--out", "/proc/kissdetect/film.txt"))
                .isEqualTo(4);
        assertThat(run("detect", movie.toString(), "--format", "count", "--report", notAReport.toString()))
                .isEqualTo(4);

        verify(detection, never()).detect(any(), any(), any());
        assertThat(notAReport.resolve("photo.jpg")).hasContent("precious");
        assertThat(err.toString()).contains("/proc").contains("is not a Kiss Detector report");
    }

    @Test
    void theReportTakesItsStillsFromTheDetectionsDecodingAndReplacesAnEarlierReport() throws Exception {
        when(detection.detect(any(), any(), any(), any())).thenAnswer(call -> {
            SecondObserver observer = call.getArgument(3);
            for (int k = 0; k < 60; k++) {
                observer.decoded(new SecondSample(k, k + 0.96, new RgbImage(64, 36, new byte[64 * 36 * 3]),
                        new float[15_360], false, false));
            }
            return result(call.<DetectionRequest>getArgument(0).movie());
        });
        Path report = folder.resolve("report");
        String[] args = {"detect", movie.toString(), "--format", "count", "--out", folder.resolve("film.txt").toString(),
                "--report", report.toString()};

        assertThat(run(args)).isZero();
        assertThat(run(args)).isZero();

        assertThat(report.resolve("index.html")).content().contains("Scene 1")
                .containsPattern(">0:00:03</a> &ndash; <a [^>]*>0:00:15</a>").contains("<video id=\"movie\"")
                .contains("no saliency maps here: no explanation service is installed");
        try (Stream<Path> files = Files.list(report)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.html", "strip.png",
                    "second-00003.jpg", "second-00008.jpg", "second-00014.jpg");
        }
        verify(decoder, never()).open(any());
        verify(detection, never()).detect(any(), any(), any());
    }

    @Test
    void aLongNameIsRefusedBeforeDecodingAndTheOthersGoOn() throws Exception {
        String longName = "x".repeat(250) + ".mp4";
        Path longMovie = Files.writeString(folder.resolve(longName), "movie");

        int exit = run("detect", longMovie.toString(), movie.toString(), "--format", "count", "--out",
                folder.resolve("markers").toString());

        assertThat(exit).isEqualTo(4);
        assertThat(err.toString()).contains("bytes long; file systems allow 255");
        assertThat(folder.resolve("markers/film.txt")).exists();
        verify(detection, never()).detect(argThat(r -> r != null && r.movie().equals(longMovie)), any(), any());
    }

    @Test
    void aNameEndingInASlashIsAFolder() throws Exception {
        assertThat(run("detect", movie.toString(), "--format", "count", "--out", folder.resolve("new") + "/")).isZero();

        assertThat(folder.resolve("new")).isDirectory();
        assertThat(folder.resolve("new/film.txt")).hasContent("1 scene(s) of film.mp4");
    }

    @Test
    void quietPrintsNothingButErrors() throws Exception {
        assertThat(run("detect", movie.toString(), "--format", "count", "--out", folder.resolve("q.txt").toString(),
                "--quiet")).isZero();

        assertThat(err.toString()).isEmpty();
    }

    private Detection result(Path film) {
        return new Detection(new MovieInfo(film, 60.2, 25, 640, 360, true), new ModelDescriptor("demo", "1", "both", "cpu()"),
                new float[60], new SegmentationParameters(10, 0.7, 0.5), List.of(new Scene(3, 14, 0.9)), scores, false);
    }

    private int run(String... args) {
        DetectCommand command = new DetectCommand(detection, segmenter, formats, new ReportComponent(decoder, folder), models,
                classifiers);
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
