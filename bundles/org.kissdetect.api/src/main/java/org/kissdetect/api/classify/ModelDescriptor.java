package org.kissdetect.api.classify;

/**
 * Which detector produced a probability.
 *
 * @param id      the model's id from its {@code metadata.json}, stable across versions
 * @param version the model's version
 * @param variant the architecture: {@code both} (image and audio), {@code image} or {@code audio}
 * @param device  where it runs, such as {@code cpu()} or {@code gpu(0)}
 */
public record ModelDescriptor(String id, String version, String variant, String device) {

    /** Checks that every part is present. */
    public ModelDescriptor {
        if (id == null || id.isBlank() || version == null || version.isBlank() || variant == null || device == null) {
            throw new IllegalArgumentException("a model needs an id, a version, a variant and a device");
        }
    }
}
