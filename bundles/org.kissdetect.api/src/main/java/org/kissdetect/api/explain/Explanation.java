package org.kissdetect.api.explain;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.RgbImage;

/**
 * A second explained: what the model saw, what it answered and where it looked.
 *
 * @param second      the index of the second explained
 * @param picture     the picture the model saw, at the size of the map (the still's 224 x 224 centre crop)
 * @param probability the model's kissing probability for that second
 * @param saliency    the map, the same size as {@code picture}
 * @param model       the model that answered
 */
public record Explanation(int second, RgbImage picture, double probability, Saliency saliency,
        ModelDescriptor model) {

    /** Checks that the parts are present and the map fits the picture. */
    public Explanation {
        if (picture == null || saliency == null || model == null) {
            throw new IllegalArgumentException("an explanation needs a picture, a saliency map and a model");
        }
        if (picture.width() != saliency.width() || picture.height() != saliency.height()) {
            throw new IllegalArgumentException("the saliency map (" + saliency.width() + " x " + saliency.height()
                    + ") does not fit the picture (" + picture.width() + " x " + picture.height() + ")");
        }
    }
}
