package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingRequest;

/** The densenet121 variants go to the DenseNet-121 bundle's trainer: without one, they are refused by name. */
class DenseNetRouteTest {

    @TempDir
    Path folder;

    @Test
    void withoutADenseNetTrainerTheDenseNetVariantsAreRefusedByName() {
        TrainingComponent training = new TrainingComponent(RealServices.trainer(), null, null, RealServices.decoder(),
                RealServices.features(), RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")));
        TrainingRequest request = new TrainingRequest(folder.resolve("annotations.csv"), folder.resolve("model"),
                folder.resolve("checkpoints"), new NetworkSetup("densenet121+audio", "last-layer", null, null, 1), 1,
                16, 1, "none", "1", false);

        assertThatThrownBy(() -> training.train(request, new TrainingListener() {
        }, () -> false)).hasMessageContaining("densenet121+audio variant").hasMessageContaining("org.kissdetect.densenet");
    }
}
