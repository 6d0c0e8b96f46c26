package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class SegmentationServiceTest {

    private static final String PID = "org.kissdetect.segment";
    private static final float[] EXAMPLE = {1, 1, 0, 1, 0, 0, 1, 0, 1};

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    private SavedConfiguration shipped;

    @BeforeEach
    void keepTheDefaults() throws Exception {
        shipped = SavedConfiguration.of(configurationAdmin, PID);
    }

    @AfterEach
    void restoreTheDefaults() throws Exception {
        shipped.restore();
        Services.await(context, Segmenter.class, "(minSeconds=10)", Duration.ofSeconds(10));
    }

    @Test
    void theSegmenterIsADeclarativeServiceWithThePapersDefaults(@InjectService Segmenter segmenter) {
        assertThat(segmenter.parameters()).isEqualTo(new SegmentationParameters(10, 0.7, 0.5));
        assertThat(segmenter.segment(EXAMPLE, new SegmentationParameters(4, 0.7, 0.5)))
                .extracting(Scene::start, Scene::end).containsExactly(tuple(0, 3));
    }

    @Test
    void aConfigurationChangeChangesTheResult(@InjectService Segmenter segmenter) throws Exception {
        assertThat(segmenter.segment(EXAMPLE)).isEmpty();

        configure(4, 0.7, 0.5);
        Segmenter reconfigured = Services.await(context, Segmenter.class, "(minSeconds=4)", Duration.ofSeconds(10));

        assertThat(reconfigured.segment(EXAMPLE)).extracting(Scene::start, Scene::end)
                .containsExactly(tuple(0, 3));
    }

    /**
     * The segmenter changes in place (its consumers, the editor plugin among them, keep their reference and hear of
     * it), so an impossible new configuration cannot withdraw it: SCR logs why, and the last valid parameters stay.
     * An impossible configuration at activation keeps it from activating (SegmenterComponentTest).
     */
    @Test
    void aBadConfigurationIsLoggedAndTheLastValidParametersStay(@InjectService LogReaderService logReader)
            throws Exception {
        List<LogEntry> errors = new CopyOnWriteArrayList<>();
        LogListener listener = entry -> {
            if (entry.getLogLevel() == LogLevel.ERROR) {
                errors.add(entry);
            }
        };
        logReader.addLogListener(listener);
        try {
            configure(4, 0.7, 0.5);
            Segmenter valid = Services.await(context, Segmenter.class, "(minSeconds=4)", Duration.ofSeconds(10));

            configure(0, 0.7, 0.5);

            LogEntry logged = Services.eventually(Duration.ofSeconds(10), () -> errors.stream()
                    .filter(e -> describe(e).contains("minimum scene length must be at least 1 second, got 0")).findFirst());
            assertThat(logged.getBundle().getSymbolicName()).isEqualTo("org.kissdetect.segment");
            assertThat(valid.parameters()).isEqualTo(new SegmentationParameters(4, 0.7, 0.5));
            assertThat(valid.segment(EXAMPLE)).extracting(Scene::start, Scene::end).containsExactly(tuple(0, 3));
        } finally {
            logReader.removeLogListener(listener);
        }
    }

    private static String describe(LogEntry entry) {
        StringBuilder text = new StringBuilder(entry.getMessage());
        for (Throwable t = entry.getException(); t != null; t = t.getCause()) {
            text.append(" / ").append(t);
        }
        return text.toString();
    }

    private void configure(int minSeconds, double minFraction, double threshold) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("minSeconds", minSeconds);
        properties.put("minFraction", minFraction);
        properties.put("threshold", threshold);
        configurationAdmin.getConfiguration(PID, "?").update(properties);
    }
}
