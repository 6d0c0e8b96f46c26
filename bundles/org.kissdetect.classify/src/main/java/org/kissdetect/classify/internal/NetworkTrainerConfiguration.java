package org.kissdetect.classify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        name = "Kiss Detector training networks",
        description = "Where networks being trained run.")
@interface NetworkTrainerConfiguration {

    @AttributeDefinition(name = "Device",
            description = "auto: the GPU when libtorch sees one, else the CPU; cpu; gpu (refused without one).",
            options = {@Option(label = "auto", value = "auto"), @Option(label = "cpu", value = "cpu"),
                    @Option(label = "gpu", value = "gpu")})
    String device() default "auto";

    @AttributeDefinition(name = "CPU threads",
            description = "libtorch threads while training on the CPU; 0: all cores (training runs alone).", min = "0")
    int threads() default 0;
}
