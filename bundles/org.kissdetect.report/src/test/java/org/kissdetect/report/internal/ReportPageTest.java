package org.kissdetect.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

/** The page as HTML, with saliency maps from a fake explanation service: what it says without a browser. */
class ReportPageTest {

    @TempDir
    Path folder;
    final FakeExplanations explanations = new FakeExplanations();

    @Test
    void eachScenesMiddleSecondIsExplainedWithTheDetectionsModelAndShownBesideItsStills() throws Exception {
        Path report = report(explanations);

        assertThat(explanations.asked).extracting(ExplanationRequest::atSeconds).containsExactly(9.0, 45.0);
        assertThat(explanations.asked).allSatisfy(request -> {
            assertThat(request.movie()).isEqualTo(movie());
            assertThat(request.modelDirectory()).isEqualTo(folder.resolve("model"));
        });
        BufferedImage map = ImageIO.read(report.resolve("saliency-00009.png").toFile());
        assertThat(map.getRGB(60, 60) & 0xffffff).as("inside the salient square").isEqualTo(0xff0000);
        assertThat(html(report)).contains("<img src=\"saliency-00009.png\"", "<img src=\"saliency-00045.png\"",
                "where the model looked, 0:00:09 (88% kissing)");
    }

    @Test
    void aSecondThatCannotBeExplainedSaysWhyAndTheOtherScenesKeepTheirMaps() throws Exception {
        explanations.undecodableSecond = 45;

        Path report = report(explanations);

        assertThat(report.resolve("saliency-00009.png")).exists();
        assertThat(report.resolve("saliency-00045.png")).doesNotExist();
        assertThat(html(report)).contains("no saliency map for this second: ").contains("the picture is damaged here");
    }

    @Test
    void aModelThatCannotExplainItselfIsAskedOnceAndEverySceneSaysWhy() throws Exception {
        explanations.modelWithoutGradients = true;

        String html = html(report(explanations));

        assertThat(explanations.asked).hasSize(1);
        assertThat(html.split("no saliency maps from this model: ", -1)).hasSize(3);
        assertThat(html).contains("this model kind has no gradients to explain with");
    }

    @Test
    void withoutAnExplanationServiceOrAModelDirectoryThePageSaysSo() throws Exception {
        assertThat(html(report(null))).contains("no saliency maps here: no explanation service is installed");

        Path withoutModel = Files.createDirectory(folder.resolve("without-model"));
        ReportComponent service = new ReportComponent(new ReportComponentTest.CountingDecoder(60), folder,
                explanations);
        try (ReportStills stills = service.stills()) {
            service.writeInto(withoutModel, detection(), stills, () -> false);
        }
        assertThat(html(withoutModel)).contains("the report was not told which model directory scored the movie");
        assertThat(explanations.asked).isEmpty();
    }

    @Test
    void withoutScriptsTheStillsTheTimesAndTheStripAreAllThere() throws Exception {
        String html = html(report(explanations));
        String withoutScript = html.substring(0, html.indexOf("<script>"))
                + html.substring(html.indexOf("</script>") + "</script>".length());

        assertThat(withoutScript).contains("<img src=\"strip.png\"", "<img src=\"second-00005.jpg\"",
                "<img src=\"second-00051.jpg\"", "<noscript>");
        assertThat(withoutScript).as("a time opens the movie there").contains(
                "<a class=\"seek\" href=\"../film%20%23%201%20%C3%A9t%C3%A9.mp4#t=40\" data-seek=\"40\"");
        assertThat(withoutScript)
                .contains("<source src=\"../film%20%23%201%20%C3%A9t%C3%A9.mp4\">\n<source src=\"file:/")
                .contains("data-type=\"video/mp4\"");
        assertThat(withoutScript).as("the player's note waits hidden for the script")
                .contains("<p id=\"cannot-play\" class=\"note\" role=\"status\" hidden>");
        assertThat(html).contains("<dt>Model</dt><dd>demo-synthetic, version 1 (both)</dd>",
                "a probability of 0.5 or more", "minimum seconds 10, minimum fraction 0.7");
        assertThat(html).doesNotContain("http://", "https://", "<script src");
    }

