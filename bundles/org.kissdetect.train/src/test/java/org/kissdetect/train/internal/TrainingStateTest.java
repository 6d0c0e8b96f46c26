package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;

class TrainingStateTest {

    @Test
    void theBestEpochHasTheBestValidationF1AndOfEqualsTheLowestValidationLoss() {
        TrainingState state = TrainingState.fresh("run")
                .after(epoch(1, new Confusion(5, 5, 5, 5), 0.6))
                .after(epoch(2, new Confusion(9, 1, 1, 9), 0.4))
                .after(epoch(3, new Confusion(9, 1, 1, 9), 0.3))
                .after(epoch(4, new Confusion(9, 1, 1, 9), 0.35))
                .after(epoch(5, new Confusion(8, 2, 2, 8), 0.1));

        assertThat(state.epochsDone()).isEqualTo(5);
        assertThat(state.bestEpoch()).isEqualTo(3);
        assertThat(state.metrics()).hasSize(5);
    }

    @Test
    void withoutValidationExamplesTheLatestEpochIsKept() {
        TrainingState state = TrainingState.fresh("run").after(epoch(1, new Confusion(0, 0, 0, 0), 0))
                .after(epoch(2, new Confusion(0, 0, 0, 0), 0));

        assertThat(state.bestEpoch()).isEqualTo(2);
    }

    @Test
    void itSurvivesACheckpointsNote() throws Exception {
        TrainingState state = TrainingState.fresh("abc").after(epoch(1, new Confusion(1, 2, 3, 4), 0.5));

        TrainingState read = TrainingState.fromJson(state.toJson());

        assertThat(read).isEqualTo(state);
        assertThat(read.metrics().get(0)).isEqualTo(epoch(1, new Confusion(1, 2, 3, 4), 0.5));
    }

    @Test
    void theTrainingSplitsResultsSurviveACheckpointsNoteAndOldNotesReadWithout() throws Exception {
        EpochMetrics measured = new EpochMetrics(1, 0.7, new Confusion(1, 2, 3, 4), 0.5, Duration.ofMillis(1500),
                new Confusion(10, 1, 2, 30));
        TrainingState state = TrainingState.fresh("abc").after(measured);

        TrainingState read = TrainingState.fromJson(state.toJson());

        assertThat(read.metrics().get(0)).isEqualTo(measured);
        assertThat(read.metrics().get(0).trainingResults()).contains(new Confusion(10, 1, 2, 30));
        String before23 = "{\"format\":1,\"fingerprint\":\"abc\",\"epochsDone\":1,\"bestEpoch\":1,\"history\":"
                + "[{\"epoch\":1,\"trainLoss\":0.7,\"tp\":1,\"fp\":2,\"fn\":3,\"tn\":4,\"validationLoss\":0.5,"
                + "\"seconds\":1.5}]}";
        assertThat(TrainingState.fromJson(before23).metrics().get(0).trainingResults()).isEmpty();
        assertThat(TrainingState.fresh("abc").after(epoch(1, new Confusion(1, 2, 3, 4), 0.5)).toJson())
                .as("an epoch whose training split was not measured is written as before").isEqualTo(before23
                        .replace("0.7", "1.0"));
    }

    private static EpochMetrics epoch(int epoch, Confusion validation, double validationLoss) {
        return new EpochMetrics(epoch, 1.0 / epoch, validation, validationLoss, Duration.ofMillis(1500));
    }
}
