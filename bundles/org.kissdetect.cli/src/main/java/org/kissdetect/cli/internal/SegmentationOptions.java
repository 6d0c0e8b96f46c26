package org.kissdetect.cli.internal;

import java.util.OptionalDouble;

import org.kissdetect.api.segment.SegmentationParameters;

import picocli.CommandLine.Option;

/** The thresholds every command that segments takes; an option left out keeps the configured value. */
final class SegmentationOptions {

    @Option(names = "--min-seconds", paramLabel = "M", description = "Shortest scene in seconds (configured: 10).")
    Integer minSeconds;

    @Option(names = "--min-fraction", paramLabel = "T",
            description = "Smallest fraction of kissing seconds in a scene, in (0, 1] (configured: 0.7).")
    Double minFraction;

    @Option(names = "--threshold", paramLabel = "P",
            description = "A second is kissing when its probability is at least P (default: the model's"
                    + " recommendation where its metadata makes one, else the configured 0.5).")
    Double threshold;

    SegmentationParameters over(SegmentationParameters configured) {
        return over(configured, OptionalDouble.empty());
    }

    /** The options given, else the model's recommended threshold, else the configured values. */
    SegmentationParameters over(SegmentationParameters configured, OptionalDouble recommendedThreshold) {
        try {
            return new SegmentationParameters(minSeconds != null ? minSeconds : configured.minSeconds(),
                    minFraction != null ? minFraction : configured.minFraction(),
                    threshold != null ? threshold : recommendedThreshold.orElse(configured.threshold()));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }
}
