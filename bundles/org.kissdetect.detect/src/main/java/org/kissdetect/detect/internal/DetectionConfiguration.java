package org.kissdetect.detect.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kiss Detector detection",
        description = "How movies are streamed through decoding, features and classification.")
@interface DetectionConfiguration {

    @AttributeDefinition(name = "Batch size",
            description = "Seconds classified per batch; 0 takes the classifier's preferred batch size.", min = "0")
    int batchSize() default 0;

    @AttributeDefinition(name = "Decoded seconds buffered",
            description = "How many decoded seconds may wait for classification (bounds memory).", min = "1")
    int queueSeconds() default 32;

    @AttributeDefinition(name = "Score cache folder",
            description = "Where per-second scores are kept for re-segmenting; empty means scores under the cache root ($XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect).")
    String scoreCacheDirectory() default "";

    @AttributeDefinition(name = "Progress interval (ms)",
            description = "The least time between two progress reports.", min = "10")
    int progressIntervalMillis() default 250;

    @AttributeDefinition(name = "Checkpoint interval (s)",
            description = "How often the seconds classified are kept in the score cache, so that a run that is"
                    + " killed resumes from them; 0 keeps them after every batch. A cancelled run always keeps them.",
            min = "0")
    int checkpointSeconds() default 60;
}
