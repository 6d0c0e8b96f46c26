package org.kissdetect.decode.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        name = "Kiss Detector decoding",
        description = "How movies are decoded into one still and one sound window per second (FFmpeg).")
@interface DecoderConfiguration {

    @AttributeDefinition(name = "Mode",
            description = "exact: every frame decoded as the encoder meant it. fast: frames no other frame refers"
                    + " to are skipped unless they may be a second's still, and are not loop-filtered; stills stay"
                    + " visually the same (PSNR of at least 35 dB at 224 px, measured by the tests). Faster only"
                    + " on streams with such frames (most films' B-frames; not OpenH264's output).",
            options = {@Option(value = "exact", label = "exact"), @Option(value = "fast", label = "fast")})
    String mode() default "exact";

    @AttributeDefinition(name = "Decoder threads",
            description = "Threads per video decoder; 0 lets FFmpeg choose from the number of cores.", min = "0")
    int threads() default 0;

    @AttributeDefinition(name = "Stall timeout (seconds)",
            description = "Give up on a file when one read makes no progress for this long.", min = "1")
    int stallTimeoutSeconds() default 30;

    @AttributeDefinition(name = "Sound track",
            description = "Which sound track of a movie with several is heard: -1 for the one the file marks as"
                    + " default (else FFmpeg's best), 0 for the first, 1 for the second...", min = "-1")
    int audioTrack() default -1;

    @AttributeDefinition(name = "JavaCPP cache folder",
            description = "Where FFmpeg's native libraries are extracted; empty for javacpp under the cache root ($XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect)."
                    + " Read once per process.")
    String javacppCacheDir() default "";
}
