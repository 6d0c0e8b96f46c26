package org.kissdetect.classify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Kiss Detector classifiers",
        description = "How the detectors that detections open by model directory run.",
        pid = ClassifierFactoryComponent.PID)
// Designated by pid: bnd allows @Designate only on a component with one configuration PID.
@interface ClassifierFactoryConfiguration {

    @AttributeDefinition(name = "Batch size", description = "Samples per forward pass, 1 to 1024. At 8 a pass's"
            + " largest activations stay under glibc's 32 MB mmap threshold, so their memory is reused rather than"
            + " faulted in afresh: 20-35 % faster than 16 on the CPU ('kissdetect bench split').",
            min = "1", max = "1024")
    int batchSize() default 8;

    @AttributeDefinition(name = "Models kept loaded",
            description = "How many detectors stay in memory, 1 to 16; the least recently used beyond it is freed"
                    + " once no detection uses it.", min = "1", max = "16")
    int loadedModels() default 2;
}
