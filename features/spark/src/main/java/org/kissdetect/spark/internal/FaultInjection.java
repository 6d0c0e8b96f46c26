package org.kissdetect.spark.internal;

import java.io.Serializable;

import org.apache.spark.TaskContext;

/**
 * A task failure a test asks for (Spark property {@value #PROPERTY} = {@code STAGE:MOVIE-NAME}): the first attempt
 * of the task of that stage that handles that movie fails half-way through its rows, after some of them were
 * written; Spark's retry must leave each row once. Never set outside tests.
 *
 * @param stage     {@code scores} (writing the per-second table) is the one stage that asks
 * @param movieName the movie's file name
 */
public record FaultInjection(String stage, String movieName) implements Serializable {

    public static final String PROPERTY = "spark.kissdetect.test.failOnce";

    /** The injection a property value asks for, or null for none. */
    public static FaultInjection parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException(PROPERTY + " is STAGE:MOVIE-NAME, got " + value);
        }
        return new FaultInjection(value.substring(0, colon), value.substring(colon + 1));
    }

    /** Fails the first attempt once {@code rowsSoFar} reaches half of {@code rows} for the movie asked for. */
    void maybeFail(String stage, String movieName, int rowsSoFar, int rows) {
        TaskContext task = TaskContext.get();
        if (this.stage.equals(stage) && this.movieName.equals(movieName) && rowsSoFar == rows / 2 && task != null
                && task.attemptNumber() == 0) {
            throw new IllegalStateException("a failure injected by " + PROPERTY + " after " + rowsSoFar + " of "
                    + rows + " rows of " + movieName + " (attempt 0 of task " + task.taskAttemptId() + ")");
        }
    }
}
