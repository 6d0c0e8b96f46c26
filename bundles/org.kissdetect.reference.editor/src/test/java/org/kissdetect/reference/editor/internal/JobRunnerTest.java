package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobHandle;

class JobRunnerTest {

    private final JobRunner runner = new JobRunner();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    JobRunnerTest() {
        runner.addListener(new JobRunner.Listener() {
            @Override
            public void changed(List<RunningJob> running) {
                // the job bar's business
            }

            @Override
            public void ended(RunningJob job, Throwable failure) {
                outcomes.add(job.title() + ": " + (failure == null ? "done" : failure.getMessage()));
            }
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        runner.stop();
    }

    @Test
    void aJobRunsInTheBackgroundAndReportsProgress() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        double[] seen = new double[1];
        JobHandle handle = runner.schedule("Work", monitor -> {
            monitor.progress(1.7, "clamped");
            seen[0] = ((RunningJob) monitor).fraction();
            finished.countDown();
        });

        handle.completion().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(seen[0]).isEqualTo(1.0);
        assertThat(outcomes).containsExactly("Work: done");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void aFailureEndsTheJobWithItsException() {
        JobHandle handle = runner.schedule("Broken", monitor -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> handle.completion().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("disk full");
        assertThat(outcomes).containsExactly("Broken: disk full");
    }

    @Test
    void cancellingAsksTheJobToStop() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle handle = runner.schedule("Long", monitor -> {
            started.countDown();
            while (!monitor.isCancelled()) {
                Thread.onSpinWait();
            }
            throw new JobCancelledException("Long cancelled");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThatThrownBy(() -> handle.completion().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(JobCancelledException.class);
    }
}
