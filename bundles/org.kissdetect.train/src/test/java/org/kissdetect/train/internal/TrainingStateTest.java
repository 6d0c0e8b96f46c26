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

    private static EpochMetrics epoch(int epoch, Confusion validation, double validationLoss) {
        return new EpochMetrics(epoch, 1.0 / epoch, validation, validationLoss, Duration.ofMillis(1500));
    }
}
