package org.kissdetect.spark.internal;

import java.io.Serializable;

import org.kissdetect.api.segment.SegmentationParameters;

/** The segmentation parameters of a run, as they travel to the executors and into the tables. */
public record Segmentation(int minSeconds, double minFraction, double threshold) implements Serializable {

    /**
     * The options given, else the model's recommended threshold, else the configured values: what
     * {@code kissdetect detect} takes.
     */
    static Segmentation of(Integer minSeconds, Double minFraction, Double threshold, ModelKey model,
            Segmentation configured) {
        Segmentation chosen = new Segmentation(minSeconds != null ? minSeconds : configured.minSeconds(),
                minFraction != null ? minFraction : configured.minFraction(),
                threshold != null ? threshold : model.threshold() != null ? model.threshold() : configured.threshold());
        chosen.parameters();
        return chosen;
    }

    SegmentationParameters parameters() {
        return new SegmentationParameters(minSeconds, minFraction, threshold);
    }
}
