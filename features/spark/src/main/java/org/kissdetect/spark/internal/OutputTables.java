package org.kissdetect.spark.internal;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables under the output folder. Each run appends; Spark's commit protocol makes a task's rows
 * appear only once its attempt succeeded and a run's rows only once its write job committed, so a killed task or a
 * killed run leaves no partial rows. What exists decides what a run skips:
 * <ul>
 * <li>{@code scores}: one row per second of every movie scored, per model content: a movie with rows here for the
 * run's model is not scored again;</li>
 * <li>{@code scenes}: one row per scene, with the parameters that made it;</li>
 * <li>{@code movies}: one row per movie finished (scenes and markers written), written last: a movie with a row
 * for the model, the parameters and the formats is skipped whole;</li>
 * <li>{@code failures}: the movies that failed, with their error and the stage; never skipped, so a later run tries
 * them again.</li>
 * </ul>
 */
final class OutputTables {

    static final String SCORES = "scores";
    static final String SCENES = "scenes";
    static final String MOVIES = "movies";
    static final String FAILURES = "failures";

    static final StructType SCORES_SCHEMA = new StructType()
            .add("movie_fingerprint", DataTypes.StringType, false)
            .add("movie_path", DataTypes.StringType, false)
            .add("second", DataTypes.IntegerType, false)
            .add("probability", DataTypes.FloatType, false)
            .add("model_id", DataTypes.StringType, false)
            .add("model_version", DataTypes.StringType, false)
            .add("model_content", DataTypes.StringType, false)
            .add("run_id", DataTypes.StringType, false);

    static final StructType SCENES_SCHEMA = withParameters(new StructType()
            .add("movie_fingerprint", DataTypes.StringType, false)
            .add("movie_path", DataTypes.StringType, false)
            .add("scene", DataTypes.IntegerType, false)
            .add("start_second", DataTypes.IntegerType, false)
            .add("end_second", DataTypes.IntegerType, false)
            .add("confidence", DataTypes.DoubleType, false))
            .add("run_id", DataTypes.StringType, false);

    static final StructType MOVIES_SCHEMA = withParameters(new StructType()
            .add("movie_fingerprint", DataTypes.StringType, false)
            .add("movie_path", DataTypes.StringType, false)
            .add("seconds", DataTypes.IntegerType, false)
            .add("scenes", DataTypes.IntegerType, false)
            .add("marker_files", DataTypes.createArrayType(DataTypes.StringType, false), false))
            .add("formats", DataTypes.StringType, false)
            .add("run_id", DataTypes.StringType, false)
            .add("finished_at", DataTypes.TimestampType, false);

    static final StructType FAILURES_SCHEMA = new StructType()
            .add("run_id", DataTypes.StringType, false)
            .add("movie_path", DataTypes.StringType, false)
            .add("movie_fingerprint", DataTypes.StringType, true)
            .add("stage", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, false)
            .add("failed_at", DataTypes.TimestampType, false);

    private final SparkSession spark;
    private final String out;

    OutputTables(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out;
    }

    /** The fingerprints with scores by this model content. */
    Set<String> scored(String modelContent) throws IOException {
        return fingerprints(SCORES, SCORES_SCHEMA, col("model_content").equalTo(modelContent));
    }

    /**
     * The fingerprints finished with this model content and these parameters, and with these formats unless
     * {@code formats} is null (their scenes are in the table whatever markers were written).
     */
    Set<String> finished(String modelContent, Segmentation segmentation, String formats) throws IOException {
        org.apache.spark.sql.Column same = col("model_content").equalTo(modelContent)
                .and(col("min_seconds").equalTo(segmentation.minSeconds()))
                .and(col("min_fraction").equalTo(segmentation.minFraction()))
                .and(col("threshold").equalTo(segmentation.threshold()));
        return fingerprints(MOVIES, MOVIES_SCHEMA, formats == null ? same : same.and(col("formats").equalTo(formats)));
    }

    /** The scores of these movies by this model content. */
    Dataset<Row> scores(String modelContent, Set<String> fingerprints) {
        return read(SCORES, SCORES_SCHEMA).where(col("model_content").equalTo(modelContent)
                .and(col("movie_fingerprint").isin(fingerprints.toArray())));
    }

    Dataset<Row> read(String table, StructType schema) {
        return spark.read().schema(schema).parquet(path(table));
    }

    void append(String table, Dataset<Row> rows) {
        rows.write().mode(SaveMode.Append).parquet(path(table));
    }

    void append(String table, List<Row> rows, StructType schema) {
        if (!rows.isEmpty()) {
            append(table, spark.createDataFrame(rows, schema));
        }
    }

    String path(String table) {
        return new Path(out, table).toString();
    }

    private Set<String> fingerprints(String table, StructType schema, org.apache.spark.sql.Column where)
            throws IOException {
        Path path = new Path(path(table));
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(path)) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (Row row : read(table, schema).where(where).select("movie_fingerprint").distinct().collectAsList()) {
            found.add(row.getString(0));
        }
        return found;
    }

    private static StructType withParameters(StructType schema) {
        return schema.add("model_id", DataTypes.StringType, false)
                .add("model_version", DataTypes.StringType, false)
                .add("model_content", DataTypes.StringType, false)
                .add("min_seconds", DataTypes.IntegerType, false)
                .add("min_fraction", DataTypes.DoubleType, false)
                .add("threshold", DataTypes.DoubleType, false);
    }
}
