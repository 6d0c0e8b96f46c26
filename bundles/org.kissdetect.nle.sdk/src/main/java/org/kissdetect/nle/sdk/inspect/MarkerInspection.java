package org.kissdetect.nle.sdk.inspect;

/**
 * What an inspector shows: a picture and a sentence about it.
 *
 * @param caption what the picture shows, as a sentence the user reads under it
 * @param png     the picture, a PNG file's bytes
 */
public record MarkerInspection(String caption, byte[] png) {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Checks that there is a caption and that the bytes start as a PNG file does; keeps a copy of them. */
    public MarkerInspection {
        if (caption == null || caption.isBlank()) {
            throw new IllegalArgumentException("an inspection needs a caption");
        }
        if (png == null || png.length < PNG_SIGNATURE.length) {
            throw new IllegalArgumentException("an inspection needs a PNG picture");
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (png[i] != PNG_SIGNATURE[i]) {
                throw new IllegalArgumentException("an inspection's picture must be a PNG file");
            }
        }
        png = png.clone();
    }

    /** @return a copy of the picture's bytes */
    @Override
    public byte[] png() {
        return png.clone();
    }
}
