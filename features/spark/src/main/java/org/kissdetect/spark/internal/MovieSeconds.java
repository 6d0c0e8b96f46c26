package org.kissdetect.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import scala.Tuple2;

/**
 * A movie's probabilities in second order, from its rows in the scores table: each second from 0 exactly once, or
 * the table is not what this job wrote.
 */
final class MovieSeconds {

    private MovieSeconds() {
    }

    static float[] probabilities(Iterable<Tuple2<Integer, Float>> rows) {
        List<Tuple2<Integer, Float>> seconds = new ArrayList<>();
        rows.forEach(seconds::add);
        seconds.sort(Comparator.comparingInt(Tuple2::_1));
        float[] probabilities = new float[seconds.size()];
        for (int i = 0; i < probabilities.length; i++) {
            int second = seconds.get(i)._1();
            if (second != i) {
                throw new IllegalStateException("the scores table holds second " + second + " where second " + i
                        + " belongs: " + (second < i ? "a second twice" : "seconds missing"));
            }
            probabilities[i] = seconds.get(i)._2();
        }
        return probabilities;
    }
}
