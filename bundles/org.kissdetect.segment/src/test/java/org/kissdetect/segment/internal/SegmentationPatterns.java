package org.kissdetect.segment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** The films {@code bench segment} times: per-second probabilities of many patterns, the same in every run. */
final class SegmentationPatterns {

    private SegmentationPatterns() {
    }

    /** @return the patterns of an {@code n}-second film by name, in the order the report lists them */
    static Map<String, float[]> of(int n) {
        Map<String, float[]> patterns = new LinkedHashMap<>();
        Random random = new Random(42);
        patterns.put("all-kissing", fill(n, i -> 1f));
        patterns.put("none-kissing", fill(n, i -> 0f));
        patterns.put("alternating-1-0", fill(n, i -> i % 2 == 0 ? 1f : 0f));
        patterns.put("alternating-1-1-1-0", fill(n, i -> i % 4 == 3 ? 0f : 1f));
        patterns.put("alternating-1-1-0-0", fill(n, i -> i % 4 < 2 ? 1f : 0f));
        patterns.put("blocks-10-on-9-off", fill(n, i -> i % 19 < 10 ? 1f : 0f));
        patterns.put("random-50%-kissing", fill(n, i -> random.nextBoolean() ? 1f : 0f));
        patterns.put("random-75%-kissing", fill(n, i -> random.nextInt(4) > 0 ? 1f : 0f));
        patterns.put("random-probabilities", fill(n, i -> random.nextFloat()));
        patterns.put("growing-gaps", growingGaps(n));
        return patterns;
    }

    /** Kissing runs separated by ever longer gaps: many long candidates that each kept scene cuts short. */
    private static float[] growingGaps(int n) {
        float[] p = new float[n];
        int i = 0;
        for (int gap = 1; i < n; gap++) {
            for (int k = 0; k < 12 && i < n; k++) {
                p[i++] = 1f;
            }
            i += gap;
        }
        return p;
    }

    private interface Value {
        float at(int second);
    }

    private static float[] fill(int n, Value value) {
        float[] p = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = value.at(i);
        }
        return p;
    }
}
