package org.kissdetect.classify.internal;

import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.classify.internal.model.DeviceChoice;
import org.kissdetect.classify.internal.training.NetworkBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Builds networks to train, on the device of PID {@value DeviceConfiguration#PID}. libtorch starts at the first network, never
 * at activation. Immediate, so that a bad configuration fails at once.
 */
@Component(service = NetworkTrainer.class, configurationPid = DeviceConfiguration.PID, immediate = true,
        property = {NetworkTrainer.VARIANTS + "=both", NetworkTrainer.VARIANTS + "=image",
            NetworkTrainer.VARIANTS + "=audio", "service.ranking:Integer=100"})
public final class NetworkTrainerComponent implements NetworkTrainer {

    private volatile Settings settings;

    private record Settings(DeviceChoice device, int threads) {
    }

    @Activate
    public NetworkTrainerComponent(DeviceConfiguration configuration) {
        settings = settings(configuration);
    }

    /** A new device configuration applies to the networks built after it; networks in training keep theirs. */
    @Modified
    void modified(DeviceConfiguration configuration) {
        settings = settings(configuration);
    }

    private static Settings settings(DeviceConfiguration configuration) {
        DeviceChoice device;
        try {
            device = DeviceChoice.parse(configuration.device());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid configuration " + DeviceConfiguration.PID + ": " + e.getMessage(), e);
        }
        if (configuration.threads() < 0) {
            throw new IllegalArgumentException("invalid configuration " + DeviceConfiguration.PID + ": threads must be 0 (all cores) or"
                    + " positive, got " + configuration.threads());
        }
        return new Settings(device,
                configuration.threads() > 0 ? configuration.threads() : Runtime.getRuntime().availableProcessors());
    }

    @Override
    public TrainableNetwork create(NetworkSetup setup) throws ModelException {
        if (setup == null) {
            throw new IllegalArgumentException("no network setup given (null)");
        }
        if (setup.usesClip()) {
            throw new IllegalArgumentException("the " + setup.variant() + " variant is a 3D ResNet-34, built by the"
                    + " 3D ResNet-34 bundle, not by the 2D detectors' trainer");
        }
        Settings current = settings;
        return NetworkBuilder.create(setup, current.device(), current.threads());
    }

    @Override
    public TrainableNetwork resume(Path checkpoint) throws ModelException {
        if (checkpoint == null) {
            throw new IllegalArgumentException("no checkpoint given (null)");
        }
        Settings current = settings;
        return NetworkBuilder.resume(checkpoint, current.device(), current.threads());
    }
}
