package org.kissdetect.train.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a training run stands, kept as the note of its checkpoints: which run it is, the epochs done and their
 * metrics, and the best one so far.
 *
 * @param format      this layout's version
 * @param fingerprint what identifies the run: the annotations' hash and every setting that changes the result
 * @param epochsDone  epochs completed
 * @param bestEpoch   the epoch with the best validation F1 so far (of equals, the lowest validation loss; of those,
 *                    the earliest; without validation examples, the latest), 0 before the first
 * @param history     every completed epoch's metrics
 */
record TrainingState(int format, String fingerprint, int epochsDone, int bestEpoch, List<EpochRecord> history) {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One epoch's metrics as stored.
     *
     * @param epoch          the epoch
     * @param trainLoss      its mean training loss
     * @param tp             validation true positives
     * @param fp             validation false positives
     * @param fn             validation false negatives
     * @param tn             validation true negatives
     * @param validationLoss the mean validation loss
     * @param seconds        how long it took
     * @param training       the training split's results in inference mode, or {@code null} (absent from the
     *                       checkpoints of runs that did not measure them)
     */
    record EpochRecord(int epoch, double trainLoss, int tp, int fp, int fn, int tn, double validationLoss,
            double seconds, @JsonInclude(JsonInclude.Include.NON_NULL) Counts training) {

        EpochMetrics metrics() {
            return new EpochMetrics(epoch, trainLoss, new Confusion(tp, fp, fn, tn), validationLoss,
                    Duration.ofNanos(Math.round(seconds * 1e9)), training == null ? null : training.confusion());
        }

        static EpochRecord of(EpochMetrics m) {
            Confusion c = m.validation();
            return new EpochRecord(m.epoch(), m.trainLoss(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
                    c.trueNegatives(), m.validationLoss(), m.elapsed().toNanos() / 1e9,
                    m.trainingResults().map(Counts::of).orElse(null));
        }
    }

    /**
     * Per-second results as stored.
     *
     * @param tp true positives
     * @param fp false positives
     * @param fn false negatives
     * @param tn true negatives
     */
    record Counts(int tp, int fp, int fn, int tn) {

        Confusion confusion() {
            return new Confusion(tp, fp, fn, tn);
        }

        static Counts of(Confusion c) {
            return new Counts(c.truePositives(), c.falsePositives(), c.falseNegatives(), c.trueNegatives());
        }
    }

    static TrainingState fresh(String fingerprint) {
        return new TrainingState(FORMAT, fingerprint, 0, 0, List.of());
    }

    /** @return this state after one more epoch */
    TrainingState after(EpochMetrics metrics) {
        List<EpochRecord> longer = new ArrayList<>(history);
        longer.add(EpochRecord.of(metrics));
        double f1 = metrics.validation().f1();
        boolean nothingToChooseBy = metrics.validation().total() == 0;
        boolean better = bestEpoch == 0 || nothingToChooseBy || f1 > bestF1()
                || f1 == bestF1() && metrics.validationLoss() < history.get(bestEpoch - 1).validationLoss();
        return new TrainingState(FORMAT, fingerprint, metrics.epoch(), better ? metrics.epoch() : bestEpoch, longer);
    }

    double bestF1() {
        return bestEpoch == 0 ? -1 : history.get(bestEpoch - 1).metrics().validation().f1();
    }

    List<EpochMetrics> metrics() {
        return history.stream().map(EpochRecord::metrics).toList();
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the training state as JSON", e);
        }
    }

    static TrainingState fromJson(String json) throws JsonProcessingException {
        return JSON.readValue(json, TrainingState.class);
    }
}
