package org.kissdetect.decode.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        name = "Kiss Detector decoding",
        description = "How movies are decoded into one still and one sound window per second (FFmpeg).")
@interface DecoderConfiguration {

    @AttributeDefinition(name = "Mode",
            description = "exact: every still is the frame as the encoder meant it, bit for bit. fast: besides,"
                    + " frames no other frame refers to are not loop-filtered and FFmpeg may take shortcuts; stills"
                    + " stay visually the same (PSNR of at least 35 dB at 224 px, measured by the tests) and no shot"
                    + " cuts are found.",
            options = {@Option(value = "exact", label = "exact"), @Option(value = "fast", label = "fast")})
    String mode() default "exact";

    @AttributeDefinition(name = "Skip pictures nothing needs",
            description = "Frames that cannot be a second's still and that no other frame refers to (most films'"
                    + " B-frames; OpenH264 makes none) are not decoded: stills stay the same bit for bit. Shot cuts"
                    + " are then found among the frames decoded, so a cut that falls on a skipped frame moves to the"
                    + " next decoded one (encoders start a shot on a frame others refer to). Off: every frame is"
                    + " decoded.")
    boolean skipPictures() default true;

    @AttributeDefinition(name = "Decode at the size needed",
            description = "Codecs that can decode at a half, a quarter or an eighth of the size (MPEG-1/2, MPEG-4"
                    + " part 2, MJPEG, DV: archive and SD material) decode at the smallest that keeps the stills' 256"
                    + " px short side. Off by default: its stills measured 24-33 dB PSNR against a full-size decode at"
                    + " 224 px on sharp synthetic test patterns, under the 35 dB the fast mode promises.")
    boolean decodeReduced() default false;

    @AttributeDefinition(name = "Decoder threads",
            description = "Threads per video decoder; 0: one per core (FFmpeg's own choice, one more, crowded libtorch"
                    + " out: 'kissdetect bench split').", min = "0")
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
