package org.kissdetect.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.kissdetect.spark.internal.BatchRequest;
import org.kissdetect.spark.internal.BatchRun;
import org.kissdetect.spark.internal.BatchSummary;
import org.kissdetect.spark.internal.Failures;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The library job: {@code spark-submit --class org.kissdetect.spark.BatchJob kissdetect-spark.jar PATH... --out DIR
 * --model DIR}, and {@code ./kissdetect batch} in Spark's local mode. Exit codes as {@code ./kissdetect}'s: 0 done
 * (failed movies are in the failures table, not a failed job), 2 bad input, 3 model problem, 1 anything else.
 */
@Command(name = "kissdetect batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Detects the kissing scenes of a film library on Apache Spark (Spark's local mode from"
                + " ./kissdetect batch, a cluster through spark-submit).",
            "Writes Parquet tables under DIR: scores (per-second probabilities), scenes, movies (one row per movie"
                + " finished) and failures; and markers/NAME.FINGERPRINT.EXT per movie and format.",
            "A movie already finished with the same file content, model and parameters is skipped; one whose"
                + " scores exist is only segmented again. A movie that fails is listed in the failures table."})
public final class BatchJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Movies, folders or globs on any file system"
            + " Spark reads (file:, hdfs:, s3a:...).")
    List<String> movies = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder.")
    String out;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The detector model directory, where"
            + " every executor can read it (a shared file system, or any Hadoop file system: copied once per executor).")
    String model;

    @Option(names = "--min-seconds", paramLabel = "M", description = "Shortest scene in seconds (configured: 10).")
    Integer minSeconds;

    @Option(names = "--min-fraction", paramLabel = "T", description = "Smallest fraction of kissing seconds in a scene"
            + " (configured: 0.7).")
    Double minFraction;

    @Option(names = "--threshold", paramLabel = "P", description = "A second is kissing from probability P (default:"
            + " the model's recommendation, else the configured 0.5).")
    Double threshold;

    @Option(names = "--format", paramLabel = "FMT", split = ",", defaultValue = "json", description = "Marker formats,"
            + " comma-separated: json, csv, otio, fcpxml, xmeml, edl, avid, shotcut, kdenlive, vtt; 'none' for the"
            + " tables only (default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>(List.of("json"));

    @Option(names = "--marker-name", paramLabel = "NAME", defaultValue = "Kissing scene",
            description = "Markers are called NAME 1, NAME 2... (default: ${DEFAULT-VALUE}).")
    String markerName = "Kissing scene";

    @Option(names = "--marker-colour", paramLabel = "COLOUR", defaultValue = "red",
            description = "The markers' colour (default: ${DEFAULT-VALUE}).")
    String markerColour = "red";

    @Option(names = "--non-drop-frame", description = "Non-drop-frame timecode at 29.97 and 59.94 fps.")
    boolean nonDropFrame;

    @Option(names = "--range-seconds", paramLabel = "S", description = "Films longer than S seconds are split into"
            + " ranges of S seconds scored by different tasks (rounded up to a multiple of 64 from 64 on). Default:"
            + " as far as the cluster's task slots need, ranges of at least 640 s; a library with more films than"
            + " slots is scored a film a task.")
    Integer rangeSeconds;

    /**
     * Spark SQL would install Hadoop's URL handlers for the JVM, which takes one factory; the framework's (JavaCPP
     * finds FFmpeg through {@code bundle:} URLs) must be it. The job reads files through Hadoop's API, not URLs.
     */
    public static final String URL_HANDLERS = "spark.sql.defaultUrlStreamHandlerFactory.enabled";

    @Option(names = "--quiet", description = "No progress lines on stderr; the summary and failures only.")
    boolean quiet;

    private final PrintStream stdout;
    private final PrintStream stderr;

    BatchJob(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the job in the Spark session of this JVM (made when there is none); the exit code. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        CommandLine line = new CommandLine(new BatchJob(stdout, stderr));
        line.setOut(new java.io.PrintWriter(stdout, true));
        line.setErr(new java.io.PrintWriter(stderr, true));
        line.setExecutionExceptionHandler((failure, command, parsed) -> {
            stderr.println("kissdetect batch: " + Failures.describe(failure));
            if (failure instanceof BatchRun.ModelProblem) {
                return 3;
            }
            return failure instanceof IllegalArgumentException ? 2 : 1;
        });
        line.setParameterExceptionHandler((failure, arguments) -> {
            stderr.println("kissdetect batch: " + failure.getMessage());
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<String> chosen = formats.equals(List.of("none")) ? List.of() : List.copyOf(formats);
        BatchRequest request = new BatchRequest(movies, out, model, minSeconds, minFraction, threshold, chosen,
                markerName, markerColour, !nonDropFrame, rangeSeconds == null ? 0 : rangeSeconds);
        if (rangeSeconds != null && rangeSeconds < 1) {
            throw new IllegalArgumentException("--range-seconds must be at least 1, got " + rangeSeconds);
        }
        SparkSession spark = SparkSession.builder().appName("kissdetect batch")
                .config(URL_HANDLERS, "false").getOrCreate();
        BatchSummary summary = new BatchRun(spark, quiet ? line -> { } : line -> stderr.println("kissdetect batch: "
                + line)).run(request);
        print(summary);
        return 0;
    }

    private void print(BatchSummary summary) {
        stdout.printf(Locale.ROOT, "run %s: %d movies; %d finished before, %d scored before, %d scored now in %d ranges"
                + " (%d s of film), %d scenes, %d failed; %.1f s, %.2f film seconds per second%n", summary.runId(),
                summary.movies(), summary.finishedBefore(), summary.scoredBefore(), summary.scored(), summary.ranges(),
                summary.seconds(), summary.scenes(), summary.failures().size(), summary.wallSeconds(),
                summary.wallSeconds() > 0 ? summary.seconds() / summary.wallSeconds() : 0.0);
        summary.duplicates().forEach(line -> stdout.println("skipped " + line));
        summary.failures().forEach(line -> stdout.println("failed " + line));
        stdout.println("tables: " + out + "/{scores,scenes,movies,failures}");
    }
}
