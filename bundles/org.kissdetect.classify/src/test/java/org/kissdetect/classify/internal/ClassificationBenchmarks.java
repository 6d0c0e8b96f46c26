package org.kissdetect.classify.internal;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./kissdetect bench classify [threads=N] [device=auto|cpu|gpu]}: runs {@link ForwardPassBenchmark} with JMH
 * and prints, per batch size, the samples per second of the bare ResNet-18 passes (as saved and with batch norm
 * folded) and VGGish passes, of both in turn (what one folded image pass and one audio pass per sample allow) and
 * of the classifier service, with its ratio to both in turn.
 */
public final class ClassificationBenchmarks {

    static final int[] BATCHES = {1, 8, 32};

    private ClassificationBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("kissdetect bench classify: " + e.getMessage());
            System.exit(2);
            return;
        }
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder()
                .include(ForwardPassBenchmark.class.getName() + "\\.")
                .param("threads", Integer.toString(options.threads()))
                .param("device", options.device().name().toLowerCase(java.util.Locale.ROOT)).forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2)).build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            String form = "folded".equals(result.getParams().getParam("batchNorm")) ? "-folded" : "";
            millis.put(benchmark.substring(benchmark.lastIndexOf('.') + 1) + form + "/"
                    + result.getParams().getParam("batch"), result.getPrimaryResult().getScore());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("%nClassification, random weights (speed does not depend on them): %s, %d intra-op thread(s),"
                + " OMP_WAIT_POLICY=%s (JMH, mean of 3 iterations after 2 of warm-up)%n", options.device(),
                options.threads(), System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)"));
        report(millis, out);
    }

    /**
     * @param millis the mean milliseconds per call of each benchmark method at each batch, as {@code name/batch},
     *               the folded ResNet-18 as {@code resnet18-folded/batch}
     */
    static void report(Map<String, Double> millis, PrintWriter out) {
        out.printf("%6s %14s %14s %9s %14s %24s %18s %10s%n", "batch", "ResNet-18 /s", "folded /s", "speedup",
                "VGGish /s", "both in turn /s (base)", "classifier /s", "vs base");
        for (int batch : BATCHES) {
            Double resnet = millis.get("resnet18/" + batch);
            Double folded = millis.get("resnet18-folded/" + batch);
            Double vggish = millis.get("vggish/" + batch);
            Double service = millis.get("classifier/" + batch);
            if (resnet == null || folded == null || vggish == null || service == null) {
                continue;
            }
            double images = batch * 1000 / resnet;
            double foldedImages = batch * 1000 / folded;
            double patches = batch * 1000 / vggish;
            double both = 1 / (1 / foldedImages + 1 / patches);
            double classified = batch * 1000 / service;
            out.printf("%6d %14.1f %14.1f %8.2fx %14.1f %24.1f %18.1f %9.2fx%n", batch, images, foldedImages,
                    foldedImages / images, patches, both, classified, classified / both);
        }
        out.println("(folded: batch norm folded into the convolutions, as the service runs ResNet-18; both in turn:"
                + " what one folded image pass and one audio pass per sample allow, from the bare figures)");
    }
}
