package org.kissdetect.resnet3d.internal.training;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The size of the clips the paper's 3D variant is trained on, and where it runs. */
@ObjectClassDefinition(
        name = "Kiss Detector 3D variant training",
        description = "The clips the clip variant is trained on (the paper: 16 frames at 224 x 224).",
        pid = ClipTrainingConfiguration.PID)
public @interface ClipTrainingConfiguration {

    String PID = "org.kissdetect.resnet3d.training";
    /** The classification bundle's device configuration, which every network being trained follows. */
    String DEVICE_PID = "org.kissdetect.classify.device";

    @AttributeDefinition(name = "Frames", description = "Consecutive frames per clip.", min = "1")
    int clipFrames() default 16;

    @AttributeDefinition(name = "Side", description = "The side of the square frames, in pixels.", min = "1")
    int clipSide() default 224;

    /** From {@link #DEVICE_PID}: auto, cpu or gpu. */
    String device() default "auto";

    /** From {@link #DEVICE_PID}: libtorch threads on the CPU, 0 for all cores. */
    int threads() default 0;
}
