package org.kissdetect.segment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

/** Algorithm 1 exactly as written: every candidate span, longest first, kept when it overlaps nothing kept. */
final class BruteForceSegmenter {

    private BruteForceSegmenter() {
    }

    static List<Scene> segment(float[] p, SegmentationParameters parameters) {
        int n = p.length;
        boolean[] kissing = new boolean[n];
        for (int s = 0; s < n; s++) {
            kissing[s] = p[s] >= parameters.threshold();
        }
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = i; j < n; j++) {
                count += kissing[j] ? 1 : 0;
                int length = j - i + 1;
                if (kissing[i] && kissing[j] && length >= parameters.minSeconds()
                        && (double) count / length >= parameters.minFraction()) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -(c[1] - c[0])).thenComparingInt(c -> c[0]));
        boolean[] taken = new boolean[n];
        List<Scene> scenes = new ArrayList<>();
        for (int[] c : candidates) {
            boolean free = true;
            for (int s = c[0]; s <= c[1] && free; s++) {
                free = !taken[s];
            }
            if (free) {
                double sum = 0;
                for (int s = c[0]; s <= c[1]; s++) {
                    taken[s] = true;
                    sum += p[s];
                }
                scenes.add(new Scene(c[0], c[1], sum / (c[1] - c[0] + 1)));
            }
        }
        scenes.sort(Comparator.comparingInt(Scene::start));
        return scenes;
    }
}
