package org.kissdetect.itest.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.job.Jobs;

/** The tests' host jobs: one background thread; it remembers every title and every failure. */
final class HostJobs implements Jobs, AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    final List<String> titles = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final List<Handle> handles = new CopyOnWriteArrayList<>();

    @Override
    public JobHandle schedule(String title, Job job) {
        titles.add(title);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Handle handle = new Handle(title, done, new AtomicBoolean(), new AtomicReference<>(0.0));
        handles.add(handle);
        thread.execute(() -> {
            try {
                job.run(handle);
                done.complete(null);
            } catch (Exception e) {
                if (!(e instanceof JobCancelledException)) {
                    failures.add(e);
                }
                done.completeExceptionally(e);
            }
        });
        return handle;
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A job: its completion is its real end, after a cancelled job has noticed and stopped. */
    record Handle(String title, CompletableFuture<Void> done, AtomicBoolean cancelled, AtomicReference<Double> fraction)
            implements JobHandle, JobMonitor {

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public CompletionStage<Void> completion() {
            return done;
        }

        @Override
        public void progress(double done, String message) {
            fraction.set(done);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
