package org.kissdetect.classify.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.model.DetectorLoader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One configured detector as a {@link Classifier} service (PID {@value #PID}, required). Activation verifies and
 * loads the model directory: a missing, broken or tampered model keeps the component from activating, and SCR
 * logs which file is at fault and why.
 */
// With the REQUIRE policy SCR waits for a configuration of every PID named: the device owner's is always there, shipped
// as Configurator JSON by this bundle (which requires the Configurator), so device and threads come from their owner.
@Component(service = Classifier.class, configurationPid = {DeviceConfiguration.PID, ClassifierComponent.PID},
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
public final class ClassifierComponent implements Classifier {

    static final String PID = "org.kissdetect.classify";

    private final DetectorClassifier classifier;

    @Activate
    public ClassifierComponent(DeviceConfiguration device, ClassifierConfiguration configuration) {
        RuntimeSettings settings = RuntimeSettings.of(device, PID, configuration.batchSize());
        Path directory = modelDirectory(configuration.modelDirectory());
        try {
            classifier = new DetectorClassifier(DetectorLoader.load(directory, settings.device()), settings);
        } catch (ModelException e) {
            throw new IllegalStateException("configuration " + PID + ": " + e.getMessage(), e);
        }
    }

    private static Path modelDirectory(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": modelDirectory is empty");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": modelDirectory '" + text
                    + "' is not a path: " + e.getReason(), e);
        }
    }

    @Override
    public ModelDescriptor model() {
        return classifier.model();
    }

    @Override
    public int batchSize() {
        return classifier.batchSize();
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        return classifier.kissingProbabilities(batch);
    }

    @Override
    public Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        return classifier.saliency(input);
    }

    @Deactivate
    void deactivate() {
        classifier.close();
    }
}
