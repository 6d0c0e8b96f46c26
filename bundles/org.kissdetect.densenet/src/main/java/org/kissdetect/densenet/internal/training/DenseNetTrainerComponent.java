package org.kissdetect.densenet.internal.training;

import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.djl.PyTorch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import ai.djl.engine.Engine;

/**
 * Builds the Table 2 detectors ({@code densenet121}, {@code densenet121+audio}) to train, on the device of the
 * classification bundle's PID {@value DeviceSettings#PID}. Its service property {@value NetworkTrainer#VARIANTS} is
 * {@code densenet121} and {@code densenet121+audio}; it ranks below the 2D detectors' trainer. libtorch starts at
 * the first network.
 */
@Component(service = NetworkTrainer.class, immediate = true, configurationPid = DeviceSettings.PID,
        property = {NetworkTrainer.VARIANTS + "=densenet121", NetworkTrainer.VARIANTS + "=densenet121+audio",
            "service.ranking:Integer=0"})
public final class DenseNetTrainerComponent implements NetworkTrainer {

    /**
     * Where networks are built.
     *
     * @param device  {@code auto} (the GPU when libtorch sees one), {@code cpu} or {@code gpu} (refused without one)
     * @param threads libtorch threads on the CPU
     */
    record Settings(String device, int threads) {

        boolean gpu() {
            return !device.equals("cpu");
        }

        /** @throws IllegalStateException when a GPU is demanded and libtorch sees none */
        void checkDevice() {
            if (device.equals("gpu")) {
                PyTorch.start();
                Engine engine = Engine.getEngine(PyTorch.ENGINE);
                if (engine.getGpuCount() == 0) {
                    throw new IllegalStateException("device gpu was asked for (" + DeviceSettings.PID
                            + " device=gpu), but libtorch " + engine.getVersion() + " sees no GPU (a CPU build, or"
                            + " no CUDA device; see README, 'GPU')");
                }
            }
        }
    }

    private volatile Settings settings;

    @Activate
    public DenseNetTrainerComponent(DeviceSettings configuration) {
        settings = settings(configuration);
    }

    /** A new configuration applies to the networks built after it. */
    @Modified
    void modified(DeviceSettings configuration) {
        settings = settings(configuration);
    }

    static Settings settings(DeviceSettings configuration) {
        String device = configuration.device();
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("invalid configuration " + DeviceSettings.PID
                    + ": device must be auto, cpu or gpu, got " + device);
        }
        if (configuration.threads() < 0) {
            throw new IllegalArgumentException("invalid configuration " + DeviceSettings.PID
                    + ": threads must be 0 (all cores) or positive, got " + configuration.threads());
        }
        return new Settings(device,
                configuration.threads() > 0 ? configuration.threads() : Runtime.getRuntime().availableProcessors());
    }

    @Override
    public TrainableNetwork create(NetworkSetup setup) throws ModelException {
        if (setup == null) {
            throw new IllegalArgumentException("no network setup given (null)");
        }
        if (!setup.usesDenseNet()) {
            throw new IllegalArgumentException("the " + setup.variant() + " variant is built by another trainer, not"
                    + " by the DenseNet-121 bundle's");
        }
        Settings current = settings;
        current.checkDevice();
        return DenseNetNetworkBuilder.create(setup, current.gpu(), current.threads());
    }

    @Override
    public TrainableNetwork resume(Path checkpoint) throws ModelException {
        if (checkpoint == null) {
            throw new IllegalArgumentException("no checkpoint given (null)");
        }
        Settings current = settings;
        current.checkDevice();
        return DenseNetNetworkBuilder.resume(checkpoint, current.gpu(), current.threads());
    }
}
