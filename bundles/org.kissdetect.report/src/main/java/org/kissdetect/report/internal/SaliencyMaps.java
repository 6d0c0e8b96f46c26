package org.kissdetect.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
     * Explains the middle second of every scene. A model that cannot be loaded or explained fails the same way for
     * every scene, so it is asked once; a movie that cannot be decoded at one second may be at another.
     *
     * @param service        the explanation service, or {@code null} when none is installed
     * @param modelDirectory the detection's model, or {@code null} when the caller did not say
     * @return for each scene's middle second, the map's file or why there is none
     */
    static Map<Integer, Outcome> write(ExplanationService service, Path folder, Detection detection,
            Path modelDirectory, Cancellation cancellation) {
        Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        String everyScene = service == null ? "no saliency maps here: no explanation service is installed"
                : modelDirectory == null ? "no saliency maps here: the report was not told which model directory"
                        + " scored the movie" : null;
        for (Scene scene : detection.scenes()) {
            int second = ReportPage.middle(scene);
            if (everyScene == null && cancellation.isCancelled()) {
                everyScene = "no saliency map: the report was cancelled before this scene was explained";
            }
            if (everyScene != null) {
                outcomes.put(second, Outcome.none(everyScene));
                continue;
            }
            try {
                Explanation explanation = service.explain(
                        new ExplanationRequest(detection.movie().file(), second, modelDirectory), cancellation);
                String file = fileName(second);
                service.writeOverlay(explanation, folder.resolve(file));
                outcomes.put(second, new Outcome(file, explanation.probability(), null));
            } catch (ModelException e) {
                everyScene = "no saliency maps from this model: " + e.getMessage();
                outcomes.put(second, Outcome.none(everyScene));
            } catch (MediaException | ClassificationException | IOException | RuntimeException e) {
                outcomes.put(second, Outcome.none("no saliency map for this second: " + message(e)));
            }
        }
        return outcomes;
    }

    private static String message(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
