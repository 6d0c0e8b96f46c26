package org.kissdetect.classify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Where networks run, for every component of this bundle: the classifiers that detections use and the networks
 * being trained. Declared once, here; each component reads it through its configuration PIDs.
 */
@ObjectClassDefinition(
        name = "Kiss Detector device",
        description = "Where the detectors and the networks being trained run.",
        pid = DeviceConfiguration.PID)
@interface DeviceConfiguration {

    String PID = "org.kissdetect.classify.device";

    @AttributeDefinition(name = "Device",
            description = "auto: the GPU when libtorch sees one, else the CPU; cpu; gpu (refused without one).",
            options = {@Option(label = "auto", value = "auto"), @Option(label = "cpu", value = "cpu"),
                    @Option(label = "gpu", value = "gpu")})
    String device() default "auto";

    @AttributeDefinition(name = "CPU threads",
            description = "libtorch threads on the CPU; 0: automatic, every core. While detecting, the decoder shares"
                    + " them: 'kissdetect bench split' measured all cores with batches of 8 fastest or within 1 % of"
                    + " it at 720p and 1080p on 2 cores (libtorch's workers sleep while the decoder runs).", min = "0")
    int threads() default 0;
}
