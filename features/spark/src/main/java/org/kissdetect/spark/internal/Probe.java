package org.kissdetect.spark.internal;

import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.RangeScores;
import org.kissdetect.api.detect.SecondRange;
import org.kissdetect.api.segment.SegmentationParameters;

/**
 * What an executor learns of one movie before anything is scored: how long the container says it is, and which
 * model would score it (an empty range through the detection service: the movie opened, the model loaded, nothing
 * classified). A movie that cannot be opened is a failure of its own; a model that cannot be loaded fails the job.
 *
 * @param movie           the movie
 * @param declaredSeconds its complete seconds as declared
 * @param description     what the decoder said of it ({@link MovieInfoJson}), or null when the probe failed
 * @param model           the model, or null when the probe failed
 * @param configured      the runtime's configured segmentation, or null when the probe failed
 * @param error           why the probe failed, or null
 * @param modelError      whether it failed on the model, not on the movie
 */
public record Probe(MovieFile movie, int declaredSeconds, String description, ModelKey model, Segmentation configured, String error,
        boolean modelError) implements Serializable {

    static Probe of(MovieFile movie, JobSettings settings, Configuration conf) {
        try {
            EmbeddedRuntime runtime = EmbeddedRuntime.get();
            RangeScores described;
            try (LocalCopies.Lease local = LocalFiles.lease(movie.uri(), conf, settings.localCopyBytes());
                    LocalCopies.Lease model = LocalFiles.lease(settings.modelUri(), conf, settings.localCopyBytes())) {
                described = runtime.detection().score(local.path(), model.path(), new SecondRange(0, 0), () -> false);
            }
            SegmentationParameters configured = runtime.segmenter().parameters();
            return new Probe(movie, described.movie().completeSeconds(), MovieInfoJson.write(described.movie()), new ModelKey(described.model().id(),
                    described.model().version(), described.modelContent(),
                    described.model().threshold().isPresent() ? described.model().threshold().getAsDouble() : null),
                    new Segmentation(configured.minSeconds(), configured.minFraction(), configured.threshold()), null,
                    false);
        } catch (ModelException e) {
            return new Probe(movie, 0, null, null, null, Failures.describe(e), true);
        } catch (Exception e) {
            return new Probe(movie, 0, null, null, null, Failures.describe(e), false);
        }
    }

    boolean failed() {
        return error != null;
    }
}
