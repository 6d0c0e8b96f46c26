package org.kissdetect.densenet.internal.training;

/**
 * What the trainer reads of the classification bundle's device configuration ({@value #PID}), which every network
 * being trained follows. Not an {@code ObjectClassDefinition}: the classification bundle owns and declares the PID.
 */
@interface DeviceSettings {

    String PID = "org.kissdetect.classify.device";

    /** auto, cpu or gpu. */
    String device() default "auto";

    /** libtorch threads on the CPU, 0 for all cores. */
    int threads() default 0;
}
