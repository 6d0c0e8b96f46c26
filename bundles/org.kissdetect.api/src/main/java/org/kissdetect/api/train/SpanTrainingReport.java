package org.kissdetect.api.train;

/**
 * What a training run on labelled spans produced.
 *
 * @param training      the model, the split, every epoch and the held-out results
 * @param moviesDecoded how many movies this run decoded to embed their seconds (0 when every movie's embeddings
 *                      were cached)
 * @param spansSha256   the hash of the spans as trained on (group, movie, start, end, label, in order), which the
 *                      model's provenance names
 * @since 2.2
 */
public record SpanTrainingReport(TrainingReport training, int moviesDecoded, String spansSha256) {
}
