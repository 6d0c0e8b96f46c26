package org.kissdetect.testing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.osgi.service.component.annotations.Component;

/**
 * A test double of the demo model for runtimes with {@link ColourDetectionService}, which ignores the model's
 * content: {@link #ensure} only makes the folder. Training is not something this double can do.
 */
@Component(service = DemoModel.class)
public final class ColourDemoModel implements DemoModel {

    @Override
    public Path defaultDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "kissdetect-colour-demo-model");
    }

    @Override
    public String notice() {
        return "TEST DOUBLE: the colour detection ignores the model";
    }

    @Override
    public Path ensure(Path directory, TrainingListener listener, Cancellation cancellation) throws IOException {
        return Files.createDirectories(directory);
    }

    @Override
    public Path syntheticAnnotations(TrainingListener listener) {
        throw new UnsupportedOperationException("the colour test double has no synthetic set");
    }

    @Override
    public TrainingReport retrain(Path directory, TrainingListener listener, Cancellation cancellation) {
        throw new UnsupportedOperationException("the colour test double cannot train");
    }
}
