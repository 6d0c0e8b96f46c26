package org.kissdetect.api.train;

import java.time.Duration;
import java.util.List;

/**
 * One row of a sweep, shaped like the paper's Table 2, with every epoch's results for its training curves (the
 * paper's Figure 9). Since 2.3.
 *
 * @param network   the network trained, its learning rate included
 * @param bestEpoch the epoch kept (best validation F1)
 * @param epochs    every epoch's results, in order; each measured on the training split too
 * @param elapsed   how long the row took: its training, validation, measurement of the training split and test
 *                  scoring; the shared decoding and embedding of the seconds excluded
 */
public record SweepRow(NetworkSetup network, int bestEpoch, List<EpochMetrics> epochs, Duration elapsed) {

    /** Copies the epochs and checks that the best epoch is one of them. */
    public SweepRow {
        epochs = List.copyOf(epochs);
        if (bestEpoch < 1 || bestEpoch > epochs.size()) {
            throw new IllegalArgumentException("best epoch " + bestEpoch + " is not one of the " + epochs.size());
        }
    }

    /** @return the kept epoch's per-second validation results */
    public Confusion validation() {
        return epochs.get(bestEpoch - 1).validation();
    }
}
