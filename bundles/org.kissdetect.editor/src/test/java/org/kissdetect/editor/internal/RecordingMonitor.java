package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.nle.sdk.job.JobMonitor;

/** A host's job monitor that keeps every progress message, cancelled from the start or never. */
final class RecordingMonitor implements JobMonitor {

    final List<String> messages = new ArrayList<>();
    private final boolean cancelled;

    RecordingMonitor(boolean cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public void progress(double fraction, String message) {
        messages.add(message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    String last() {
        return messages.get(messages.size() - 1);
    }
}
