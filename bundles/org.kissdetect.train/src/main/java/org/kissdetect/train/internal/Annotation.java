package org.kissdetect.train.internal;

import java.nio.file.Path;

/**
 * One line of an annotation file: the time span {@code [start, end)} of a movie, kissing or not.
 *
 * @param line    the line in the file, from 1
 * @param movie   the movie as the file names it
 * @param file    the movie file, resolved against the annotation file's folder
 * @param start   the start in seconds
 * @param end     the end in seconds, after {@code start}
 * @param kissing the label
 */
record Annotation(int line, String movie, Path file, double start, double end, boolean kissing) {

    /** @return the first whole second inside the span: {@code ceil(start)} */
    int firstSecond() {
        return (int) Math.ceil(start - 1e-6);
    }

    /** @return the last whole second inside the span: the last {@code k} with {@code k + 1 <= end} */
    int lastSecond() {
        return (int) Math.floor(end + 1e-6) - 1;
    }
}
