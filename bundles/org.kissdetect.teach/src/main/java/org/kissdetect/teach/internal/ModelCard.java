package org.kissdetect.teach.internal;

import java.util.Locale;

import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;

/** The model card of a taught model ({@value #FILE}): what it is, what it learned from, how it did, its limits. */
final class ModelCard {

    static final String FILE = "MODEL_CARD.md";

    private ModelCard() {
    }

    static String of(String modelId, int version, TeachingRequest request, LabelTally tally, LabelSplit split,
            Backbones backbones, Confusion heldOut, SceneMetrics scenes, String labelsSha256) {
        return String.format(Locale.ROOT, """
                # Model card: %s, version %d

                A kissing detector taught by Kiss Detector from the labels an editor made in the project "%s".

                - **Labels**: %d s kissing and %d s not kissing, on %d label(s) (sha256 %s).
                - **Training**: the paper's protocol (softmax cross-entropy, Adam 0.001, batch 64), %s, %d epochs,
                  seed %d; the epoch with the best validation F1 kept.
                - **Backbones**: %s.
                - **Evaluation**: split %s; on the held-out labels, F1 per second %.3f (precision %.3f, recall %.3f,
                  %d seconds), scene recall %.3f at IoU >= 0.5 (%d of %d labelled scenes found).

                ## Limits
                It knows only what these labels show: the films, the light, the kind of kissing labelled. Held-out
                figures from a few labels are rough. %s
                """, modelId, version, request.project(), tally.kissing(), tally.other(), request.labels().size(),
                labelsSha256, request.wholeNetwork() ? "every parameter trained" : "the linear layer trained on frozen"
                        + " backbones", request.epochs(), request.seed(),
                backbones.random() ? "seeded random networks" : "ResNet-18 (ImageNet, " + backbones.image()
                        .getFileName() + ") and VGGish (AudioSet, " + backbones.audio().getFileName() + ")",
                split.rule(), heldOut.f1(), heldOut.precision(), heldOut.recall(), heldOut.total(), scenes.recall(),
                scenes.matched(), scenes.trueScenes(),
                backbones.random() ? Backbones.RANDOM_NOTICE + "." : "");
    }
}
