package org.kissdetect.reference.editor.internal;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import javax.swing.SwingUtilities;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.MetaTypeService;

/**
 * Opens the editor's window once the host services are up, and opens or imports the files named on the command
 * line. Where the framework property {@value #MAIN} is {@code true} (the editor runtime, features/editor.bndrun)
 * it hands bnd's launcher a {@code main.thread} that returns 0 when the window closes; elsewhere closing the
 * window stops the framework.
 */
@Component(immediate = true)
public final class EditorLauncher {

    static final String MAIN = "kissdetect.editor";

    @Reference
    ProjectModel project;
    @Reference
    JobRunner jobs;
    @Reference
    ContributedActions actions;
    @Reference
    ContributedInspectors inspectors;
    @Reference
    ImportNotifier notifier;
    @Reference
    MetaTypeService metaType;
    @Reference
    ConfigurationAdmin configurationAdmin;
    @Reference
    ServiceComponentRuntime scr;

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thumbnails thumbnails = new Thumbnails();
    private final MediaTimecodes timecodes = new MediaTimecodes();
    private Viewer viewer;
    private InspectorPanel inspector;
    private EditorWindow window;
    private JobBar status;
    private Runnable refresh;
    private ServiceRegistration<?> mainThread;

    @Activate
    void activate(BundleContext context) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the reference editor needs a display: set DISPLAY, or run it under xvfb-run");
        }
        boolean main = Boolean.parseBoolean(context.getProperty(MAIN));
        EditorCommands commands = open(context, main);
        commands.open(arguments(context));
        if (main) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            mainThread = context.registerService(Callable.class, new MainThread(), properties);
        }
    }

    private EditorCommands open(BundleContext context, boolean main) throws Exception {
        status = new JobBar();
        EditorCommands commands = new EditorCommands(project, jobs, notifier, status);
        SwingUtilities.invokeAndWait(() -> {
            ActionMenus menus = new ActionMenus(actions, message -> status.message(message, Color.RED.darker()));
            Playhead playhead = new Playhead();
            TimelinesPanel timelines = new TimelinesPanel(project, thumbnails, menus, playhead);
            viewer = new Viewer(project, playhead, timecodes, status::message);
            inspector = new InspectorPanel(project, playhead, inspectors);
            window = new EditorWindow(project, commands, new MediaBin(project, menus), timelines, status,
                    () -> preferences(context), () -> closeUnlessKept(context, main, commands), viewer,
                    new MarkerListPanel(project, viewer, playhead, timecodes, timelines::reveal, status::message),
                    inspector);
            window.getJMenuBar().add(new ProjectMenu(project, menus));
            commands.attach(window);
            window.refresh();
            window.setVisible(true);
        });
        jobs.addListener(status);
        refresh = () -> SwingUtilities.invokeLater(window::refresh);
        project.addListener(refresh);
        return commands;
    }

    private void preferences(BundleContext context) {
        try {
            new PreferencesDialog(window, PreferencePages.find(context, metaType), configurationAdmin, scr).setVisible(true);
        } catch (IOException e) {
            status.message("Cannot read the preferences: " + e.getMessage(), Color.RED.darker());
        }
    }

    /** Closes the editor, unless the user keeps a modified project open (or its save fails). */
    private void closeUnlessKept(BundleContext context, boolean main, EditorCommands commands) {
        if (UnsavedChangesGuard.of(window, project, commands).mayClose()) {
            viewer.close();
            close(context, main);
        }
    }

    private void close(BundleContext context, boolean main) {
        closed.countDown();
        if (!main) {
            new Thread(() -> {
                try {
                    context.getBundle(0).stop();
                } catch (BundleException e) {
                    status.message("Cannot stop: " + e.getMessage(), Color.RED.darker());
                }
            }, "editor-quit").start();
        }
    }

    /**
     * The command line, as bnd's launcher publishes it. Read once rather than referenced: the launcher changes the
     * service's properties when it calls the main thread, which would restart a component holding a static reference.
     */
    private static List<Path> arguments(BundleContext context) throws InvalidSyntaxException {
        for (ServiceReference<?> launcher : context.getServiceReferences((String) null, "(launcher.arguments=*)")) {
            if (launcher.getProperty("launcher.arguments") instanceof String[] args) {
                return Stream.of(args).map(Path::of).toList();
            }
        }
        return List.of();
    }

    @Deactivate
    void deactivate() {
        if (mainThread != null) {
            mainThread.unregister();
        }
        project.removeListener(refresh);
        jobs.removeListener(status);
        thumbnails.close();
        timecodes.close();
        closed.countDown();
        SwingUtilities.invokeLater(() -> {
            viewer.close();
            inspector.close();
            window.dispose();
        });
    }

    /** A named class: bnd's launcher checks by reflection that {@code call()} returns an Integer. */
    final class MainThread implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            closed.await();
            return 0;
        }
    }
}
