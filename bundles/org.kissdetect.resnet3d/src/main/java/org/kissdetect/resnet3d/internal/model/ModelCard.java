package org.kissdetect.resnet3d.internal.model;

import java.util.Locale;

/**
 * The {@code MODEL_CARD.md} of a Kinetics action model: what it is and, as plainly, what it is not.
 */
final class ModelCard {

    private ModelCard() {
    }

    static String text(KineticsMetadata metadata, String checkpointName, String checkpointSha256) {
        ClipPreprocessing p = metadata.preprocessing();
        return String.format(Locale.ROOT, """
                # %s %s: Kinetics "%s" action class

                **What it is.** Hara et al.'s 3D ResNet-34 (shortcut type %s), trained by its authors on Kinetics
                (%d action classes) and imported unchanged from `%s` (sha256 `%s`). Its probability for a second is
                the softmax over all %d classes read at class `%s` (index %d), of the %d frames that end with the
                second's last frame.

                **What it learned from.** Kinetics' "kissing" class: about 10-second clips of YouTube videos, labelled
                by crowd workers for the action. Not films: no feature film, no film editing, lighting or framing was
                part of its training.

                **How well it works on films: unknown.** It has never been evaluated on films here. No labelled film
                was used to check it or to choose its threshold (%s: kissing more probable than all other classes
                together). Expect misses on scenes unlike the web clips, and false alarms on close embraces and other
                face-to-face actions; check what it finds.

                **Inputs.** %d consecutive RGB frames, short side resized to %d (bilinear), centre crop %d x %d,
                values scaled to [0, %s], minus mean %s, divided by std %s. Source: %s.

                **Class list.** The checkpoint does not carry its class names; they were given at import (sha256
                `%s`), in the order of first appearance in the dataset's train.csv, as Hara et al.'s code numbers
                them.

                **Licence.** Hara et al.'s code is MIT-licensed; the weights are as the authors publish them, and
                Kinetics is a dataset of YouTube videos under their owners' terms.
                """, metadata.id(), metadata.version(), metadata.positiveClass(), metadata.shortcut(),
                metadata.classes().size(), checkpointName, checkpointSha256, metadata.classes().size(),
                metadata.positiveClass(), metadata.positiveIndex(), p.frames(), metadata.threshold(), p.frames(),
                p.shortSide(), p.centerCrop(), p.centerCrop(), trim(p.valueScale()), p.mean(), p.std(), p.source(),
                metadata.classesSha256());
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
