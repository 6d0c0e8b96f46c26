package org.kissdetect.train.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.AblationRequest;
import org.kissdetect.api.train.AblationRow;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

/**
 * The paper's Table 1: the linear layer alone, then everything, each on both backbones, ResNet-18 alone and
 * VGGish alone, all on one split. The frozen features of every second are computed first, once per branch, and
 * shared by the last-layer rows; a row's time is its own training.
 */
final class Ablation {

    private static final List<String> PARTS = List.of("last-layer", "all");
    private static final List<String> VARIANTS = List.of("both", "image", "audio");

    private final Machinery machinery;

    Ablation(Machinery machinery) {
        this.machinery = machinery;
    }

    List<AblationRow> run(AblationRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        List<AblationRow> rows = new ArrayList<>();
        try (Dataset data = Dataset.prepare(request.annotations(), request.seed(), machinery.samples(), listener,
                cancellation)) {
            embedEverySecond(data, setup(request, "last-layer", "both"), listener, cancellation);
            for (String part : PARTS) {
                for (String variant : VARIANTS) {
                    listener.notice("ablation row " + (rows.size() + 1) + " of 6: " + part + ", " + variant);
                    int epochs = part.equals("all") ? request.allEpochs() : request.lastLayerEpochs();
                    TrainingJob.Spec spec = new TrainingJob.Spec(setup(request, part, variant), epochs,
                            request.batchSize(), request.seed(), request.workDirectory().resolve(part + "-" + variant),
                            false);
                    long started = System.nanoTime();
                    try (TrainedNetwork trained = machinery.job().run(data, spec, listener, cancellation)) {
                        TrainingState state = trained.state();
                        rows.add(new AblationRow(part, variant, epochs, state.bestEpoch(),
                                state.metrics().get(state.bestEpoch() - 1).validation(),
                                Duration.ofNanos(System.nanoTime() - started)));
                    }
                }
            }
        }
        return rows;
    }

    private void embedEverySecond(Dataset data, NetworkSetup both, TrainingListener listener, Cancellation cancellation)
            throws IOException, ModelException, ClassificationException, TrainingCancelledException {
        try (Embedders embedders = new Embedders(null, machinery.trainer(), both)) {
            Map<String, String> identities = Map.of("image", embedders.of("image").backbones().get("image"),
                    "audio", embedders.of("audio").backbones().get("audio"));
            machinery.embeddings().features(data.train(), both, identities, Transform.augmented(both.seed()), embedders, listener,
                    cancellation);
            machinery.embeddings().features(data.validation(), both, identities, Transform.INFERENCE, embedders, listener,
                    cancellation);
            machinery.embeddings().features(data.test(), both, identities, Transform.INFERENCE, embedders, listener, cancellation);
        }
    }

    private static NetworkSetup setup(AblationRequest request, String part, String variant) {
        boolean image = !variant.equals("audio");
        boolean audio = !variant.equals("image");
        return new NetworkSetup(variant, part, image ? request.imageWeights() : null,
                audio ? request.audioWeights() : null, request.seed());
    }
}
