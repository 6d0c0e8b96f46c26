package org.kissdetect.classify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.kissdetect.classify.internal.model.ModelDirectory;
import org.kissdetect.classify.spi.ModelKind;
import org.kissdetect.classify.spi.ModelRuntime;
import org.kissdetect.common.text.Sha256;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.configurator.annotations.RequireConfigurator;

/**
 * Opens model directories (PID {@value #PID} says how they run): the paper's detectors, and the kinds other bundles
 * contribute as {@link ModelKind} services, chosen by the {@code "kind"} of the directory's {@code metadata.json}.
 * A directory is verified and loaded once, then shared by every caller while it is among the {@code loadedModels}
 * most recently opened, whatever its kind; a directory whose {@code metadata.json} changed (a new model) is loaded
 * anew. libtorch starts at the first {@link #open}, never before: commands that classify nothing stay fast.
 * Immediate, so that a bad configuration fails at once.
 */
@RequireConfigurator
@Component(service = ClassifierFactory.class, configurationPid = {DeviceConfiguration.PID, ClassifierFactoryComponent.PID}, immediate = true)
public final class ClassifierFactoryComponent implements ClassifierFactory {

    static final String PID = "org.kissdetect.classify.factory";

    private volatile RuntimeSettings settings;
    private final LoadedModels loaded;
    private final InstalledKinds kinds = new InstalledKinds();
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

    @Reference(service = ModelKind.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeKind")
    void addKind(ModelKind kind) {
        kinds.add(kind);
    }

    /** A kind going away takes its models with it, each freed once the detections using it close their handles. */
    void removeKind(ModelKind kind) {
        String name = kinds.remove(kind);
        if (name != null) {
            synchronized (this) {
                loaded.evictKind(name);
            }
        }
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
        Optional<ModelKind> kind = kinds.of(modelDirectory);
        if (kind.isEmpty()) {
            return loaded.keep(key, null,
                    new DetectorClassifier(DetectorLoader.load(modelDirectory, current.device()), current));
        }
        ModelRuntime runtime = new ModelRuntime(DetectorLoader.onGpu(modelDirectory, current.device()),
                current.threads(), current.batchSize());
        return loaded.keep(key, kind.get().kind(), kind.get().load(modelDirectory, runtime));
    }

    /**
     * From the metadata alone: {@code DetectionService.cached} asks this to re-segment saved scores, and loading the
     * model (hashing 333 MB, starting libtorch) for that was the editor's slowest path. The device is the configured
     * choice, not a started one.
     */
    @Override
    public ModelDescriptor describe(Path modelDirectory) throws ModelException {
        String device = settings.device().toString().toLowerCase(Locale.ROOT);
        Optional<ModelKind> kind = kinds.of(modelDirectory);
        if (kind.isPresent()) {
            return kind.get().describe(modelDirectory, device);
        }
        ModelDirectory.Described described = ModelDirectory.describe(modelDirectory);
        return new ModelDescriptor(described.metadata().id(), described.metadata().version(),
                described.variant().id(), device);
    }

    /** The paper's detectors take no clip, as their metadata says; another kind is asked once loaded. */
    @Override
    public Optional<ClipPreprocessing> clipInput(Path modelDirectory) throws ModelException {
        if (kinds.of(modelDirectory).isPresent()) {
            return ClassifierFactory.super.clipInput(modelDirectory);
        }
        ModelDirectory.describe(modelDirectory);
        return Optional.empty();
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
