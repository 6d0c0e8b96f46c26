package org.kissdetect.segment.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Kiss Detector scenes",
        description = "How per-second kissing probabilities are joined into scenes.")
@interface SegmenterConfiguration {

    @AttributeDefinition(name = "Minimum scene length (seconds)",
            description = "The shortest scene to report, in whole seconds (at least 1).", min = "1")
    int minSeconds() default 10;

    @AttributeDefinition(name = "Minimum kissing fraction",
            description = "The smallest share of kissing seconds inside a scene, above 0 and at most 1.",
            min = "0", max = "1")
    double minFraction() default 0.7;

    @AttributeDefinition(name = "Probability threshold",
            description = "A second counts as kissing when its probability is at least this (0 to 1).",
            min = "0", max = "1")
    double threshold() default 0.5;
}
