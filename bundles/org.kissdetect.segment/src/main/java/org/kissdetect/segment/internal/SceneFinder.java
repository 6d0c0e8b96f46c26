package org.kissdetect.segment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

/**
 * The paper's Algorithm 1 without enumerating all spans.
 *
 * <p>Spans are written as prefix indices {@code [a, b)}. The greedy choice "longest candidate first, kept when it
 * overlaps nothing kept" equals, at every step, the longest <em>free</em> candidate over all starts. For a start
 * {@code a} its longest free candidate ends at the rightmost kissing end {@code b} before the next kept scene
 * whose balance is at least {@code a}'s ({@link FractionThreshold}); a segment tree finds it in {@code O(log n)}.
 * A priority queue holds each start's best end, re-evaluated lazily when a newly kept scene cuts it short: kept
 * scenes only ever shorten candidates, so a popped entry that is still free is the true maximum.
 */
final class SceneFinder {

    private SceneFinder() {
    }

    static List<Scene> find(float[] probabilities, SegmentationParameters parameters) {
        int n = probabilities.length;
        boolean[] kissing = new boolean[n];
        int[] kissingBefore = new int[n + 1];
        double[] probabilityBefore = new double[n + 1];
        for (int second = 0; second < n; second++) {
            float p = probabilities[second];
            if (!(p >= 0f && p <= 1f)) {
                throw new IllegalArgumentException(
                        "probability of second " + second + " is " + p + "; it must lie in [0, 1]");
            }
            kissing[second] = p >= parameters.threshold();
            kissingBefore[second + 1] = kissingBefore[second] + (kissing[second] ? 1 : 0);
            probabilityBefore[second + 1] = probabilityBefore[second] + p;
        }
        if (n < parameters.minSeconds()) {
            return List.of();
        }

        FractionThreshold fraction = new FractionThreshold(parameters.minFraction(), n);
        long[] balance = new long[n + 1];
        long[] endBalance = new long[n + 1];
        for (int index = 0; index <= n; index++) {
            balance[index] = fraction.balance(kissingBefore[index], index);
            boolean endsKissing = index > 0 && kissing[index - 1];
            endBalance[index] = endsKissing ? balance[index] : RightmostAtLeastTree.ABSENT;
        }
        RightmostAtLeastTree ends = new RightmostAtLeastTree(endBalance);
        int minSeconds = parameters.minSeconds();

        int[] bestEnd = new int[n];
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (int start = 0; start < n; start++) {
            if (kissing[start]) {
                int end = ends.rightmostAtLeast(start + minSeconds, n, balance[start]);
                if (end >= 0) {
                    bestEnd[start] = end;
                    queue.add(order(start, end, n));
                }
            }
        }

        TreeMap<Integer, Integer> kept = new TreeMap<>();
        while (!queue.isEmpty()) {
            int start = (int) (queue.poll() & 0xffff_ffffL);
            Map.Entry<Integer, Integer> before = kept.floorEntry(start);
            if (before != null && before.getValue() > start) {
                continue;
            }
            Integer nextKept = kept.higherKey(start);
            int limit = nextKept == null ? n : nextKept;
            if (bestEnd[start] <= limit) {
                kept.put(start, bestEnd[start]);
                continue;
            }
            int end = ends.rightmostAtLeast(start + minSeconds, limit, balance[start]);
            if (end >= 0) {
                bestEnd[start] = end;
                queue.add(order(start, end, n));
            }
        }

        List<Scene> scenes = new ArrayList<>(kept.size());
        kept.forEach((start, end) -> {
            double mean = (probabilityBefore[end] - probabilityBefore[start]) / (end - start);
            scenes.add(new Scene(start, end - 1, Math.min(1.0, Math.max(0.0, mean))));
        });
        return scenes;
    }

    /** Longest first, then earliest start, as one ascending key; the start sits in the low 32 bits. */
    private static long order(int start, int end, int n) {
        long shorterBy = n - (end - start);
        return shorterBy << 32 | start;
    }
}
