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

/**
 * Builds networks to train, on the device of PID {@value DeviceConfiguration#PID}. libtorch starts at the first network, never
 * at activation. Immediate, so that a bad configuration fails at once.
 */
@Component(service = NetworkTrainer.class, configurationPid = DeviceConfiguration.PID, immediate = true)
public final class NetworkTrainerComponent implements NetworkTrainer {

    private final DeviceChoice device;
    private final int threads;

    @Activate
    public NetworkTrainerComponent(DeviceConfiguration configuration) {
        try {
            device = DeviceChoice.parse(configuration.device());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid configuration " + DeviceConfiguration.PID + ": " + e.getMessage(), e);
        }
        if (configuration.threads() < 0) {
            throw new IllegalArgumentException("invalid configuration " + DeviceConfiguration.PID + ": threads must be 0 (all cores) or"
                    + " positive, got " + configuration.threads());
        }
        threads = configuration.threads() > 0 ? configuration.threads() : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public TrainableNetwork create(NetworkSetup setup) throws ModelException {
        if (setup == null) {
            throw new IllegalArgumentException("no network setup given (null)");
        }
        return NetworkBuilder.create(setup, device, threads);
    }

    @Override
    public TrainableNetwork resume(Path checkpoint) throws ModelException {
        if (checkpoint == null) {
            throw new IllegalArgumentException("no checkpoint given (null)");
        }
        return NetworkBuilder.resume(checkpoint, device, threads);
    }
}
