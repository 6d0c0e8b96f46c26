package org.kissdetect.api.classify;

import java.util.OptionalDouble;

/**
 * Which detector produced a probability.
 *
 * @param id      the model's id from its {@code metadata.json}, stable across versions
 * @param version the model's version
 * @param variant the architecture: {@code both} (image and audio), {@code image} or {@code audio}
 * @param device    where it runs, such as {@code cpu()} or {@code gpu(0)}
 * @param threshold the probability from which a second counts as kissing that the model's metadata recommends,
 *                  used when the user names none; empty for the segmenter's configured threshold. Since 1.3.
 */
public record ModelDescriptor(String id, String version, String variant, String device, OptionalDouble threshold) {

    /**
     * A model that recommends no threshold.
     *
     * @param id      the model's id
     * @param version the model's version
     * @param variant the architecture
     * @param device  where it runs
     */
    public ModelDescriptor(String id, String version, String variant, String device) {
        this(id, version, variant, device, OptionalDouble.empty());
    }

    /** Checks that every part is present and a recommended threshold is a probability. */
    public ModelDescriptor {
        if (id == null || id.isBlank() || version == null || version.isBlank() || variant == null || device == null) {
            throw new IllegalArgumentException("a model needs an id, a version, a variant and a device");
        }
        if (threshold == null) {
            threshold = OptionalDouble.empty();
        }
        if (threshold.isPresent() && !(threshold.getAsDouble() >= 0 && threshold.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("a model's threshold is a probability, got " + threshold.getAsDouble());
        }
    }
}
