package org.kissdetect.reference.editor.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.JobMonitor;

/** A job the editor runs: its handle for the plugin, its monitor for the job, its state for the job bar. */
final class RunningJob implements JobHandle, JobMonitor {

    private final String title;
    private final Runnable changed;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Void> completion = new CompletableFuture<>();
    private volatile double fraction;
    private volatile String message = "";

    RunningJob(String title, Runnable changed) {
        this.title = title;
        this.changed = changed;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            changed.run();
        }
    }

    @Override
    public CompletionStage<Void> completion() {
        return completion;
    }

    @Override
    public void progress(double fraction, String message) {
        this.fraction = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        this.message = message == null ? "" : message;
        changed.run();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    double fraction() {
        return fraction;
    }

    String message() {
        return message;
    }

    CompletableFuture<Void> future() {
        return completion;
    }
}
