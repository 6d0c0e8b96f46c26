package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.teach.TeachingException;
import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.teach.TeachingResult;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.mockito.ArgumentCaptor;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Teaching from the project's labels, then the switch to the new model as one undoable step. */
class TeachJobTest {

    private static final Path MODEL = Path.of("/models/kissing-labels-v2");

    private final LabelledProject project = new LabelledProject(true);
    private final TeachingService teaching = mock(TeachingService.class);
    private final Dictionary<String, Object> modelPreference = new Hashtable<>();
    private final ConfigurationAdmin configurations = configurations(modelPreference);
    private final RecordingMonitor monitor = new RecordingMonitor(false);

    @Test
    void theNewModelIsUsedAsOneUndoableStepAndUndoGoesBackToTheOneBefore() throws Exception {
        modelPreference.put("modelDirectory", "/models/kissing-labels-v1");
        project.labels.add(new Label("l1", SceneMarkers.OWNER, true, new TimeRange(10, 40)));
        project.labels.add(new Label("l2", "another plugin", false, new TimeRange(50, 90)));
        ArgumentCaptor<TeachingRequest> asked = ArgumentCaptor.forClass(TeachingRequest.class);
        when(teaching.teach(asked.capture(), any(), any())).thenReturn(result());

        job().run(monitor);

        assertThat(asked.getValue().labels()).singleElement().satisfies(label -> {
            assertThat(label.media()).isEqualTo(Fixtures.MOVIE.file());
            assertThat(label.start()).isEqualTo(10);
            assertThat(label.kissing()).isTrue();
        });
        assertThat(asked.getValue().project()).isEqualTo("labels");
        assertThat(modelPreference.get("modelDirectory")).isEqualTo(MODEL.toString());
        assertThat(project.performed).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("Use model kissing-labels v2");
            change.revert();
        });
        assertThat(modelPreference.get("modelDirectory")).isEqualTo("/models/kissing-labels-v1");
        assertThat(monitor.last()).contains("held-out F1").contains("Undo goes back");
    }

    @Test
    void aCancelledOrRefusedTrainingLeavesTheModelAndTheProjectAsTheyWere() throws Exception {
        when(teaching.teach(any(), any(), any())).thenThrow(new TrainingCancelledException("epoch 2"));
        assertThatThrownBy(() -> job().run(new RecordingMonitor(true))).isInstanceOf(JobCancelledException.class)
                .hasMessageContaining("as they were");

        TeachingService refusing = mock(TeachingService.class);
        when(refusing.teach(any(), any(), any())).thenThrow(new TeachingException("Too few labels"));
        assertThatThrownBy(() -> new TeachJob(project, refusing, settings(), configurations).run(monitor))
                .hasMessage("Too few labels");

        assertThat(project.performed).isEmpty();
        assertThat(modelPreference.get("modelDirectory")).isNull();
    }

    private TeachJob job() {
        return new TeachJob(project, teaching, settings(), configurations);
    }

    private static TeachingSettings settings() {
        return new TeachingSettings(Path.of("/models"), null, false, 3);
    }

    private static TeachingResult result() {
        return new TeachingResult(MODEL, "kissing-labels", "2", "by labelled scene", new Confusion(8, 1, 1, 20),
                new SceneMetrics(1, 1, 1), 30, 40, 0, List.of(), Duration.ofSeconds(3));
    }

    private static ConfigurationAdmin configurations(Dictionary<String, Object> properties) {
        try {
            Configuration configuration = mock(Configuration.class);
            when(configuration.getProperties()).thenAnswer(call -> properties.isEmpty() ? null
                    : ConfigurationProperties.copy(properties));
            org.mockito.Mockito.doAnswer(call -> {
                Dictionary<String, Object> updated = call.getArgument(0);
                for (var keys = updated.keys(); keys.hasMoreElements();) {
                    String key = keys.nextElement();
                    properties.put(key, updated.get(key));
                }
                return null;
            }).when(configuration).update(any());
            ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
            when(admin.getConfiguration(EditorPreferences.MODEL_PID, "?")).thenReturn(configuration);
            return admin;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
