package org.kissdetect.api.teach;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.labels.Label;

/**
 * What to teach from.
 *
 * @param project         the project the labels come from, as the user names it (for the model's provenance)
 * @param labels          the labels, in the time of the movies they lie on (as {@code LabelService} reads them from
 *                        project files, or as a host keeps them)
 * @param modelsFolder    the user's models folder, where the new model's directory goes
 * @param backbonesFolder the folder of the pretrained backbones imported from the public checkpoints
 *                        ({@code resnet18-imagenet.safetensors}, {@code vggish-audioset.safetensors}), or
 *                        {@code null}: the seeded random backbones
 * @param wholeNetwork    train every parameter instead of the linear layer on frozen backbones
 * @param epochs          epochs of training, at least 1
 * @param seed            the seed of the split, the shuffling and the random initialisation
 */
public record TeachingRequest(String project, List<Label> labels, Path modelsFolder, Path backbonesFolder,
        boolean wholeNetwork, int epochs, long seed) {

    /** Checks that every part is present and copies the labels. */
    public TeachingRequest {
        if (project == null || project.isBlank() || labels == null || modelsFolder == null) {
            throw new IllegalArgumentException("teaching needs a project, labels and a models folder");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        labels = List.copyOf(labels);
    }
}
