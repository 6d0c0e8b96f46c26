package org.kissdetect.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The pretrained backbone files and the seed every training command takes. */
final class BackboneOptions {

    static final long DEFAULT_SEED = 2019;

    @Option(names = "--resnet18", paramLabel = "FILE",
            description = "ResNet-18 weights (safetensors, see models/README.md); random without.")
    Path resnet18;

    @Option(names = "--vggish", paramLabel = "FILE",
            description = "VGGish weights (safetensors, see models/README.md); random without.")
    Path vggish;

    @Option(names = "--r3d34", paramLabel = "PATH",
            description = "3D ResNet-34 weights for --backbones clip or clip+audio: a Kinetics model directory (models import) or a"
                    + " safetensors state dict; random without.")
    Path r3d34;

    @Option(names = "--densenet121", paramLabel = "FILE",
            description = "DenseNet-121 weights for --backbones densenet121 or densenet121+audio and the sweep"
                    + " (safetensors, from models import of torchvision's densenet121-a639ec97.pth); random without.")
    Path densenet121;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the split, shuffling, augmentation and random"
            + " weights (default: " + DEFAULT_SEED + ").")
    long seed = DEFAULT_SEED;

    @Option(names = "--batch-size", paramLabel = "N", description = "Seconds per optimiser step (default: 64).")
    int batchSize = 64;
}
