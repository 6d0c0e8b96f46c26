package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;
import org.kissdetect.testmedia.Tones;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The FFmpeg bundle's services inside Felix: natives load, a movie written through one decodes through the other. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class DecodingServiceTest {

    private static final String PID = "org.kissdetect.decode";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    private Path folder;
    private SavedConfiguration shipped;

    @BeforeEach
    void createFolder() throws Exception {
        folder = Files.createTempDirectory("kissdetect-itest");
        shipped = SavedConfiguration.of(configurationAdmin, PID);
    }

    @AfterEach
    void restoreTheDefaults() throws Exception {
        shipped.restore();
        Services.await(context, MovieDecoder.class, "(mode=exact)", Duration.ofSeconds(20));
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Test
    void aMovieWrittenThroughTheEncoderDecodesToWhatWasWritten(@InjectService MovieEncoder encoder,
            @InjectService(filter = "(mode=exact)") MovieDecoder decoder) throws Exception {
        TestMovie movie = TestMovie.small().withContainer("mkv").withAudioFrom(0.5);
        Path file = TestMedia.write(encoder, folder.resolve("movie.mkv"), movie);

        List<SecondSample> seconds = decodeAll(decoder, file);

        assertThat(seconds).hasSize(movie.completeSeconds());
        for (SecondSample second : seconds) {
            int k = second.second();
            assertThat(FrameCode.read(second.still())).isEqualTo(movie.expectedStill(k).frame());
            assertThat(second.still().height()).isEqualTo(256);
            assertThat(Tones.dominantHz(second.audio(), 16_000)).isBetween(Tones.hz(k) - 2, Tones.hz(k) + 2);
            assertThat((double) Tones.onset(second.audio())).isBetween(movie.expectedOnset(k) - 32.0,
                    movie.expectedOnset(k) + 32.0);
        }
    }

    @Test
    void theModeIsAConfigurationAndAServiceProperty(@InjectService MovieEncoder encoder) throws Exception {
        Path file = TestMedia.write(encoder, folder.resolve("movie.mp4"), TestMovie.small());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("mode", "fast");
        configurationAdmin.getConfiguration(PID, "?").update(properties);

        MovieDecoder fast = Services.await(context, MovieDecoder.class, "(mode=fast)", Duration.ofSeconds(20));

        assertThat(decodeAll(fast, file)).hasSize(3);
    }

    @Test
    void aBrokenFileIsAMediaExceptionNamingIt(@InjectService MovieDecoder decoder) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "not a movie");

        try (SampleStream stream = decoder.open(text)) {
            throw new AssertionError("opened " + stream.info());
        } catch (MediaException e) {
            assertThat(e.getMessage()).contains(text.toString()).contains("not a movie");
        }
    }

    private static List<SecondSample> decodeAll(MovieDecoder decoder, Path file) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        try (SampleStream stream = decoder.open(file)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                seconds.add(next.get());
            }
        }
        return seconds;
    }
}
