package org.kissdetect.resnet3d.internal.training;

/** What the training tests share: clips of 4 frames of 16 px (which the 3D ResNet-34's pools take), even seconds kissing. */
final class TinyClips {

    static final int FRAMES = 4;
    static final int SIDE = 16;

    private TinyClips() {
    }

    /** @return labels where every even second is kissing */
    static boolean[] evenSecondsKissing(int count) {
        boolean[] kissing = new boolean[count];
        for (int i = 0; i < count; i += 2) {
            kissing[i] = true;
        }
        return kissing;
    }
}
