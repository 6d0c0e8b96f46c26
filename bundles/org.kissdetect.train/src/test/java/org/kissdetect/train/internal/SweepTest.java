package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SweepRequest;
import org.kissdetect.api.train.SweepRow;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SyntheticSet;

/**
 * The ResNet-18 half of the paper's Table 2 ({@code both}: ResNet-18 and VGGish, random weights) on the tiny
 * generated set, one epoch a row (the last-layer rows and one whole-network row): every row trains at its own learning rate, in the request's order, and reports
 * its validation and training-split results.
 */
class SweepTest {

    private static final SyntheticSet TINY = new SyntheticSet(3, 14, 16, 3);
    private static final double[] RATES = {0.0005, 0.001, 0.01};

    @TempDir
    static Path folder;

    private static Path annotations;

    @BeforeAll
    static void writeTheSet() throws Exception {
        annotations = TINY.write(RealServices.encoder(), folder.resolve("set"));
    }

    @Test
    void theResNet18HalfOfTable2TrainsEveryRowAtItsRateAndMeasuresTheTrainingSplit() throws Exception {
        // The last-layer rows at every rate; one whole-network row (each costs a minute on 2 cores): that the rate
        // reaches a whole network's steps and checkpoints is TrainableNetworkTest's.
        List<NetworkSetup> grid = new ArrayList<>();
        for (double rate : RATES) {
            grid.add(new NetworkSetup("both", "last-layer", null, null, 5, rate));
        }
        // The whole-network row on ResNet-18 alone: VGGish trained whole beside it doubled the test's time, and
        // that a row's variant is its own is what this row shows.
        grid.add(new NetworkSetup("image", "all", null, null, 5, 0.01));
        Path work = folder.resolve("sweep");
        List<String> notices = new ArrayList<>();
        List<SweepRow> rows = training().sweep(new SweepRequest(annotations, work, grid, 1, 1, 8, 9),
                new TrainingListener() {
                    @Override
                    public void notice(String text) {
                        notices.add(text);
                    }
                }, () -> false);

        assertThat(rows).extracting(SweepRow::network).containsExactlyElementsOf(grid);
        long trainingSeconds = -1;
        for (SweepRow row : rows) {
            assertThat(row.epochs()).hasSize(1);
            assertThat(row.bestEpoch()).isEqualTo(1);
            EpochMetrics epoch = row.epochs().get(0);
            Confusion training = epoch.trainingResults().orElseThrow();
            assertThat(training.total()).as("every training second is measured").isPositive();
            trainingSeconds = trainingSeconds < 0 ? training.total() : trainingSeconds;
            assertThat(training.total()).isEqualTo(trainingSeconds);
            assertThat(row.validation().total()).isPositive();
        }
        assertThat(rows.get(2).epochs().get(0).trainLoss()).as("a larger rate takes other steps")
                .isNotEqualTo(rows.get(0).epochs().get(0).trainLoss());
        assertThat(work.resolve("01-both-last-layer-lr0.0005").resolve("best.ckpt")).isRegularFile();
        assertThat(work.resolve("04-image-all-lr0.01").resolve("best.ckpt")).isRegularFile();
        assertThat(notices).filteredOn(n -> n.startsWith("embedding every second")).as("one embedding for the"
                + " three last-layer rows").hasSize(1);
        assertThat(notices).filteredOn(n -> n.startsWith("sweep row")).hasSize(4);
    }

    @Test
    void aVariantThatNoInstalledBundleTrainsFailsTheSweepBeforeAnythingIsTrained() {
        Path work = folder.resolve("refused");
        List<NetworkSetup> grid = List.of(new NetworkSetup("audio", "last-layer", null, null, 5),
                new NetworkSetup("densenet121+audio", "last-layer", null, null, 5, 0.01));

        assertThatThrownBy(() -> training().sweep(new SweepRequest(annotations, work, grid, 1, 1, 16, 9),
                new TrainingListener() {
                }, () -> false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was trained").hasMessageContaining("densenet121+audio")
                .hasMessageContaining("org.kissdetect.densenet");
        assertThat(work).doesNotExist();
    }

    private static TrainingComponent training() {
        return new TrainingComponent(RealServices.trainer(), null, null, RealServices.decoder(), RealServices.features(),
                RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")));
    }
}
