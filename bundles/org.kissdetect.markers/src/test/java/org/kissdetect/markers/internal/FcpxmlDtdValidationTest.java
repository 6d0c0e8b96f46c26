package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;

/**
 * The FCPXML projects are valid against Apple's FCPXML 1.10 DTD, checked by xmllint: Final Cut Pro rejects a
 * document that does not match it outright. The DTD (FCPXMLv1_10.dtd beside this class) names its source.
 */
class FcpxmlDtdValidationTest {

    private static Path dtd;

    @TempDir
    Path folder;

    @BeforeAll
    static void xmllintAndTheDtd() throws URISyntaxException {
        assumeTrue(xmllintRuns(), "xmllint (libxml2-utils) is not installed");
        dtd = Path.of(FcpxmlDtdValidationTest.class.getResource("FCPXMLv1_10.dtd").toURI());
    }

    static Stream<Arguments> movies() {
        MarkerStyle style = new MarkerStyle("Kissing scene", "red", true);
        return Stream.of(
                Arguments.of("25 fps, mono", new MarkerDocument(new MovieInfo(Path.of("/films/pal film.mp4"), 120, 25,
                        1920, 1080, true, null, null, PictureGeometry.SQUARE, 1), Documents.SCENES, "demo-1", style)),
                Arguments.of("29.97 drop-frame, unnamed format", Documents.ntsc()),
                Arguments.of("timecoded camera original, silent", new MarkerDocument(new MovieInfo(
                        Path.of("/media/A001C003.mov"), 120, 25, 1920, 1080, false,
                        new StartTimecode(14, 23, 10, 5, 25, false)), Documents.SCENES, "demo-1", style)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void theWrittenProjectIsValid(String movie, MarkerDocument document) throws Exception {
        Path project = folder.resolve("markers.fcpxml");
        Files.writeString(project, Documents.written(new FcpxmlMarkerWriter(), document));

        assertThat(xmllint(project)).as("xmllint's verdict on %s", movie).isEqualTo(new Verdict(0, ""));
    }

    @Test
    void xmllintRejectsAMarkerWithoutItsRequiredValue() throws Exception {
        Path project = folder.resolve("invalid.fcpxml");
        Files.writeString(project, Documents.written(new FcpxmlMarkerWriter(), Documents.ntsc())
                .replace(" value=\"Kissing scene 1\"", ""));

        Verdict verdict = xmllint(project);
        assertThat(verdict.exitCode()).isNotZero();
        assertThat(verdict.output()).contains("value").contains("marker");
    }

    record Verdict(int exitCode, String output) {
    }

    private static Verdict xmllint(Path document) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("xmllint", "--noout", "--dtdvalid", dtd.toString(),
                document.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("xmllint did not finish");
        }
        System.out.println("xmllint " + document.getFileName() + ": exit " + process.exitValue() + ", " + output);
        return new Verdict(process.exitValue(), output.strip());
    }

    private static boolean xmllintRuns() {
        try {
            Process process = new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
