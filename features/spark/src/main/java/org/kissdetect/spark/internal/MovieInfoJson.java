package org.kissdetect.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.kissdetect.api.decode.MovieInfo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A movie's {@link MovieInfo} as text, so that the probe's look at a movie reaches the task that writes its markers
 * without that task opening the movie again (on HDFS or S3A: copying it again).
 */
final class MovieInfoJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MovieInfoJson() {
    }

    static String write(MovieInfo movie) {
        try {
            return JSON.writeValueAsString(movie);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot describe " + movie.file(), e);
        }
    }

    static MovieInfo read(String json) {
        try {
            return JSON.readValue(json, MovieInfo.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a movie's description back: " + e.getMessage(), e);
        }
    }
}
