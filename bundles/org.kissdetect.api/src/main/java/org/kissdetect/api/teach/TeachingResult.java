package org.kissdetect.api.teach;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;

/**
 * A detector taught from labels.
 *
 * @param model          the new model directory
 * @param modelId        its id
 * @param version        its version, one more than the last of the same project in the models folder
 * @param splitRule      how the labels were split: {@code "by movie"} or {@code "by labelled scene"}
 * @param heldOut        the per-second results on the held-out labels
 * @param heldOutScenes  the scene results on them, at intersection over union 0.5
 * @param kissingSeconds the labelled kissing seconds
 * @param otherSeconds   the labelled seconds without kissing
 * @param moviesDecoded  how many movies were decoded to embed their seconds (0 when all were cached)
 * @param notices        what the user must know about the model, such as that its backbones are random
 * @param elapsed        how long teaching took
 */
public record TeachingResult(Path model, String modelId, String version, String splitRule, Confusion heldOut,
        SceneMetrics heldOutScenes, int kissingSeconds, int otherSeconds, int moviesDecoded, List<String> notices,
        Duration elapsed) {

    /** Copies the notices. */
    public TeachingResult {
        notices = List.copyOf(notices);
    }

    /** @return one paragraph for the user: the model, how it did on what was held out, and the notices */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%s version %s: held-out F1 per second %.2f, scene recall %.2f at IoU >= 0.5 (%d of %d scenes;"
                        + " split %s; %d s kissing and %d s not kissing labelled)",
                modelId, version, heldOut.f1(), heldOutScenes.recall(), heldOutScenes.matched(),
                heldOutScenes.trueScenes(), splitRule, kissingSeconds, otherSeconds));
        for (String notice : notices) {
            text.append(". ").append(notice);
        }
        return text.append('.').toString();
    }
}
