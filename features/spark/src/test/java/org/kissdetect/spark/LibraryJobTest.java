package org.kissdetect.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.spark.internal.EmbeddedRuntime;
import org.kissdetect.spark.internal.FaultInjection;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;

/**
 * The job in Spark's local mode on two cores, as {@code ./kissdetect batch} runs it, on four generated films (one
 * split into three ranges) and a corrupt one, with one task of the scores' write failing half-way on its first
 * attempt. Each film's seconds and scenes must equal what the detection service behind {@code kissdetect detect}
 * gives in one pass, each second once; a second run must skip everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibraryJobTest {

    private static final Map<String, SyntheticFilm> FILMS = new LinkedHashMap<>();

    static {
        FILMS.put("long.mp4", SyntheticFilm.of(42, 11, new SecondSpan(5, 19), new SecondSpan(28, 40)));
        FILMS.put("second.mp4", SyntheticFilm.of(16, 12, new SecondSpan(3, 14)));
        FILMS.put("third.mp4", SyntheticFilm.of(14, 13));
        FILMS.put("fourth.mp4", SyntheticFilm.of(16, 14, new SecondSpan(2, 13)));
    }

    @TempDir
    static Path folder;
    private static Path library;
    private static Path model;
    private static Path out;
    private static SparkSession spark;
    private static final List<String> failedTasks = new ArrayList<>();
    private static final AtomicInteger runs = new AtomicInteger();

    @BeforeAll
    static void makeTheLibrary() throws Exception {
        EmbeddedRuntime runtime = EmbeddedRuntime.get();
        model = runtime.service(DemoModel.class).ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        library = Files.createDirectories(folder.resolve("library"));
        MovieEncoder encoder = runtime.service(MovieEncoder.class);
        for (Map.Entry<String, SyntheticFilm> film : FILMS.entrySet()) {
            film.getValue().write(encoder, library.resolve(film.getKey()));
        }
        byte[] noise = new byte[200_000];
        new Random(5).nextBytes(noise);
        Files.write(library.resolve("broken.mp4"), noise);
        out = folder.resolve("out");
        spark = SparkSession.builder().master("local[2,4]").appName("LibraryJobTest")
                .config("spark.ui.enabled", "false").config(BatchJob.URL_HANDLERS, "false")
                .config(FaultInjection.PROPERTY, "scores:second.mp4")
                .getOrCreate();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() != Success$.MODULE$) {
                    synchronized (failedTasks) {
                        failedTasks.add(end.reason().toString());
                    }
                }
            }
        });
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @Order(1)
    void theJobMatchesDetectFilmByFilmAndRecoversFromAFailedTask() throws Exception {
        String printed = runTheJob();
        assertThat(printed).contains("5 movies; 0 finished before, 0 scored before, 4 scored now in 6 ranges");
        assertThat(failedTasks).anySatisfy(reason -> assertThat(reason).contains("injected"));

        EmbeddedRuntime runtime = EmbeddedRuntime.get();
        for (String name : FILMS.keySet()) {
            Path movie = library.resolve(name);
            SegmentationParameters configured = runtime.segmenter().parameters();
            Detection detected = runtime.detection().detect(new DetectionRequest(movie, model,
                    new SegmentationParameters(configured.minSeconds(), configured.minFraction(),
                            runtime.detection().score(movie, model, new org.kissdetect.api.detect.SecondRange(0, 0),
                                    () -> false).model().threshold().orElse(configured.threshold()))),
                    progress -> {
                    }, () -> false);
            List<Row> seconds = spark.read().parquet(out.resolve("scores").toString())
                    .where("movie_path like '%/" + name + "'").orderBy("second").collectAsList();
            float[] batch = new float[seconds.size()];
            for (int i = 0; i < batch.length; i++) {
                assertThat(seconds.get(i).getInt(seconds.get(i).fieldIndex("second"))).as(name).isEqualTo(i);
                batch[i] = seconds.get(i).getFloat(seconds.get(i).fieldIndex("probability"));
            }
            assertThat(batch).as(name + ": every second once, each probability detect's").containsExactly(
                    detected.probabilities());
            List<Scene> scenes = spark.read().parquet(out.resolve("scenes").toString())
                    .where("movie_path like '%/" + name + "'").orderBy("scene").collectAsList().stream()
                    .map(row -> new Scene(row.getInt(row.fieldIndex("start_second")),
                            row.getInt(row.fieldIndex("end_second")), row.getDouble(row.fieldIndex("confidence"))))
                    .toList();
            assertThat(scenes).as(name).isEqualTo(detected.scenes());
            Path markers;
            try (var files = Files.list(out.resolve("markers"))) {
                markers = files.filter(file -> file.getFileName().toString().startsWith(name + ".")).findFirst()
                        .orElseThrow();
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            runtime.markerWriters().get("json").write(new MarkerDocument(detected.movie().withShotCuts(List.of()),
                    detected.scenes(), detected.model().id(), new MarkerStyle(MarkerStyle.DEFAULT_NAME, "red", true)),
                    expected);
            assertThat(markers.getFileName().toString()).endsWith(".json");
            assertThat(Files.readString(markers)).as(name + ": the markers detect --no-snap writes")
                    .isEqualTo(expected.toString(StandardCharsets.UTF_8));
        }
        assertThat(FILMS.get("long.mp4").truth()).contains(true);
        assertThat(spark.read().parquet(out.resolve("scenes").toString()).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void theCorruptMovieIsAFailureNotAFailedJob() {
        List<Row> failures = spark.read().parquet(out.resolve("failures").toString()).collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getString(failures.get(0).fieldIndex("movie_path"))).endsWith("/broken.mp4");
        assertThat(failures.get(0).getString(failures.get(0).fieldIndex("stage"))).isEqualTo("open");
        assertThat(failures.get(0).getString(failures.get(0).fieldIndex("error"))).isNotBlank();
    }

    @Test
    @Order(3)
    void aSecondRunSkipsWhatTheFirstFinished() throws Exception {
        long secondsBefore = spark.read().parquet(out.resolve("scores").toString()).count();
        long scenesBefore = spark.read().parquet(out.resolve("scenes").toString()).count();
        String printed = runTheJob();
        assertThat(printed).contains("5 movies; 4 finished before, 0 scored before, 0 scored now");
        assertThat(spark.read().parquet(out.resolve("scores").toString()).count()).isEqualTo(secondsBefore);
        assertThat(spark.read().parquet(out.resolve("scenes").toString()).count()).isEqualTo(scenesBefore);
        assertThat(spark.read().parquet(out.resolve("failures").toString()).count()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void anotherMarkerFormatWritesMarkersWithoutScoringOrSegmentingAgain() throws Exception {
        long scenesBefore = spark.read().parquet(out.resolve("scenes").toString()).count();
        String printed = runTheJob("--format", "json,otio");
        assertThat(printed).contains("5 movies; 0 finished before, 4 scored before, 0 scored now");
        assertThat(spark.read().parquet(out.resolve("scenes").toString()).count()).isEqualTo(scenesBefore);
        assertThat(spark.read().parquet(out.resolve("movies").toString()).where("formats = 'json,otio'").count())
                .isEqualTo(FILMS.size());
        try (var markers = Files.list(out.resolve("markers"))) {
            assertThat(markers.filter(file -> file.toString().endsWith(".otio"))).hasSize(FILMS.size());
        }
    }

    private static String runTheJob(String... more) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(library.toString(), "--out", out.toString(), "--model",
                model.toString(), "--range-seconds", "16"));
        args.addAll(List.of(more));
        int exit = BatchJob.run(args.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + stderr.toString(StandardCharsets.UTF_8)).isZero();
        runs.incrementAndGet();
        return printed;
    }
}
