package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.Jobs;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The editor's {@link Jobs}: two background threads, a list of running jobs for the job bar, and the outcome of
 * each job for whoever listens. Closing the editor cancels what still runs.
 */
@Component(service = {Jobs.class, JobRunner.class})
public final class JobRunner implements Jobs {

    /** Hears of jobs starting, advancing and ending; called on the job's thread. */
    interface Listener {
        void changed(List<RunningJob> running);

        void ended(RunningJob job, Throwable failure);
    }

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "editor-job-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final List<RunningJob> running = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    List<RunningJob> running() {
        return List.copyOf(running);
    }

    @Override
    public JobHandle schedule(String title, Job job) {
        RunningJob handle = new RunningJob(title, this::changed);
        running.add(handle);
        changed();
        threads.execute(() -> run(handle, job));
        return handle;
    }

    private void run(RunningJob handle, Job job) {
        Throwable failure = null;
        try {
            job.run(handle);
        } catch (Exception | LinkageError e) {
            failure = e;
        }
        running.remove(handle);
        changed();
        for (Listener listener : listeners) {
            listener.ended(handle, failure);
        }
        if (failure == null) {
            handle.future().complete(null);
        } else {
            handle.future().completeExceptionally(failure);
        }
    }

    private void changed() {
        List<RunningJob> now = running();
        listeners.forEach(listener -> listener.changed(now));
    }

    @Deactivate
    void stop() throws InterruptedException {
        running.forEach(RunningJob::cancel);
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
