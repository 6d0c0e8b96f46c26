package org.kissdetect.editor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The "Model" preference page: which detector model finds the scenes. */
@ObjectClassDefinition(name = "Model", description = "The model Kiss Detector detects with.",
        pid = EditorPreferences.MODEL_PID)
@interface ModelPreferences {

    @AttributeDefinition(name = "Model directory",
            description = "The detector model: a directory holding metadata.json and the weights it lists. Empty: the"
                    + " demo model, made on first use, which detects the synthetic signature of generated films, not"
                    + " kissing.")
    String modelDirectory() default "";
}
