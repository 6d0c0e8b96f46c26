package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The teaching loop through the SDK, in Felix with the real pipeline and the real editor plugin, these tests being
 * the host: labels made by the plugin's actions, confirm and reject, "Train detector from labels" as a host job that
 * switches the plugin to the new model as one undoable step, retraining after one more label without decoding the
 * films again, and a cancelled training that changes nothing.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeachingThroughTheSdkTest {

    private static final String OWNER = "org.kissdetect.editor";
    private static final String TEACHING_PID = "org.kissdetect.editor.teaching";
    private static final String MODEL_PID = "org.kissdetect.editor.model";
    private static final String TRAIN_PID = "org.kissdetect.train";
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    static Path folder;

    private static SdkHost host;
    private static MediaItem first;
    private static MediaItem second;
    private static final List<ServiceRegistration<?>> REGISTRATIONS = new java.util.ArrayList<>();
    private static final List<SavedConfiguration> SAVED = new java.util.ArrayList<>();

    @BeforeAll
    static void openAProjectOfTwoFilms(@InjectBundleContext BundleContext context,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) ConfigurationAdmin configurations) throws Exception {
        Path a = SyntheticFilm.of(60, 17, new SecondSpan(4, 15), new SecondSpan(30, 41)).write(encoder,
                folder.resolve("a.mp4"));
        Path b = SyntheticFilm.of(60, 18, new SecondSpan(10, 23)).write(encoder, folder.resolve("b.mp4"));
        first = new MediaItem("a", "a.mp4", a);
        second = new MediaItem("b", "b.mp4", b);
        for (String pid : List.of(TEACHING_PID, MODEL_PID, TRAIN_PID)) {
            SAVED.add(SavedConfiguration.of(configurations, pid));
        }
        update(configurations, TRAIN_PID, Map.of("cacheDirectory", folder.resolve("cache").toString()));
        update(configurations, TEACHING_PID, Map.of("modelsFolder", models().toString(), "epochs", 10));
        awaitTeachingSettings(context, models());
        host = new SdkHost("Reel one", List.of(first, second));
        REGISTRATIONS.add(context.registerService(Jobs.class, host, null));
        REGISTRATIONS.add(context.registerService(Project.class, host, null));
    }

    @AfterAll
    static void leave() throws Exception {
        REGISTRATIONS.forEach(ServiceRegistration::unregister);
        for (SavedConfiguration saved : SAVED) {
            saved.restore();
        }
    }

    @Test
    @Order(1)
    void confirmingAndRejectingDetectedScenesTurnsTheirMarkersIntoLabels(@InjectBundleContext BundleContext context)
            throws Exception {
        Marker kept = new Marker(OWNER + "/a/4-15", OWNER, "Kissing scene 1", "#e53935", "", new TimeRange(4, 16));
        Marker wrong = new Marker(OWNER + "/a/44-56", OWNER, "Kissing scene 2", "#e53935", "", new TimeRange(44, 57));
        host.add("a", kept);
        host.add("a", wrong);

        execute(context, "org.kissdetect.editor.confirm-scene", onMarker(kept));
        execute(context, "org.kissdetect.editor.reject-scene", onMarker(wrong));

        assertThat(host.markers("a")).containsExactly(kept);
        assertThat(host.labels("a")).extracting(Label::positive, Label::range).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, new TimeRange(4, 16)),
                org.assertj.core.groups.Tuple.tuple(false, new TimeRange(44, 57)));
        host.undo();
        assertThat(host.markers("a")).as("undo brings the rejected scene back").contains(wrong);
        assertThat(host.labels("a")).hasSize(1);
        host.undo();
        assertThat(host.labels("a")).isEmpty();
        host.applyEdit(new org.kissdetect.nle.sdk.project.ProjectEdit("clear", List.of(
                new org.kissdetect.nle.sdk.project.MarkerChange("a", kept, null),
                new org.kissdetect.nle.sdk.project.MarkerChange("a", wrong, null)), List.of()));
    }

    @Test
    @Order(2)
    void trainingFromLabelsSwitchesToTheNewModelAndRetrainingReusesTheEmbeddings(
            @InjectBundleContext BundleContext context,
            @InjectService(timeout = 30_000) ConfigurationAdmin configurations) throws Exception {
        label(context, first, 4, 16, true);
        label(context, first, 30, 42, true);
        label(context, second, 10, 24, true);
        label(context, first, 18, 28, false);
        label(context, second, 30, 55, false);

        JobHandle trained = train(context);
        awaitSuccess(trained);

        Path v1 = models().resolve("kissing-reel-one-v1");
        assertThat(v1.resolve("metadata.json")).isRegularFile();
        assertThat(v1.resolve("MODEL_CARD.md")).content().contains("Reel one").contains("seeded random");
        assertThat(modelDirectory(configurations)).isEqualTo(v1.toString());
        assertThat(host.messages).anyMatch(m -> m.startsWith("Epoch 10 of 10"))
                .anyMatch(m -> m.contains("held-out F1") && m.contains("2 films were decoded"));
        Map<Path, FileTime> embeddings = embeddings();
        assertThat(embeddings).as("each film embedded once, whole").hasSize(2);

        label(context, second, 56, 59, false);
        host.messages.clear();
        awaitSuccess(train(context));

        Path v2 = models().resolve("kissing-reel-one-v2");
        assertThat(modelDirectory(configurations)).isEqualTo(v2.toString());
        assertThat(v1).as("the previous model is kept").isDirectory();
        assertThat(host.messages).anyMatch(m -> m.contains("Every film's embeddings were cached"));
        assertThat(embeddings()).as("no film decoded again").isEqualTo(embeddings);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(v2.resolve("metadata.json").toFile())
                .path("provenance").path("labels").path("count").asInt()).isEqualTo(6);

        host.undo();
        assertThat(modelDirectory(configurations)).as("undo goes back to the model before").isEqualTo(v1.toString());
    }

    @Test
    @Order(3)
    void aCancelledTrainingChangesNothing(@InjectBundleContext BundleContext context,
            @InjectService(timeout = 30_000) ConfigurationAdmin configurations) throws Exception {
        String model = modelDirectory(configurations);
        int steps = host.steps();
        List<Label> labels = host.allLabels();
        List<Path> before = modelFolders();

        JobHandle handle = train(context);
        handle.cancel();
        CompletableFuture<Void> done = handle.completion().toCompletableFuture();
        Throwable failure = done.handle((ok, e) -> e).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(failure).as("cancelled, not failed or done").isNotNull().matches(SdkHost::cancelled);
        assertThat(modelDirectory(configurations)).isEqualTo(model);
        assertThat(host.steps()).isEqualTo(steps);
        assertThat(host.allLabels()).isEqualTo(labels);
        assertThat(modelFolders()).isEqualTo(before);
    }

    private static JobHandle train(BundleContext context) throws Exception {
        Action action = action(context, "org.kissdetect.editor.train-from-labels");
        ActionContext whole = new ActionContext(host, host.media(), List.of());
        Services.eventually(PATIENCE, () -> java.util.Optional.of(action.enablement(whole)).filter(
                org.kissdetect.nle.sdk.action.Enablement::enabled));
        int before = host.scheduled.size();
        action.execute(whole);
        return Services.eventually(PATIENCE, () -> host.scheduled.stream().skip(before)
                .filter(handle -> handle.title().startsWith("Train detector from labels")).findFirst());
    }

    private static void awaitSuccess(JobHandle handle) throws Exception {
        handle.completion().toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static void label(BundleContext context, MediaItem item, double start, double end, boolean kissing)
            throws Exception {
        execute(context, kissing ? "org.kissdetect.editor.label-kissing" : "org.kissdetect.editor.label-not-kissing",
                new ActionContext(host, List.of(item), List.of(), new TimeRange(start, end), null));
    }

    private static ActionContext onMarker(Marker marker) {
        return new ActionContext(host, List.of(first), List.of(), null, marker);
    }

    private static void execute(BundleContext context, String id, ActionContext where) throws Exception {
        Action action = action(context, id);
        assertThat(action.enablement(where).enabled()).as(id + ": " + action.enablement(where).reason()).isTrue();
        action.execute(where);
    }

    private static Action action(BundleContext context, String id) throws Exception {
        return Services.eventually(PATIENCE, () -> {
            try {
                return context.getServiceReferences(Action.class, null).stream().map(context::getService)
                        .filter(action -> action.id().equals(id)).findFirst();
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String modelDirectory(ConfigurationAdmin configurations) throws Exception {
        Dictionary<String, Object> properties = configurations.getConfiguration(MODEL_PID, "?").getProperties();
        return properties == null ? null : (String) properties.get("modelDirectory");
    }

    private static Path models() {
        return folder.resolve("models");
    }

    private static List<Path> modelFolders() throws Exception {
        try (Stream<Path> entries = Files.list(models())) {
            return entries.sorted().toList();
        }
    }

    private static Map<Path, FileTime> embeddings() throws Exception {
        Map<Path, FileTime> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder.resolve("cache/embeddings/movies"))) {
            for (Path file : entries.toList()) {
                files.put(file.getFileName(), Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    /**
     * Configuration Admin delivers an update asynchronously: until the plugin's teaching settings carry this test's
     * models folder, a job would write its model into the user's own models folder (a fresh-clone CI run did).
     */
    private static void awaitTeachingSettings(BundleContext context, Path modelsFolder) throws Exception {
        String filter = "(&(objectClass=org.kissdetect.editor.internal.TeachingSettings)(modelsFolder="
                + filterValue(modelsFolder.toString()) + ")(epochs=10))";
        Services.eventually(Duration.ofMinutes(2), () -> {
            try {
                return Optional.ofNullable(context.getServiceReferences((String) null, filter));
            } catch (InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String filterValue(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    private static void update(ConfigurationAdmin configurations, String pid, Map<String, Object> values)
            throws Exception {
        Configuration configuration = configurations.getConfiguration(pid, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        values.forEach(properties::put);
        configuration.update(properties);
    }
}
