package org.kissdetect.classify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.ModelDirectory;
import org.kissdetect.common.text.Sha256;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Opens detector model directories (PID {@value #PID} says how they run). A directory is verified and loaded
 * once, then shared by every caller; a directory whose {@code metadata.json} changed (a new model) is loaded
 * anew. libtorch starts at the first {@link #open}, never before: commands that classify nothing stay fast.
 * Immediate, so that a bad configuration fails at once.
 */
@Component(service = ClassifierFactory.class, configurationPid = {DeviceConfiguration.PID, ClassifierFactoryComponent.PID}, immediate = true)
public final class ClassifierFactoryComponent implements ClassifierFactory {

    static final String PID = "org.kissdetect.classify.factory";

    private final RuntimeSettings settings;
    private final Map<String, DetectorClassifier> opened = new HashMap<>();
    private final List<DetectorClassifier> loaded = new ArrayList<>();
    private boolean deactivated;

    @Activate
    public ClassifierFactoryComponent(DeviceConfiguration device, ClassifierFactoryConfiguration configuration) {
        settings = RuntimeSettings.of(device, PID, configuration.batchSize());
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
        DetectorClassifier classifier = key == null ? null : opened.get(key);
        if (classifier == null) {
            classifier = new DetectorClassifier(DetectorLoader.load(modelDirectory, settings.device()), settings);
            loaded.add(classifier);
            if (key != null) {
                opened.put(key, classifier);
            }
        }
        return classifier;
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
        loaded.forEach(DetectorClassifier::close);
        loaded.clear();
        opened.clear();
    }
}
