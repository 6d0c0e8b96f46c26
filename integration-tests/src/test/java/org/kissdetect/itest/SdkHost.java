package org.kissdetect.itest;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.Timeline;
import org.kissdetect.nle.sdk.project.UndoableChange;

/**
 * The tests' host of the SDK: a project that keeps markers, labels and plugins' undoable changes with an undo
 * history, and jobs that run on their own threads and keep their messages. Not a reference implementation: just
 * what the SDK's contract says a host does.
 */
final class SdkHost implements Project, Jobs {

    private final String name;
    private final List<MediaItem> media;
    private final Map<String, List<Marker>> markers = new HashMap<>();
    private final Map<String, List<Label>> labels = new HashMap<>();
    private final Deque<Object> undo = new ArrayDeque<>();
    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<JobHandle> scheduled = new CopyOnWriteArrayList<>();

    SdkHost(String name, List<MediaItem> media) {
        this.name = name;
        this.media = List.copyOf(media);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<MediaItem> media() {
        return media;
    }

    @Override
    public Optional<MediaItem> media(String id) {
        return media.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    @Override
    public List<Timeline> timelines() {
        return List.of();
    }

    @Override
    public synchronized List<Marker> markers(String mediaId) {
        return List.copyOf(markers.getOrDefault(mediaId, List.of()));
    }

    @Override
    public void apply(MarkerEdit edit) {
        applyEdit(ProjectEdit.of(edit));
    }

    @Override
    public boolean keepsLabels() {
        return true;
    }

    @Override
    public synchronized List<Label> labels(String mediaId) {
        return List.copyOf(labels.getOrDefault(mediaId, List.of()));
    }

    @Override
    public synchronized void applyEdit(ProjectEdit edit) {
        applied(edit);
        undo.push(edit);
    }

    private void applied(ProjectEdit edit) {
        for (MarkerChange change : edit.markers()) {
            List<Marker> own = markers.computeIfAbsent(change.mediaId(), id -> new ArrayList<>());
            own.remove(change.before());
            if (change.after() != null) {
                own.add(change.after());
            }
        }
        for (LabelChange change : edit.labels()) {
            List<Label> own = labels.computeIfAbsent(change.mediaId(), id -> new ArrayList<>());
            own.remove(change.before());
            if (change.after() != null) {
                own.add(change.after());
            }
        }
    }

    @Override
    public boolean keepsUndoableChanges() {
        return true;
    }

    @Override
    public synchronized void perform(UndoableChange change) throws Exception {
        change.apply();
        undo.push(change);
    }

    /** Undoes the last step. */
    synchronized void undo() throws Exception {
        Object step = undo.pop();
        if (step instanceof ProjectEdit edit) {
            applied(edit.inverse());
        } else {
            ((UndoableChange) step).revert();
        }
    }

    synchronized int steps() {
        return undo.size();
    }

    synchronized List<Label> allLabels() {
        return labels.values().stream().flatMap(List::stream).toList();
    }

    synchronized void add(String mediaId, Marker marker) {
        markers.computeIfAbsent(mediaId, id -> new ArrayList<>()).add(marker);
    }

    @Override
    public JobHandle schedule(String title, Job job) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        JobMonitor monitor = new JobMonitor() {
            @Override
            public void progress(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Thread thread = new Thread(() -> {
            try {
                job.run(monitor);
                done.complete(null);
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        }, title);
        thread.setDaemon(true);
        thread.start();
        JobHandle handle = new JobHandle() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public CompletionStage<Void> completion() {
                return done;
            }
        };
        scheduled.add(handle);
        return handle;
    }

    /** @return whether a failure was a cancellation */
    static boolean cancelled(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        return cause instanceof JobCancelledException;
    }
}
