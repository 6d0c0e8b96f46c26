package org.kissdetect.teach.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kissdetect.api.teach.UncertainSpan;

/**
 * Finds the spans a model is least sure of. The least sure second not yet taken seeds a span, which grows to
 * either side over seconds nearly as unsure (within {@value #SPREAD} of the threshold, or of the seed's distance
 * when that is larger) up to {@value #LONGEST} seconds; spans keep a second apart. A span wholly sure (every second
 * at least {@value #SURE} from the threshold) is not suggested.
 */
final class UncertainSeconds {

    static final int LONGEST = 10;
    static final double SPREAD = 0.15;
    static final double SURE = 0.45;

    private UncertainSeconds() {
    }

    static List<UncertainSpan> of(float[] probabilities, double threshold, int count) {
        int n = probabilities.length;
        double[] distance = new double[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            distance[k] = Math.abs(probabilities[k] - threshold);
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> distance[k]).thenComparing(k -> k));
        boolean[] taken = new boolean[n];
        List<UncertainSpan> spans = new ArrayList<>();
        for (int seed : order) {
            if (spans.size() >= count || distance[seed] >= SURE) {
                break;
            }
            if (blocked(taken, seed)) {
                continue;
            }
            double reach = Math.max(SPREAD, distance[seed]);
            int start = seed;
            int end = seed + 1;
            while (end - start < LONGEST) {
                boolean left = start > 0 && !blocked(taken, start - 1) && distance[start - 1] <= reach;
                boolean right = end < n && !blocked(taken, end) && distance[end] <= reach;
                if (left && (!right || distance[start - 1] <= distance[end])) {
                    start--;
                } else if (right) {
                    end++;
                } else {
                    break;
                }
            }
            double probability = 0;
            double far = 0;
            for (int k = start; k < end; k++) {
                taken[k] = true;
                probability += probabilities[k];
                far += distance[k];
            }
            spans.add(new UncertainSpan(start, end, probability / (end - start), far / (end - start)));
        }
        return spans;
    }

    /** Whether a second is taken or touches a taken one (spans keep a second apart). */
    private static boolean blocked(boolean[] taken, int k) {
        return taken[k] || k > 0 && taken[k - 1] || k + 1 < taken.length && taken[k + 1];
    }
}
