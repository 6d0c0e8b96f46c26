package org.kissdetect.editor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The "Teaching" preference page: how the plugin trains a detector from the project's labels. */
@ObjectClassDefinition(name = "Teaching", description = "How Kiss Detector learns from your labels (Project >"
        + " Train detector from labels).")
@interface TeachingPreferences {

    @AttributeDefinition(name = "Models folder", description = "Where each trained model gets a folder of its own"
            + " (kissing-PROJECT-vN); earlier ones are kept. Empty: ~/.local/share/kissdetect/models.")
    String modelsFolder() default "";

    @AttributeDefinition(name = "Backbones folder", description = "The pretrained backbones, imported with"
            + " `kissdetect models import`: resnet18-imagenet.safetensors (ImageNet) and vggish-audioset.safetensors"
            + " (AudioSet). Empty: seeded random backbones, which only learn what random features can see.")
    String backbonesFolder() default "";

    @AttributeDefinition(name = "Train the whole network", description = "Train every parameter instead of the last"
            + " layer on frozen backbones: minutes to hours instead of seconds, and it needs labels on at least"
            + " three films.")
    boolean wholeNetwork() default false;

    @AttributeDefinition(name = "Epochs", description = "Passes over the labelled seconds, 1 to 1000.")
    int epochs() default TeachingSettings.DEFAULT_EPOCHS;
}
