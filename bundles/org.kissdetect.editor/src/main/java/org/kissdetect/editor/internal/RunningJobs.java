package org.kissdetect.editor.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.Jobs;

/**
 * What the plugin's jobs are working on, so that the same thing is not worked on twice at once: the keys of a job
 * are taken when it is scheduled and given back when it ends, however it ends.
 *
 * @param <K> what a job works on: a project's media item, a project
 */
final class RunningJobs<K> {

    private final Set<K> running = ConcurrentHashMap.newKeySet();

    boolean contains(K key) {
        return running.contains(key);
    }

    /** Schedules a job on the host, its keys taken until it ends (or at once given back when it cannot start). */
    JobHandle schedule(Jobs jobs, Collection<K> keys, String title, Job job) {
        List<K> taken = List.copyOf(keys);
        running.addAll(taken);
        try {
            JobHandle handle = jobs.schedule(title, job);
            handle.completion().whenComplete((done, failure) -> taken.forEach(running::remove));
            return handle;
        } catch (RuntimeException e) {
            taken.forEach(running::remove);
            throw e;
        }
    }
}
