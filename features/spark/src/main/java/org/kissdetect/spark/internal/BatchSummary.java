package org.kissdetect.spark.internal;

import java.util.List;

/**
 * What one run did.
 *
 * @param runId          its id, as in the tables
 * @param movies         the movies named
 * @param finishedBefore those skipped whole: an earlier run finished them with this model and these parameters
 * @param scoredBefore   those whose scores existed, only segmented again
 * @param scored         those scored now
 * @param ranges         the ranges they were scored in
 * @param seconds        the seconds scored now
 * @param scenes         the scenes written now
 * @param failures       "path: error" for every movie that failed
 * @param duplicates     "path: same file as path" for files skipped as copies of another
 * @param wallSeconds    the run's wall time
 */
public record BatchSummary(String runId, int movies, int finishedBefore, int scoredBefore, int scored, int ranges,
        long seconds, int scenes, List<String> failures, List<String> duplicates, double wallSeconds) {
}
