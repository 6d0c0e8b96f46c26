package org.kissdetect.classify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        name = "Kiss Detector classifiers",
        description = "How the detectors that detections open by model directory run.")
@interface ClassifierFactoryConfiguration {

    @AttributeDefinition(name = "Device",
            description = "auto: the GPU when libtorch sees one, else the CPU; cpu; gpu (refused without one).",
            options = {@Option(label = "auto", value = "auto"), @Option(label = "cpu", value = "cpu"),
                    @Option(label = "gpu", value = "gpu")})
    String device() default "auto";

    @AttributeDefinition(name = "CPU threads",
            description = "libtorch threads per forward pass on the CPU; 0: all cores but one, left to the decoder.",
            min = "0")
    int threads() default 0;

    @AttributeDefinition(name = "Batch size", description = "Samples per forward pass, 1 to 1024.",
            min = "1", max = "1024")
    int batchSize() default 16;
}
