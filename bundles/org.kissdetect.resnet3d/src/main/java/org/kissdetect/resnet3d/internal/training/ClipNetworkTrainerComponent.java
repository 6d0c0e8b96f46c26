package org.kissdetect.resnet3d.internal.training;

import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.resnet3d.internal.inference.R3d34Loader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Builds the paper's 3D variants ({@code clip}, {@code clip+audio}) to train, at the clip size of PID {@value ClipTrainingConfiguration#PID}
 * and on the device of the classification bundle's PID {@value ClipTrainingConfiguration#DEVICE_PID}. Its
 * service property {@value NetworkTrainer#VARIANTS} is {@code clip} and {@code clip+audio}; it ranks below the 2D
 * detectors' trainer.
 * libtorch starts at the first network.
 */
@Component(service = NetworkTrainer.class, immediate = true,
        configurationPid = {ClipTrainingConfiguration.DEVICE_PID, ClipTrainingConfiguration.PID},
        property = {NetworkTrainer.VARIANTS + "=clip", NetworkTrainer.VARIANTS + "=clip+audio",
            "service.ranking:Integer=0"})
public final class ClipNetworkTrainerComponent implements NetworkTrainer {

    private volatile Settings settings;

    /**
     * What networks are built with.
     *
     * @param frames  frames per clip
     * @param side    the side of their frames
     * @param device  {@code auto} (the GPU when libtorch sees one), {@code cpu} or {@code gpu} (refused without one)
     * @param threads libtorch threads on the CPU
     */
    record Settings(int frames, int side, String device, int threads) {

        boolean gpu() {
            return !device.equals("cpu");
        }

        /** @throws IllegalStateException when a GPU is demanded and libtorch sees none */
        void checkDevice() {
            if (device.equals("gpu")) {
                R3d34Loader.requireGpu(ClipTrainingConfiguration.DEVICE_PID + " device=gpu");
            }
        }
    }

    @Activate
    public ClipNetworkTrainerComponent(ClipTrainingConfiguration configuration) {
        settings = settings(configuration);
    }

    /** A new configuration applies to the networks built after it. */
    @Modified
    void modified(ClipTrainingConfiguration configuration) {
        settings = settings(configuration);
    }

    static Settings settings(ClipTrainingConfiguration configuration) {
        if (configuration.clipFrames() < 1 || configuration.clipSide() < 1) {
            throw new IllegalArgumentException("invalid configuration " + ClipTrainingConfiguration.PID
                    + ": clipFrames and clipSide must be positive, got " + configuration.clipFrames() + " and "
                    + configuration.clipSide());
        }
        String device = configuration.device();
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("invalid configuration " + ClipTrainingConfiguration.DEVICE_PID
                    + ": device must be auto, cpu or gpu, got " + device);
        }
        if (configuration.threads() < 0) {
            throw new IllegalArgumentException("invalid configuration " + ClipTrainingConfiguration.DEVICE_PID
                    + ": threads must be 0 (all cores) or positive, got " + configuration.threads());
        }
        return new Settings(configuration.clipFrames(), configuration.clipSide(), device,
                configuration.threads() > 0 ? configuration.threads() : Runtime.getRuntime().availableProcessors());
    }

    /** @return what networks are built with now */
    Settings settings() {
        return settings;
    }

    @Override
    public TrainableNetwork create(NetworkSetup setup) throws ModelException {
        if (setup == null) {
            throw new IllegalArgumentException("no network setup given (null)");
        }
        if (!setup.usesClip()) {
            throw new IllegalArgumentException("the " + setup.variant() + " variant is built by the 2D detectors'"
                    + " trainer, not by the 3D ResNet-34 bundle's");
        }
        Settings current = settings;
        current.checkDevice();
        return ClipNetworkBuilder.create(setup, current.frames(), current.side(), current.gpu(), current.threads());
    }

    @Override
    public Optional<org.kissdetect.api.features.ClipPreprocessing> clipInput(NetworkSetup setup)
            throws ModelException {
        if (setup == null || !setup.usesClip()) {
            return Optional.empty();
        }
        Settings current = settings;
        return Optional.of(ClipNetworkBuilder.preprocessing(setup, current.frames(), current.side()).forExtraction());
    }

    @Override
    public TrainableNetwork resume(Path checkpoint) throws ModelException {
        if (checkpoint == null) {
            throw new IllegalArgumentException("no checkpoint given (null)");
        }
        Settings current = settings;
        current.checkDevice();
        return ClipNetworkBuilder.resume(checkpoint, current.gpu(), current.threads());
    }
}
