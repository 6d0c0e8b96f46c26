package org.kissdetect.train.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;

/**
 * The paper's metrics: per second, a probability of at least 0.5 is a kissing prediction; per scene, a found scene
 * matches a true one when their intersection over union (in whole seconds) is at least 0.5, pairs taken by
 * decreasing overlap, each scene in at most one pair.
 */
final class Scoring {

    static final double THRESHOLD = 0.5;
    static final double MATCHING_IOU = 0.5;

    private Scoring() {
    }

    static Confusion confusion(float[] probabilities, boolean[] kissing) {
        if (probabilities.length != kissing.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + kissing.length + " labels");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < kissing.length; i++) {
            boolean predicted = probabilities[i] >= THRESHOLD;
            if (predicted && kissing[i]) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (kissing[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    /** The mean cross-entropy of probabilities against labels, each probability kept 1e-7 from 0 and 1. */
    static double loss(float[] probabilities, boolean[] kissing) {
        double sum = 0;
        for (int i = 0; i < kissing.length; i++) {
            double p = Math.min(1 - 1e-7, Math.max(1e-7, probabilities[i]));
            sum -= Math.log(kissing[i] ? p : 1 - p);
        }
        return kissing.length == 0 ? 0 : sum / kissing.length;
    }

    static Confusion sum(Confusion a, Confusion b) {
        return new Confusion(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
                a.falseNegatives() + b.falseNegatives(), a.trueNegatives() + b.trueNegatives());
    }

    static SceneMetrics sum(SceneMetrics a, SceneMetrics b) {
        return new SceneMetrics(a.trueScenes() + b.trueScenes(), a.foundScenes() + b.foundScenes(),
                a.matched() + b.matched());
    }

    /**
     * Segments a movie's annotated seconds and matches the scenes found with the true ones. Seconds that are not
     * annotated count as not kissing, so that no scene is found where nobody said what is true.
     *
     * @param movie         the movie's annotated seconds and labels
     * @param probabilities one probability per annotated second
     * @param segmenter     the segmentation service
     * @param parameters    how to segment
     * @return the movie's scene counts
     */
    static SceneMetrics scenes(LabelledMovie movie, float[] probabilities, Segmenter segmenter,
            SegmentationParameters parameters) {
        float[] timeline = new float[movie.lastSecond() + 1];
        for (int i = 0; i < movie.size(); i++) {
            timeline[movie.seconds()[i]] = probabilities[i];
        }
        List<Scene> found = segmenter.segment(timeline, parameters);
        List<Scene> truth = movie.kissingScenes();
        return new SceneMetrics(truth.size(), found.size(), matches(truth, found));
    }

    static int matches(List<Scene> truth, List<Scene> found) {
        record Pair(int truth, int found, double iou) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int f = 0; f < found.size(); f++) {
                double iou = truth.get(t).intersectionOverUnion(found.get(f));
                if (iou >= MATCHING_IOU) {
                    pairs.add(new Pair(t, f, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());
        boolean[] truthUsed = new boolean[truth.size()];
        boolean[] foundUsed = new boolean[found.size()];
        int matched = 0;
        for (Pair pair : pairs) {
            if (!truthUsed[pair.truth()] && !foundUsed[pair.found()]) {
                truthUsed[pair.truth()] = true;
                foundUsed[pair.found()] = true;
                matched++;
            }
        }
        return matched;
    }
}
