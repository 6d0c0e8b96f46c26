package org.kissdetect.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.train.NetworkSetup;

/** The networks of the paper's Table 2 sweep and of its section 6.2 baseline, in the order they are trained. */
final class SweepGrids {

    /** The learning rates of Table 2. */
    static final List<Double> TABLE2_RATES = List.of(0.0005, 0.001, 0.01);
    static final List<String> BACKBONES = List.of("resnet18", "densenet121");

    private SweepGrids() {
    }

    /**
     * {ResNet-18, DenseNet-121} (each with VGGish) x {last-layer, all} x the rates, or one backbone's half.
     *
     * @param only     {@code resnet18}, {@code densenet121}, or {@code null} for both
     * @param backbone the weight files and the seed
     * @param rates    the learning rates
     */
    static List<NetworkSetup> table2(String only, BackboneOptions backbone, List<Double> rates) {
        if (only != null && !BACKBONES.contains(only)) {
            throw new IllegalArgumentException("--backbones-only must be resnet18 or densenet121, got " + only);
        }
        List<NetworkSetup> grid = new ArrayList<>();
        for (String name : BACKBONES) {
            if (only != null && !only.equals(name)) {
                continue;
            }
            boolean resnet = name.equals("resnet18");
            for (String part : List.of("last-layer", "all")) {
                for (double rate : rates) {
                    grid.add(new NetworkSetup(resnet ? "both" : "densenet121+audio", part,
                            resnet ? backbone.resnet18 : backbone.densenet121, backbone.vggish, backbone.seed, rate));
                }
            }
        }
        return grid;
    }

    /**
     * Section 6.2: ResNet-18 alone, frozen but for its last layer (pretrained when {@code --resnet18} is given), and
     * the same network trained whole from random weights.
     */
    static List<NetworkSetup> baseline(BackboneOptions backbone) {
        return List.of(new NetworkSetup("image", "last-layer", backbone.resnet18, null, backbone.seed),
                new NetworkSetup("image", "all", null, null, backbone.seed));
    }

    /** @return the image backbone's name as the paper writes it */
    static String backboneName(NetworkSetup network) {
        if (network.usesDenseNet()) {
            return "DenseNet-121";
        }
        if (network.usesClip()) {
            return "3D ResNet-34";
        }
        return network.usesImage() ? "ResNet-18" : "VGGish";
    }
}
