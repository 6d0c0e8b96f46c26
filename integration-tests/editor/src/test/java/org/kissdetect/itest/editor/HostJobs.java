package org.kissdetect.itest.editor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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

    @Override
    public JobHandle schedule(String title, Job job) {
        titles.add(title);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Handle handle = new Handle(title, done);
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

    private record Handle(String title, CompletableFuture<Void> done) implements JobHandle, JobMonitor {

        @Override
        public void cancel() {
            done.cancel(false);
        }

        @Override
        public CompletionStage<Void> completion() {
            return done;
        }

        @Override
        public void progress(double fraction, String message) {
            // The tests look at the outcome, not at progress.
        }

        @Override
        public boolean isCancelled() {
            return done.isCancelled();
        }
    }
}
