package org.kissdetect.editor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Kiss Detector",
        description = "How Kiss Detector finds kissing scenes and marks them on the timeline.")
@interface EditorConfiguration {

    @AttributeDefinition(name = "Minimum scene length (seconds)",
            description = "The shortest kissing scene to mark, in whole seconds (at least 1).", min = "1")
    int minSeconds() default 10;

    @AttributeDefinition(name = "Minimum kissing fraction",
            description = "The smallest share of kissing seconds inside a scene, above 0 and at most 1.",
            min = "0", max = "1")
    double minFraction() default 0.7;

    @AttributeDefinition(name = "Probability threshold",
            description = "A second counts as kissing when its probability is at least this (0 to 1).",
            min = "0", max = "1")
    double threshold() default 0.5;

    @AttributeDefinition(name = "Detect on import",
            description = "Find kissing scenes as soon as a movie is imported.")
    boolean autoDetect() default true;

    @AttributeDefinition(name = "Marker name",
            description = "Markers are called \"<name> 1\", \"<name> 2\", ... in time order.")
    String markerName() default "Kiss";

    @AttributeDefinition(name = "Marker colour", options = {
            @Option(label = "Red", value = "red"), @Option(label = "Orange", value = "orange"),
            @Option(label = "Yellow", value = "yellow"), @Option(label = "Green", value = "green"),
            @Option(label = "Cyan", value = "cyan"), @Option(label = "Blue", value = "blue"),
            @Option(label = "Purple", value = "purple"), @Option(label = "Pink", value = "pink"),
            @Option(label = "White", value = "white")})
    String markerColour() default "red";

    @AttributeDefinition(name = "Model directory",
            description = "The detector model: a directory holding metadata.json and the weights it lists. Empty: the"
                    + " demo model, made on first use, which detects the synthetic signature of generated films, not"
                    + " kissing.")
    String modelDirectory() default "";
}
