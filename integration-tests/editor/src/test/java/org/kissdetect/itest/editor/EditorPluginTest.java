package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.event.MediaImportListener;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.preferences.PreferencePage;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.testing.ColourCodedMovies;
import org.kissdetect.testing.DetectionCalls;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The plugin in Felix, with these tests as its host. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class EditorPluginTest {

    private static final String PID = "org.kissdetect.editor";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path folder;
    static Path movie;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    @InjectService
    ServiceComponentRuntime scr;

    private final HostProject project = new HostProject();
    private final HostJobs jobs = new HostJobs();
    private ServiceRegistration<Jobs> jobsRegistration;
    private ServiceRegistration<Project> projectRegistration;

    @BeforeAll
    static void aMovieWithTwoScenes() throws Exception {
        movie = ColourCodedMovies.twoScenes(folder.resolve("two scenes.mp4"));
    }

    @BeforeEach
    void playTheHost() {
        jobsRegistration = context.registerService(Jobs.class, jobs, null);
        projectRegistration = context.registerService(Project.class, project, null);
    }

    @AfterEach
    void closeTheProjectAndRestoreTheDefaults() throws Exception {
        projectRegistration.unregister();
        jobsRegistration.unregister();
        jobs.close();
        configurationAdmin.getConfiguration(PID, "?").delete();
        // Configuration events are asynchronous: the next test starts once the preferences are the defaults again.
        awaitPreferences(c -> c.state == ComponentConfigurationDTO.ACTIVE && !c.properties.containsKey("service.pid"));
    }

    @Test
    void thePluginsContributionsAreDiscovered(@InjectService MetaTypeService metaType) throws Exception {
        Action action = action();
        ServiceReference<Action> reference = context.getServiceReferences(Action.class, "(nle.menu=clip)").iterator().next();
        assertThat((String[]) reference.getProperty("nle.menu")).containsExactlyInAnyOrder("media", "clip");
        assertThat(action.id()).isEqualTo("org.kissdetect.editor.detect");
        assertThat(action.label()).isEqualTo("Detect kissing scenes");

        ServiceReference<MediaImportListener> listener = context.getServiceReference(MediaImportListener.class);
        assertThat(listener.getBundle().getSymbolicName()).isEqualTo("org.kissdetect.editor");

        ServiceReference<PreferencePage> pageReference = context.getServiceReference(PreferencePage.class);
        PreferencePage page = context.getService(pageReference);
        assertThat(page.pid()).isEqualTo(PID);
        ObjectClassDefinition form = metaType.getMetaTypeInformation(pageReference.getBundle())
                .getObjectClassDefinition(page.pid(), null);
        assertThat(form.getAttributeDefinitions(ObjectClassDefinition.ALL)).extracting(AttributeDefinition::getID)
                .containsExactlyInAnyOrder("minSeconds", "minFraction", "threshold", "autoDetect", "markerName",
                        "markerColour", "modelDirectory");
        AttributeDefinition colour = Arrays.stream(form.getAttributeDefinitions(ObjectClassDefinition.ALL))
                .filter(ad -> ad.getID().equals("markerColour")).findFirst().orElseThrow();
        assertThat(colour.getOptionValues()).containsExactly("red", "orange", "yellow", "green", "cyan", "blue",
                "purple", "pink", "white");
    }

    @Test
    void anImportProducesMarkers() throws Exception {
        MediaItem item = importMovie();

        List<Marker> markers = awaitMarkers(item, 2);

        assertThat(markers).extracting(Marker::name, Marker::range, Marker::owner, Marker::colour).containsExactly(
                tuple("Kiss 1", new TimeRange(3, 13), PID, "#e53935"),
                tuple("Kiss 2", new TimeRange(23, 35), PID, "#e53935"));
        assertThat(project.edits).hasSize(1);
        assertThat(jobs.titles).containsExactly("Detect kissing scenes in two scenes.mp4");
    }

    @Test
    void theContextMenuActionDetectsInAHostJob() throws Exception {
        configure("autoDetect", false);
        MediaItem item = project.add(movie);
        Action action = action();

        ActionContext onTheClip = new ActionContext(project, List.of(item), project.timelines().get(0).clips());
        Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheClip)).filter(Enablement::enabled));
        action.execute(onTheClip);

        assertThat(awaitMarkers(item, 2)).extracting(m -> m.range().start()).containsExactly(3.0, 23.0);
    }

    @Test
    void aConfigurationChangeUpdatesTheMarkersWithoutAModelRun(@InjectService DetectionCalls calls) throws Exception {
        MediaItem item = importMovie();
        awaitMarkers(item, 2);
        int modelRuns = calls.detectCalls();
        int cachedReads = calls.cachedCalls();

        configure("minSeconds", 11);

        List<Marker> markers = awaitMarkers(item, 1);
        assertThat(markers).extracting(Marker::name, Marker::range).containsExactly(tuple("Kiss 1", new TimeRange(23, 35)));
        assertThat(calls.detectCalls()).as("model runs").isEqualTo(modelRuns);
        assertThat(calls.cachedCalls()).as("cached scores read").isGreaterThan(cachedReads);
        assertThat(project.edits).hasSize(2).last().extracting(e -> e.label()).isEqualTo("Update kissing markers");
    }

    @Test
    void stoppingTheDetectionBundleDisablesTheActionAndStartingItEnablesIt() throws Exception {
        Action action = action();
        ActionContext onTheMovie = new ActionContext(project, List.of(project.add(movie)), List.of());
        assertThat(action.enablement(onTheMovie).enabled()).isTrue();
        Bundle detection = context.getServiceReference(DetectionService.class).getBundle();

        detection.stop();
        try {
            Enablement disabled = Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie))
                    .filter(e -> !e.enabled()));
            assertThat(disabled.reason()).contains("detection service is not running");
            assertThat(action()).as("the action stays offered, disabled").isSameAs(action);
        } finally {
            detection.start();
        }
        Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie)).filter(Enablement::enabled));
    }

    @Test
    void invalidPreferencesDisableTheActionWithAReason() throws Exception {
        Action action = action();
        ActionContext onTheMovie = new ActionContext(project, List.of(project.add(movie)), List.of());

        configure("markerColour", "mauve");

        Enablement disabled = Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie))
                .filter(e -> !e.enabled()));
        assertThat(disabled.reason()).contains("preferences are invalid");
    }

    @Test
    void cancellingTheHostJobWritesNothing() throws Exception {
        Configuration pace = configurationAdmin.getConfiguration("org.kissdetect.testing.detect", "?");
        pace.update(new Hashtable<>(Map.of("millisPerSecond", 100)));
        try {
            Services.eventually(PATIENCE, () -> Optional.ofNullable(context.getServiceReference(DetectionService.class))
                    .filter(reference -> Integer.valueOf(100).equals(reference.getProperty("millisPerSecond"))));
            Action action = action();
            MediaItem item = project.add(movie);
            ActionContext onTheMovie = new ActionContext(project, List.of(item), List.of());
            Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie)).filter(Enablement::enabled));

            action.execute(onTheMovie);
            HostJobs.Handle job = Services.eventually(PATIENCE, () -> jobs.handles.stream()
                    .filter(handle -> handle.fraction().get() > 0).findFirst());
            job.cancel();

            assertThatThrownBy(() -> job.done().get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(JobCancelledException.class);
            assertThat(job.fraction().get()).as("cancelled midway").isLessThan(1.0);
            assertThat(project.markers(item.id())).isEmpty();
            assertThat(project.edits).isEmpty();
            assertThat(action.enablement(onTheMovie).enabled()).as("the movie can be detected again").isTrue();
        } finally {
            pace.delete();
        }
    }

    private MediaItem importMovie() {
        MediaItem item = project.add(movie);
        MediaImportEvent event = new MediaImportEvent(project, List.of(item));
        try {
            for (ServiceReference<MediaImportListener> reference : context.getServiceReferences(MediaImportListener.class, null)) {
                context.getService(reference).imported(event);
                context.ungetService(reference);
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        return item;
    }

    private Action action() throws InterruptedException {
        return Services.eventually(PATIENCE, () -> Optional.ofNullable(context.getServiceReference(Action.class))
                .map(context::getService));
    }

    private List<Marker> awaitMarkers(MediaItem item, int count) throws InterruptedException {
        return Services.eventually(PATIENCE, () -> {
            assertThat(jobs.failures).as("failed jobs").isEmpty();
            List<Marker> markers = project.markers(item.id());
            return markers.size() == count ? Optional.of(markers) : Optional.empty();
        });
    }

    /** Changes one preference, as a host's preferences dialog does, and waits until the plugin has seen it. */
    private void configure(String attribute, Object value) throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration(PID, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        properties.put(attribute, value);
        configuration.update(properties);
        awaitPreferences(c -> value.equals(c.properties.get(attribute)) && (c.state == ComponentConfigurationDTO.ACTIVE
                || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION));
    }

    private void awaitPreferences(Predicate<ComponentConfigurationDTO> condition) throws InterruptedException {
        Services.eventually(PATIENCE, () -> scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("org.kissdetect.editor.internal.EditorPreferences"))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream()).filter(condition).findFirst());
    }
}
