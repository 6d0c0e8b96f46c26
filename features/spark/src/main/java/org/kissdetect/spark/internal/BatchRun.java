package org.kissdetect.spark.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * One run of the library job, on the driver: list the movies, probe them on the executors, skip what an earlier
 * run finished, score the rest in ranges, check that each film's ranges join, append the scores, then segment every
 * movie without scenes from the scores table and write its markers, its scenes and, last, its row in the movies
 * table. A movie that fails at any stage goes to the failures table and the run goes on.
 */
public final class BatchRun {

    private final SparkSession spark;
    private final JavaSparkContext context;
    private final Consumer<String> progress;

    /** @param progress told, one line each, what the run is doing */
    public BatchRun(SparkSession spark, Consumer<String> progress) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.progress = progress;
    }

    public BatchSummary run(BatchRequest request) throws IOException, ModelProblem {
        long started = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        String runId = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<FileStatus> files = LibraryListing.expand(request.movies(), conf);
        String out = new org.apache.hadoop.fs.Path(request.out()).getFileSystem(conf)
                .makeQualified(new org.apache.hadoop.fs.Path(request.out())).toString();
        JobSettings settings = new JobSettings(runId, request.model(), out, request.formats(), request.markerName(),
                request.markerColour(), request.dropFrame(),
                FaultInjection.parse(spark.sparkContext().getConf().get(FaultInjection.PROPERTY, null)),
                spark.sparkContext().getConf().getLong(LocalFiles.BUDGET_PROPERTY,
                        LocalFiles.DEFAULT_BUDGET_GIB << 30));
        Broadcast<SerializableConfiguration> hadoop = context.broadcast(new SerializableConfiguration(conf));
        OutputTables tables = new OutputTables(spark, out);
        List<Row> failures = new ArrayList<>();

        progress.accept("probing " + files.size() + " movies");
        List<Probe> probes = probe(files, settings, hadoop);
        Map<String, Probe> movies = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Probe probe : probes) {
            if (probe.modelError()) {
                throw new ModelProblem("the model " + request.model() + " cannot be loaded: " + probe.error());
            }
            if (probe.failed()) {
                failures.add(failure(runId, probe.movie().uri(), probe.movie().fingerprint(), "open", probe.error()));
            } else if (movies.containsKey(probe.movie().fingerprint())) {
                duplicates.add(probe.movie().uri() + ": the same file as "
                        + movies.get(probe.movie().fingerprint()).movie().uri());
            } else {
                movies.put(probe.movie().fingerprint(), probe);
            }
        }
        if (movies.isEmpty()) {
            tables.append(OutputTables.FAILURES, failures, OutputTables.FAILURES_SCHEMA);
            return summary(runId, files.size(), 0, 0, 0, 0, 0, 0, failures, duplicates, started);
        }
        ModelKey model = theModel(movies.values());
        Segmentation segmentation = Segmentation.of(request.minSeconds(), request.minFraction(), request.threshold(),
                model, movies.values().iterator().next().configured());
        String formats = String.join(",", request.formats());
        Set<String> finished = tables.finished(model.content(), segmentation, formats);
        // Finished with other marker formats: only the markers and the movie's row are written again.
        Set<String> segmentedBefore = tables.finished(model.content(), segmentation, null);
        Set<String> scoredBefore = tables.scored(model.content());
        Set<String> toSegment = new HashSet<>();
        List<Probe> toScore = new ArrayList<>();
        for (Probe probe : movies.values()) {
            String fingerprint = probe.movie().fingerprint();
            if (!finished.contains(fingerprint)) {
                toSegment.add(fingerprint);
                if (!scoredBefore.contains(fingerprint)) {
                    toScore.add(probe);
                }
            }
        }
        int rangeSeconds = request.rangeSeconds() > 0 ? request.rangeSeconds() : RangePlan.automaticLength(
                toScore.stream().mapToLong(Probe::declaredSeconds).sum(), context.defaultParallelism());
        List<RangeTask> tasks = new ArrayList<>();
        for (Probe probe : toScore) {
            RangePlan.of(probe.declaredSeconds(), rangeSeconds)
                    .forEach(range -> tasks.add(new RangeTask(probe.movie(), range.first(), range.end())));
        }
        int scoredNow = toScore.size();
        int finishedBefore = movies.size() - toSegment.size();
        int alreadyScored = toSegment.size() - scoredNow;
        if (!tasks.isEmpty()) {
            progress.accept("scoring " + scoredNow + " movies (" + toScore.stream().mapToLong(Probe::declaredSeconds)
                    .sum() + " s declared) in " + tasks.size() + " ranges of up to " + rangeSeconds + " s");
        }
        long seconds = tasks.isEmpty() ? 0 : score(tasks, settings, model, tables, hadoop, failures, toSegment);
        if (!toSegment.isEmpty()) {
            progress.accept("segmenting " + toSegment.size() + " movies and writing their markers");
        }
        int scenes = toSegment.isEmpty() ? 0
                : segment(toSegment, segmentedBefore, movies, model, segmentation, formats, settings, tables, hadoop,
                        failures);
        tables.append(OutputTables.FAILURES, failures, OutputTables.FAILURES_SCHEMA);
        return summary(runId, files.size(), finishedBefore, alreadyScored, scoredNow, tasks.size(), seconds, scenes,
                failures, duplicates, started);
    }

    private List<Probe> probe(List<FileStatus> files, JobSettings settings,
            Broadcast<SerializableConfiguration> hadoop) {
        List<String> uris = files.stream().map(file -> file.getPath().toString()).toList();
        return context.parallelize(uris, uris.size())
                .map(uri -> MovieProbing.probe(uri, settings, hadoop.value().value())).collect();
    }

    /** Scores the ranges; returns the seconds appended. Films whose ranges do not join leave {@code toSegment}. */
    private long score(List<RangeTask> tasks, JobSettings settings, ModelKey model, OutputTables tables,
            Broadcast<SerializableConfiguration> hadoop, List<Row> failures, Set<String> toSegment) {
        JavaRDD<RangeItem> items = context.parallelize(tasks, tasks.size())
                .mapPartitions(part -> RangeScoring.score(part, settings, hadoop.value().value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<RangeItem.Outcome> outcomes = items.filter(item -> item instanceof RangeItem.Outcome)
                    .map(item -> (RangeItem.Outcome) item).collect();
            Map<String, List<RangeItem.Outcome>> byMovie = outcomes.stream()
                    .collect(Collectors.groupingBy(outcome -> outcome.task().movie().fingerprint()));
            Set<String> good = new HashSet<>();
            long seconds = 0;
            for (Map.Entry<String, List<RangeItem.Outcome>> movie : byMovie.entrySet()) {
                var problem = RangeCheck.problem(movie.getValue(), model.content());
                MovieFile file = movie.getValue().get(0).task().movie();
                if (problem.isPresent()) {
                    failures.add(failure(settings.runId(), file.uri(), file.fingerprint(), "score", problem.get()));
                    toSegment.remove(file.fingerprint());
                } else {
                    good.add(movie.getKey());
                    seconds += movie.getValue().stream().mapToInt(RangeItem.Outcome::seconds).sum();
                }
            }
            Broadcast<Set<String>> joined = context.broadcast(good);
            JavaRDD<Row> rows = items.filter(item -> item instanceof RangeItem.Second second
                    && joined.value().contains(second.fingerprint()))
                    .mapPartitions(part -> ScoreRows.rows(part, model, settings));
            tables.append(OutputTables.SCORES, spark.createDataFrame(rows, OutputTables.SCORES_SCHEMA));
            return seconds;
        } finally {
            items.unpersist(false);
        }
    }

    /** Segments the movies from the scores table and writes their markers, scenes and rows; the scenes written. */
    private int segment(Set<String> fingerprints, Set<String> segmentedBefore, Map<String, Probe> movies,
            ModelKey model, Segmentation segmentation, String formats, JobSettings settings, OutputTables tables,
            Broadcast<SerializableConfiguration> hadoop, List<Row> failures) {
        Map<String, String> uris = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        fingerprints.forEach(fingerprint -> {
            uris.put(fingerprint, movies.get(fingerprint).movie().uri());
            descriptions.put(fingerprint, movies.get(fingerprint).description());
        });
        Broadcast<Map<String, String>> where = context.broadcast(uris);
        Broadcast<Map<String, String>> what = context.broadcast(descriptions);
        JavaRDD<MovieScenes> scenes = tables.scores(model.content(), fingerprints).javaRDD()
                .mapToPair(row -> new scala.Tuple2<>(row.getString(0),
                        new scala.Tuple2<>(row.getInt(2), row.getFloat(3))))
                .groupByKey(Math.max(1, Math.min(fingerprints.size(), context.defaultParallelism() * 4)))
                .map(movie -> SceneWriting.scenes(movie._1(), where.value().get(movie._1()),
                        what.value().get(movie._1()), movie._2(), model, segmentation, settings, hadoop.value().value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<MovieScenes> outcomes = scenes.collect();
            List<Row> sceneRows = new ArrayList<>();
            List<Row> movieRows = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (MovieScenes movie : outcomes) {
                if (movie.error() != null) {
                    failures.add(failure(settings.runId(), movie.uri(), movie.fingerprint(), "scenes", movie.error()));
                    continue;
                }
                for (int i = 0; i < movie.scenes().size() && !segmentedBefore.contains(movie.fingerprint()); i++) {
                    MovieScenes.SceneRow scene = movie.scenes().get(i);
                    sceneRows.add(RowFactory.create(movie.fingerprint(), movie.uri(), i + 1, scene.start(),
                            scene.end(), scene.confidence(), model.id(), model.version(), model.content(),
                            segmentation.minSeconds(), segmentation.minFraction(), segmentation.threshold(),
                            settings.runId()));
                }
                movieRows.add(RowFactory.create(movie.fingerprint(), movie.uri(), movie.seconds(),
                        movie.scenes().size(), scala.jdk.javaapi.CollectionConverters.asScala(movie.markers()).toSeq(),
                        model.id(), model.version(), model.content(), segmentation.minSeconds(),
                        segmentation.minFraction(), segmentation.threshold(), formats, settings.runId(), now));
            }
            Set<String> missing = new HashSet<>(fingerprints);
            outcomes.forEach(movie -> missing.remove(movie.fingerprint()));
            missing.forEach(fingerprint -> failures.add(failure(settings.runId(), uris.get(fingerprint), fingerprint,
                    "scenes", "its scores are not in the scores table")));
            tables.append(OutputTables.SCENES, sceneRows, OutputTables.SCENES_SCHEMA);
            tables.append(OutputTables.MOVIES, movieRows, OutputTables.MOVIES_SCHEMA);
            return sceneRows.size();
        } finally {
            scenes.unpersist(false);
        }
    }

    private static ModelKey theModel(Iterable<Probe> probes) throws ModelProblem {
        ModelKey model = null;
        for (Probe probe : probes) {
            if (model == null) {
                model = probe.model();
            } else if (!model.content().equals(probe.model().content())) {
                throw new ModelProblem("the executors loaded different models from the same directory ("
                        + model.id() + " " + model.version() + " and " + probe.model().id() + " "
                        + probe.model().version() + "): it changed during the run, or is not the same on every machine");
            }
        }
        return model;
    }

    static Row failure(String runId, String uri, String fingerprint, String stage, String error) {
        return RowFactory.create(runId, uri, fingerprint, stage, error, Timestamp.from(Instant.now()));
    }

    private static BatchSummary summary(String runId, int movies, int finishedBefore, int scoredBefore, int scored,
            int ranges, long seconds, int scenes, List<Row> failures, List<String> duplicates, long started) {
        List<String> failed = failures.stream().map(row -> row.getString(1) + ": " + row.getString(4)).toList();
        return new BatchSummary(runId, movies, finishedBefore, scoredBefore, scored, ranges, seconds, scenes, failed,
                duplicates, (System.nanoTime() - started) / 1e9);
    }

    /** The model cannot be loaded: the whole run fails (exit 3), as no movie could be scored. */
    public static final class ModelProblem extends Exception {
        public ModelProblem(String message) {
            super(message);
        }
    }
}
