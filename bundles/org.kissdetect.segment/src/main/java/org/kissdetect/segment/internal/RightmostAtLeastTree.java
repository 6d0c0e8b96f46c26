package org.kissdetect.segment.internal;

import java.util.Arrays;

/**
 * A max segment tree over fixed values that finds, in {@code O(log n)}, the rightmost index of a range whose value
 * is at least a bound.
 */
final class RightmostAtLeastTree {

    static final long ABSENT = Long.MIN_VALUE;

    private final int leaves;
    private final long[] max;

    RightmostAtLeastTree(long[] values) {
        int size = 1;
        while (size < values.length) {
            size <<= 1;
        }
        leaves = size;
        max = new long[2 * size];
        Arrays.fill(max, ABSENT);
        System.arraycopy(values, 0, max, size, values.length);
        for (int node = size - 1; node >= 1; node--) {
            max[node] = Math.max(max[2 * node], max[2 * node + 1]);
        }
    }

    /** The largest index in {@code [from, to]} whose value is at least {@code bound}, or -1. */
    int rightmostAtLeast(int from, int to, long bound) {
        if (from > to) {
            return -1;
        }
        return search(1, 0, leaves - 1, from, to, bound);
    }

    private int search(int node, int nodeFrom, int nodeTo, int from, int to, long bound) {
        if (nodeTo < from || nodeFrom > to || max[node] < bound) {
            return -1;
        }
        if (nodeFrom == nodeTo) {
            return nodeFrom;
        }
        int middle = (nodeFrom + nodeTo) >>> 1;
        int right = search(2 * node + 1, middle + 1, nodeTo, from, to, bound);
        return right >= 0 ? right : search(2 * node, nodeFrom, middle, from, to, bound);
    }
}
