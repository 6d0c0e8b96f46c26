package org.kissdetect.classify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.ModelDirectory;
import org.kissdetect.common.text.Sha256;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.configurator.annotations.RequireConfigurator;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;

/**
 * Opens detector model directories (PID {@value #PID} says how they run). A directory is verified and loaded
 * once, then shared by every caller while it is among the {@code loadedModels} most recently opened; a directory
 * whose {@code metadata.json} changed (a new model) is loaded anew. libtorch starts at the first {@link #open}, never before: commands that classify nothing stay fast.
 * Immediate, so that a bad configuration fails at once.
 */
@RequireConfigurator
@Component(service = ClassifierFactory.class, configurationPid = {DeviceConfiguration.PID, ClassifierFactoryComponent.PID}, immediate = true)
public final class ClassifierFactoryComponent implements ClassifierFactory {

    static final String PID = "org.kissdetect.classify.factory";

    private volatile RuntimeSettings settings;
    private final LoadedModels loaded;
    private boolean deactivated;

    @Activate
    public ClassifierFactoryComponent(DeviceConfiguration device, ClassifierFactoryConfiguration configuration) {
        settings = RuntimeSettings.of(device, PID, configuration.batchSize());
        loaded = new LoadedModels(keptModels(configuration));
    }

    /**
     * A new configuration (the shipped defaults arriving after activation, or a user's change) changes the factory in
     * place: the models loaded with other settings are let go (freed when their last handle closes) and the next
     * {@link #open} loads with the new ones, while detections still running finish with theirs.
     */
    @Modified
    synchronized void modified(DeviceConfiguration device, ClassifierFactoryConfiguration configuration) {
        RuntimeSettings changed = RuntimeSettings.of(device, PID, configuration.batchSize());
        int kept = keptModels(configuration);
        if (!changed.equals(settings)) {
            settings = changed;
            loaded.resize(0);
        }
        loaded.resize(kept);
    }

    private static int keptModels(ClassifierFactoryConfiguration configuration) {
        if (configuration.loadedModels() < 1 || configuration.loadedModels() > 16) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": loadedModels must be 1 to 16, got "
                    + configuration.loadedModels());
        }
        return configuration.loadedModels();
    }

    @Override
    public synchronized Classifier open(Path modelDirectory) throws ModelException {
        if (modelDirectory == null) {
            throw new IllegalArgumentException("no model directory given (null)");
        }
        if (deactivated) {
            throw new IllegalStateException("the classifier factory is shutting down");
        }
        String key = identity(modelDirectory);
        ClassifierHandle kept = loaded.open(key);
        if (kept != null) {
            return kept;
        }
        RuntimeSettings current = settings;
        return loaded.keep(key, new DetectorClassifier(DetectorLoader.load(modelDirectory, current.device()), current));
    }

    /**
     * From the metadata alone: {@code DetectionService.cached} asks this to re-segment saved scores, and loading the
     * model (hashing 333 MB, starting libtorch) for that was the editor's slowest path. The device is the configured
     * choice, not a started one.
     */
    @Override
    public ModelDescriptor describe(Path modelDirectory) throws ModelException {
        ModelDirectory.Described described = ModelDirectory.describe(modelDirectory);
        return new ModelDescriptor(described.metadata().id(), described.metadata().version(),
                described.variant().id(), settings.device().toString().toLowerCase(Locale.ROOT));
    }

    /** @return how many models are kept loaded now */
    synchronized int keptModels() {
        return loaded.size();
    }

    /** The directory's real path and the hash of its metadata (which pins every file), or null when unreadable. */
    private static String identity(Path modelDirectory) {
        try {
            Path real = modelDirectory.toRealPath();
            return real + "#" + Sha256.hex(Files.readAllBytes(real.resolve(ModelDirectory.METADATA)));
        } catch (IOException e) {
            return null;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        deactivated = true;
        loaded.closeAll();
    }
}
