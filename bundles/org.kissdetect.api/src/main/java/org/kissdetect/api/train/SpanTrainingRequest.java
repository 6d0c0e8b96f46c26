package org.kissdetect.api.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to train on labelled spans rather than an annotation file: the linear layer on frozen backbones (the
 * paper's protocol: softmax cross-entropy, Adam 0.001), with the split the caller chose. Each movie's seconds are
 * embedded once, whole, and cached by the movie's content and the backbones' weights: training again with one
 * more label decodes nothing.
 *
 * @param spans        the labelled spans; a second labelled both ways is refused
 * @param split        which groups ({@link LabelledSpan#group()}) train, validate and are held out
 * @param output       the model directory to write; it must not exist yet
 * @param checkpoints  the folder for the run's checkpoints
 * @param network      the network: its trained part must be {@code last-layer}, its variant {@code both},
 *                     {@code image} or {@code audio}
 * @param epochs       how many epochs, at least 1
 * @param batchSize    seconds per optimiser step, at least 1 (the paper: 64)
 * @param seed         the seed of the shuffling and the random initialisation
 * @param modelId      the id of the model written
 * @param modelVersion its version
 * @param provenance   what the caller adds to the model's provenance (the project, the label set...)
 * @since 2.2
 */
public record SpanTrainingRequest(List<LabelledSpan> spans, DataSplit split, Path output, Path checkpoints,
        NetworkSetup network, int epochs, int batchSize, long seed, String modelId, String modelVersion,
        Map<String, Object> provenance) {

    /** Checks that every part is present and that only the linear layer of a 2D network is trained. */
    public SpanTrainingRequest {
        if (spans == null || spans.isEmpty() || split == null || output == null || checkpoints == null
                || network == null || provenance == null) {
            throw new IllegalArgumentException("span training needs spans, a split, an output, a checkpoint folder,"
                    + " a network and a provenance");
        }
        if (!network.lastLayerOnly() || network.usesClip()) {
            throw new IllegalArgumentException("span training trains the linear layer of a 2D network, got "
                    + network.variant() + " / " + network.trainedPart());
        }
        if (epochs < 1 || batchSize < 1) {
            throw new IllegalArgumentException("epochs and batch size must be at least 1, got " + epochs + " and "
                    + batchSize);
        }
        if (modelId == null || modelId.isBlank() || modelVersion == null || modelVersion.isBlank()) {
            throw new IllegalArgumentException("the model needs an id and a version");
        }
        spans = List.copyOf(spans);
        provenance = Map.copyOf(provenance);
    }
}