    @Test
    void aMovieNearTheReportIsLinkedRelativelyFirstAndOneFarAwayOnlyByItsFileUrl() {
        MovieLink near = MovieLink.of(Path.of("/home/ann/reports/film-report"), Path.of("/home/ann/films/a b.mp4"));
        assertThat(near.sources()).containsExactly("../../films/a%20b.mp4", "file:///home/ann/films/a%20b.mp4");

        MovieLink far = MovieLink.of(Path.of("/tmp/report"), Path.of("/media/disk/film.mkv"));
        assertThat(far.sources()).containsExactly("file:///media/disk/film.mkv");
        assertThat(far.primary()).isEqualTo("file:///media/disk/film.mkv");

        assertThat(MovieLink.of(Path.of("/home/ann/r"), Path.of("/home/ann/r/x:y?.mp4")).relative())
                .as("not a scheme, not a query").isEqualTo("./x:y%3F.mp4");
    }

    @Test
    void theBrowserIsAskedAboutTheContainerAndCodecsTheDecoderNamed() {
        assertThat(type("a.mp4", new MovieFormat("mov,mp4,m4a,3gp,3g2,mj2", "h264", "aac"))).isEqualTo(
                new MovieType("video/mp4; codecs=\"avc1, mp4a.40.2\"", "codec H.264, sound AAC, in MP4"));
        assertThat(type("a.mkv", new MovieFormat("matroska,webm", "vp9", "opus")).mime())
                .isEqualTo("video/webm; codecs=\"vp9, opus\"");
        assertThat(type("a.mkv", new MovieFormat("matroska,webm", "h264", "aac")).mime())
                .isEqualTo("video/x-matroska; codecs=\"avc1, mp4a.40.2\"");
        assertThat(type("a.mov", new MovieFormat("mov,mp4,m4a,3gp,3g2,mj2", "prores", null)))
                .as("no short name: the container alone")
                .isEqualTo(new MovieType("video/mp4", "codec ProRes, in QuickTime"));
        assertThat(type("a.avi", new MovieFormat("avi", "mpeg4", null)).mime())
                .isEqualTo("video/x-msvideo; codecs=\"mp4v.20.9\"");
    }

    @Test
    void withoutTheDecodersWordTheContainerComesFromTheExtension() {
        assertThat(type("a.MP4", null)).isEqualTo(new MovieType("video/mp4", "MP4, codec not known to the report"));
        assertThat(type("a.r3d", null)).isEqualTo(new MovieType(null, ".r3d, codec not known to the report"));
    }

    private static MovieType type(String name, MovieFormat format) {
        return MovieType.of(new MovieInfo(Path.of(name), 1, 25, 4, 2, true).withFormat(format));
    }

    private Path report(ExplanationService service) throws Exception {
        Path report = Files.createDirectories(folder.resolve("report"));
        ReportComponent component = new ReportComponent(new ReportComponentTest.CountingDecoder(60), folder, service);
        try (ReportStills stills = component.stills()) {
            component.writeInto(report, detection(), stills, folder.resolve("model"), () -> false);
        }
        return report;
    }

    private Path movie() {
        return folder.resolve("film # 1 été.mp4");
    }

    private Detection detection() {
        float[] p = new float[60];
        Arrays.fill(p, 5, 15, 0.9f);
        Arrays.fill(p, 40, 52, 0.8f);
        return new Detection(new MovieInfo(movie(), 60, 25, 64, 36, true),
                new ModelDescriptor("demo-synthetic", "1", "both", "cpu()"), p,
                new SegmentationParameters(10, 0.7, 0.5), List.of(new Scene(5, 14, 0.9), new Scene(40, 51, 0.8)), null,
                false);
    }

    private static String html(Path report) throws Exception {
        return Files.readString(report.resolve("index.html"));
    }
}
