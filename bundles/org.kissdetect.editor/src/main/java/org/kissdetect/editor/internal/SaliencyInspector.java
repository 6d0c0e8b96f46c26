package org.kissdetect.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Where the model looked in a detected scene: the saliency overlay of the second under the playhead, explained
 * with the model the preferences name (the one the scene was detected with, unless they changed since). The
 * explanation service, the preferences and the model repository are optional and dynamic, as for detection: while
 * one is missing, inspecting says which, and the plugin's other contributions keep working.
 */
@Component(service = MarkerInspector.class)
public final class SaliencyInspector implements MarkerInspector {

    static final String ID = "org.kissdetect.editor.saliency";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EditorPreferences preferences;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ModelRepository models;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ExplanationService explanations;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Where the model looked";
    }

    @Override
    public boolean inspects(Marker marker) {
        return SceneMarkers.owned(marker);
    }

    @Override
    public MarkerInspection inspect(Project project, MediaItem item, Marker marker, double atSeconds,
            BooleanSupplier cancelled) throws Exception {
        if (!inspects(marker)) {
            throw new IllegalArgumentException("the marker " + marker.name() + " is not a Kiss Detector scene");
        }
        ExplanationService service = explanations;
        if (service == null) {
            throw new IllegalStateException(
                    "Kiss Detector's explanation service is not running (its bundle is stopped or missing).");
        }
        Path model = model(cancelled);
        Explanation explanation = service.explain(
                new ExplanationRequest(item.file(), within(marker.range(), atSeconds), model), cancelled::getAsBoolean);
        return new MarkerInspection(caption(explanation), overlay(service, explanation));
    }

    /** The model the preferences name, made first when it is the demo model and missing. */
    private Path model(BooleanSupplier cancelled) throws Exception {
        EditorPreferences current = preferences;
        ModelRepository repository = models;
        if (current == null) {
            throw new IllegalStateException("Kiss Detector's preferences are invalid: correct them under Preferences.");
        }
        if (repository == null) {
            throw new IllegalStateException(
                    "Kiss Detector's model repository is not running (its bundle is stopped or missing).");
        }
        ModelReference reference = current.settings().model();
        Optional<String> unavailable = repository.unavailable(reference);
        if (unavailable.isPresent()) {
            throw new IllegalStateException("Kiss Detector cannot use the model " + reference + ": "
                    + unavailable.get() + ".");
        }
        try {
            return repository.resolve(reference, new ModelListener() {
            }, cancelled::getAsBoolean).directory();
        } catch (ModelCancelledException e) {
            throw new CancellationException(e.getMessage());
        }
    }

    /**
     * The time clamped into the marker; its end is exclusive (the second after a scene is not the scene's), so the
     * latest time explained is just before it.
     */
    static double within(TimeRange range, double atSeconds) {
        if (range.end() <= range.start()) {
            return range.start();
        }
        return Math.max(range.start(), Math.min(atSeconds, Math.nextDown(range.end())));
    }

    static String caption(Explanation explanation) {
        return String.format(Locale.ROOT, "second %d: %d %% kissing \u2014 where the model looked",
                explanation.second(), Math.round(explanation.probability() * 100));
    }

    /** The overlay's PNG, drawn through a private temporary folder that is removed afterwards. */
    private static byte[] overlay(ExplanationService service, Explanation explanation) throws IOException {
        Path folder = Files.createTempDirectory("kissdetect-saliency");
        Path png = folder.resolve("overlay.png");
        try {
            service.writeOverlay(explanation, png);
            return Files.readAllBytes(png);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(folder);
        }
    }
}
