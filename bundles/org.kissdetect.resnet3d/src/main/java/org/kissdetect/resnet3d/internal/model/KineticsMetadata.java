package org.kissdetect.resnet3d.internal.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.resnet3d.internal.network.R3d34Architecture;
import org.kissdetect.resnet3d.internal.network.Shortcut;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code metadata.json} of a Kinetics action model directory: a checkpoint trained on Kinetics whose
 * probability of {@code positiveClass}, the softmax over all its classes read at that class's index, is the
 * probability of kissing.
 *
 * @param formatVersion the version of this layout, {@value #FORMAT_VERSION}
 * @param kind          {@value #KIND}, or {@value #CLIP_KIND} for a detector trained here; it tells these kinds from
 *                      the detectors of the classification bundle
 * @param id            the model's id, stable across versions
 * @param version       the model's version
 * @param architecture  {@value R3d34Architecture#NAME}
 * @param shortcut      {@code A} or {@code B}
 * @param classes       the class names by logit index
 * @param classesSha256 the sha256 of the class list file the import was given
 * @param positiveClass the class whose probability is returned, {@value #KISSING}
 * @param threshold     the probability from which a second counts as kissing by default, in (0, 1)
 * @param preprocessing what a clip must be
 * @param parameters    the safetensors file holding the parameters under their state-dict names
 * @param provenance    where the weights come from (checkpoint, its sha256, the code that trained it): free-form
 * @param sha256        the sha256 of every file of the directory but this one
 * @param variant       absent for a 3D ResNet-34 alone; {@value #CLIP_AUDIO} for a clip detector with the paper's
 *                      audio branch, which also takes each second's log-mel patch (older readers refuse the field,
 *                      as they must: they cannot run that branch)
 */
public record KineticsMetadata(int formatVersion, String kind, String id, String version, String architecture,
        String shortcut, List<String> classes, String classesSha256, String positiveClass, double threshold,
        ClipPreprocessing preprocessing, String parameters, Map<String, Object> provenance,
        Map<String, String> sha256, @JsonInclude(JsonInclude.Include.NON_NULL) String variant) {

    /** The layout version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The kind of model this metadata describes. */
    public static final String KIND = "kinetics-action";
    /**
     * The kind of the paper's 3D detectors trained here ({@code clip} variant): the same layout with the two
     * classes {@value #NOT_KISSING} and {@value #KISSING}.
     */
    public static final String CLIP_KIND = "clip-detector";
    /** The negative class of a clip detector. */
    public static final String NOT_KISSING = "not kissing";
    /** Kinetics' action class that is the product's positive class. */
    public static final String KISSING = "kissing";
    /**
     * The default threshold: the checkpoint gives kissing more probability than all its other classes together.
     * Never tuned on films (no labelled films were used); change it in the metadata.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The variant of a 3D ResNet-34 alone, as model descriptors name it. */
    public static final String CLIP = "clip";
    /** The variant of a clip detector with the paper's audio branch: 3D ResNet-34 and VGGish, Linear(640, 2). */
    public static final String CLIP_AUDIO = "clip+audio";

    /** @return {@value #CLIP} or {@value #CLIP_AUDIO} */
    public String variantName() {
        return variant == null ? CLIP : variant;
    }

    /** @return whether the network has the audio branch and takes each second's log-mel patch */
    public boolean hasAudio() {
        return CLIP_AUDIO.equals(variant);
    }

    /** @return the index of {@link #positiveClass} in {@link #classes} */
    public int positiveIndex() {
        return classes.indexOf(positiveClass);
    }

    /** @return the shortcut type */
    public Shortcut shortcutType() {
        return Shortcut.of(shortcut);
    }

    /**
     * Checks everything that does not need the other files.
     *
     * @param file the metadata file, for messages
     * @throws ModelException naming the field at fault
     */
    public void validate(Path file) throws ModelException {
        if (formatVersion != FORMAT_VERSION) {
            throw new ModelException(file, "formatVersion is " + formatVersion + ", this version reads "
                    + FORMAT_VERSION);
        }
        if (!KIND.equals(kind) && !CLIP_KIND.equals(kind)) {
            throw new ModelException(file, "kind is '" + kind + "', expected " + KIND + " or " + CLIP_KIND);
        }
        if (variant != null && !CLIP.equals(variant) && !CLIP_AUDIO.equals(variant)) {
            throw new ModelException(file, "variant is '" + variant + "', expected " + CLIP + " or " + CLIP_AUDIO);
        }
        if (hasAudio() && !CLIP_KIND.equals(kind)) {
            throw new ModelException(file, "variant " + CLIP_AUDIO + " is for a " + CLIP_KIND + ", not a " + kind);
        }
        require(file, "id", id);
        require(file, "version", version);
        require(file, "parameters", parameters);
        require(file, "positiveClass", positiveClass);
        if (!R3d34Architecture.NAME.equals(architecture)) {
            throw new ModelException(file, "architecture is '" + architecture + "', this version reads "
                    + R3d34Architecture.NAME);
        }
        try {
            Shortcut.of(shortcut);
        } catch (IllegalArgumentException e) {
            throw new ModelException(file, e.getMessage());
        }
        if (classes == null || classes.isEmpty() || classes.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new ModelException(file, "classes must be a list of non-empty names");
        }
        if (new HashSet<>(classes).size() != classes.size()) {
            throw new ModelException(file, "classes name some class twice");
        }
        if (!classes.contains(positiveClass)) {
            throw new ModelException(file, "positiveClass '" + positiveClass + "' is not among the "
                    + classes.size() + " classes");
        }
        if (classesSha256 == null || !classesSha256.matches("[0-9a-f]{64}")) {
            throw new ModelException(file, "classesSha256 is not a sha256 in lower-case hex: " + classesSha256);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new ModelException(file, "threshold is " + threshold + ", expected a probability in (0, 1)");
        }
        if (preprocessing == null) {
            throw new ModelException(file, "field 'preprocessing' is missing");
        }
        String problem = preprocessing.problem();
        if (problem != null) {
            throw new ModelException(file, "preprocessing: " + problem);
        }
        if (sha256 == null || !sha256.containsKey(parameters)) {
            throw new ModelException(file, "sha256 lists no hash for the parameters file " + parameters);
        }
    }

    private static void require(Path file, String field, String value) throws ModelException {
        if (value == null || value.isBlank()) {
            throw new ModelException(file, "field '" + field + "' is missing or empty");
        }
    }
}
