package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.event.MediaImportListener;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.testing.ColourCodedMovies;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The plugin in Felix, with these tests as its host: each test gets a fresh project and jobs service, and leaves
 * the plugin's preferences at their defaults.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
abstract class PluginHost {

    static final String DETECT = "org.kissdetect.editor.detect";


    static final String PID = "org.kissdetect.editor";
    static final String MARKERS_PID = "org.kissdetect.editor.markers";
    static final String MODEL_PID = "org.kissdetect.editor.model";
    static final String TEACHING_PID = "org.kissdetect.editor.teaching";
    /** The segmenter owns the scenes settings; the plugin's Scenes page edits its PID. */
    static final String SCENES_PID = "org.kissdetect.segment";
    private static final String PREFERENCES = "org.kissdetect.editor.internal.EditorPreferences";
    private static final String SEGMENTER = "org.kissdetect.segment.internal.SegmenterComponent";
    /**
     * How long a wait may take. The first detection of a run on a fresh machine also unpacks libtorch and FFmpeg,
     * builds the demo model and hashes it (one fresh-clone run took over a minute); waits end as soon as their
     * condition holds, so a passing run is not slowed.
     */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    static Path folder;
    static Path movie;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    @InjectService
    ServiceComponentRuntime scr;

    final HostProject project = new HostProject();
    final HostJobs jobs = new HostJobs();
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
        for (String pid : List.of(PID, MARKERS_PID, MODEL_PID)) {
            configurationAdmin.getConfiguration(pid, "?").delete();
        }
        // Configuration events are asynchronous: the next test starts once the preferences are the defaults again.
        awaitPreferences(c -> c.state == ComponentConfigurationDTO.ACTIVE && !c.properties.containsKey("service.pid"));
    }

    MediaItem importMovie() {
        MediaItem item = project.add(movie);
        MediaImportEvent event = new MediaImportEvent(project, List.of(item));
        try {
            for (ServiceReference<MediaImportListener> reference : context.getServiceReferences(MediaImportListener.class, null)) {
                context.getService(reference).imported(event);
                context.ungetService(reference);
            }
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        return item;
    }

    /** @return the plugin's "Detect kissing scenes" action, once it is registered */
    Action action() throws InterruptedException {
        return context.getService(actionReference(DETECT));
    }

    /** @return the registration of the plugin's action of that id, once it is registered */
    ServiceReference<Action> actionReference(String id) throws InterruptedException {
        return Services.eventually(PATIENCE, () -> {
            try {
                for (ServiceReference<Action> reference : context.getServiceReferences(Action.class, null)) {
                    Action action = context.getService(reference);
                    try {
                        if (action != null && action.id().equals(id)) {
                            return Optional.of(reference);
                        }
                    } finally {
                        context.ungetService(reference);
                    }
                }
                return Optional.empty();
            } catch (InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
        });
    }

    List<Marker> awaitMarkers(MediaItem item, int count) throws InterruptedException {
        return Services.eventually(PATIENCE, () -> {
            assertThat(jobs.failures).as("failed jobs").isEmpty();
            List<Marker> markers = project.markers(item.id());
            return markers.size() == count ? Optional.of(markers) : Optional.empty();
        });
    }

    /** Changes one preference of the Detection page. */
    void configure(String attribute, Object value) throws Exception {
        configure(PID, attribute, value);
    }

    /**
     * Changes one preference, as a host's preferences dialog does, and waits until the component that owns the
     * page's PID has seen it (the plugin's preferences; for the scenes page, the segmenter).
     */
    void configure(String pid, String attribute, Object value) throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> properties = configuration.getProperties() == null ? new Hashtable<>()
                : configuration.getProperties();
        properties.put(attribute, value);
        configuration.update(properties);
        awaitComponent(SCENES_PID.equals(pid) ? SEGMENTER : PREFERENCES, c -> value.equals(c.properties.get(attribute))
                && (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION));
    }

    void awaitPreferences(Predicate<ComponentConfigurationDTO> condition) throws InterruptedException {
        awaitComponent(PREFERENCES, condition);
    }

    private void awaitComponent(String name, Predicate<ComponentConfigurationDTO> condition) throws InterruptedException {
        Services.eventually(PATIENCE, () -> scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals(name))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream()).filter(condition).findFirst());
    }
}
