package org.kissdetect.api.train;

import java.time.Duration;

/**
 * One row of the ablation table, shaped like the paper's Table 1.
 *
 * @param trainedPart {@code last-layer} or {@code all}
 * @param variant     {@code both}, {@code image} or {@code audio}
 * @param epochs      the epochs trained
 * @param bestEpoch   the epoch kept
 * @param validation  the kept epoch's per-second validation results
 * @param elapsed     how long the row took, shared preparation excluded
 */
public record AblationRow(String trainedPart, String variant, int epochs, int bestEpoch, Confusion validation,
        Duration elapsed) {

    /** @return whether the row's network has VGGish */
    public boolean usesVggish() {
        return !variant.equals("image");
    }

    /** @return whether the row's network has ResNet-18 */
    public boolean usesResNet() {
        return !variant.equals("audio");
    }
}
