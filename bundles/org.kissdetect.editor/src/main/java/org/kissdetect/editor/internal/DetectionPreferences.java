package org.kissdetect.editor.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The "Detection" preference page. How seconds become scenes is the segmenter's, on its own page. */
@ObjectClassDefinition(name = "Detection", description = "When Kiss Detector looks for kissing scenes.",
        pid = EditorPreferences.PID)
@interface DetectionPreferences {

    @AttributeDefinition(name = "Detect on import",
            description = "Find kissing scenes as soon as a movie is imported.")
    boolean autoDetect() default true;
}
