package org.kissdetect.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.segment.Scene;

/** The saliency map of each scene's middle second, drawn over its still as a PNG, or why there is none. */
final class SaliencyMaps {

    /**
     * @param file        the PNG's name in the report folder, or {@code null} when there is none
     * @param probability the model's kissing probability for the second explained (NaN without a map)
     * @param missing     why there is no map, one sentence, or {@code null}
     */
    record Outcome(String file, double probability, String missing) {

        static Outcome none(String why) {
            return new Outcome(null, Double.NaN, why);
        }
    }

    private SaliencyMaps() {
    }

    static String fileName(int second) {
        return String.format(Locale.ROOT, "saliency-%05d.png", second);
    }

    /**
     * Explains the middle second of every scene, in one decoding pass up to the last scene's (asking for each
     * scene apart would decode a long film again from its start for every scene).
     *
     * @param service        the explanation service, or {@code null} when none is installed
     * @param modelDirectory the detection's model, or {@code null} when the caller did not say
     * @return for each scene's middle second, the map's file or why there is none
     */
    static Map<Integer, Outcome> write(ExplanationService service, Path folder, Detection detection,
            Path modelDirectory, Cancellation cancellation) {
        List<Integer> seconds = detection.scenes().stream().map(ReportPage::middle).toList();
        String everyScene = service == null ? "no saliency maps here: no explanation service is installed"
                : modelDirectory == null ? "no saliency maps here: the report was not told which model directory"
                        + " scored the movie" : null;
        Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        if (everyScene == null && !seconds.isEmpty()) {
            try {
                for (Explanation explanation : service.explainSeconds(detection.movie().file(), seconds,
                        modelDirectory, cancellation)) {
                    outcomes.put(explanation.second(), drawn(service, folder, explanation));
                }
            } catch (ModelException e) {
                everyScene = "no saliency maps from this model: " + e.getMessage();
            } catch (CancellationException e) {
                everyScene = "no saliency map: the report was cancelled before the scenes were explained";
            } catch (MediaException | ClassificationException | RuntimeException e) {
                // A movie that cannot be decoded at one second may be at another: each scene is then asked alone.
                try {
                    oneByOne(service, folder, detection, modelDirectory, seconds, cancellation, outcomes);
                } catch (ModelException unexplainable) {
                    everyScene = "no saliency maps from this model: " + unexplainable.getMessage();
                }
            }
        }
        Map<Integer, Outcome> bySecond = new LinkedHashMap<>();
        for (int second : seconds) {
            Outcome outcome = outcomes.get(second);
            bySecond.put(second, outcome != null ? outcome
                    : Outcome.none(everyScene != null ? everyScene : "no saliency map for this second"));
        }
        return bySecond;
    }

    private static void oneByOne(ExplanationService service, Path folder, Detection detection, Path modelDirectory,
            List<Integer> seconds, Cancellation cancellation, Map<Integer, Outcome> outcomes) throws ModelException {
        for (int second : seconds) {
            if (outcomes.containsKey(second)) {
                continue;
            }
            if (cancellation.isCancelled()) {
                outcomes.put(second, Outcome.none("no saliency map: the report was cancelled before this scene was "
                        + "explained"));
                continue;
            }
            try {
                outcomes.put(second, drawn(service, folder, service.explain(
                        new ExplanationRequest(detection.movie().file(), second, modelDirectory), cancellation)));
            } catch (MediaException | ClassificationException | RuntimeException e) {
                outcomes.put(second, Outcome.none("no saliency map for this second: " + message(e)));
            }
        }
    }

    private static Outcome drawn(ExplanationService service, Path folder, Explanation explanation) {
        String file = fileName(explanation.second());
        try {
            service.writeOverlay(explanation, folder.resolve(file));
            return new Outcome(file, explanation.probability(), null);
        } catch (IOException | RuntimeException e) {
            return Outcome.none("no saliency map for this second: " + message(e));
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
