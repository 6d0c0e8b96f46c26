package org.kissdetect.train.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kiss Detector training",
        description = "Where training, evaluation and the demo model keep what they compute once.")
@interface TrainingConfiguration {

    @AttributeDefinition(name = "Cache folder",
            description = "Decoded seconds, embeddings and the synthetic set; empty means training under the cache root ($XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect).")
    String cacheDirectory() default "";
}
