package org.kissdetect.resnet3d.internal.inference;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClipForwardBenchmark} with JMH (2 intra-op threads unless {@code threads=N}) and prints, per side and
 * batch, the clips per second of the bare 3D ResNet-34 pass and of the pass as the Kinetics classifier calls it,
 * with their ratio.
 */
public final class Resnet3dBenchmarks {

    static final int[] SIDES = {112, 224};
    static final int[] BATCHES = {1, 4};

    private Resnet3dBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String threads = "2";
        for (String arg : args) {
            if (!arg.matches("threads=[1-9][0-9]*")) {
                System.err.println("resnet3d benchmark: unknown argument '" + arg + "' (threads=N)");
                System.exit(2);
            }
            threads = arg.substring("threads=".length());
        }
        Map<String, Double> millis = new HashMap<>();
        for (RunResult result : new Runner(new OptionsBuilder()
                .include(ClipForwardBenchmark.class.getName() + "\\.").param("threads", threads).forks(1)
                .warmupIterations(1).warmupTime(TimeValue.seconds(5))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5)).build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            millis.put(key(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    Integer.parseInt(result.getParams().getParam("side")),
                    Integer.parseInt(result.getParams().getParam("batch"))), result.getPrimaryResult().getScore());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("%n3D ResNet-34, 16 frames, random weights, CPU, %s intra-op thread(s), OMP_WAIT_POLICY=%s%n",
                threads, System.getenv().getOrDefault("OMP_WAIT_POLICY", "(unset)"));
        report(millis, out);
    }

    static String key(String method, int side, int batch) {
        return method + "/" + side + "/" + batch;
    }

    /** @param millis mean milliseconds per call, by {@link #key} */
    static void report(Map<String, Double> millis, PrintWriter out) {
        out.printf("%6s %6s %16s %16s %10s%n", "side", "batch", "bare clips/s", "loaded clips/s", "vs bare");
        for (int side : SIDES) {
            for (int batch : BATCHES) {
                Double bare = millis.get(key("bare", side, batch));
                Double loaded = millis.get(key("loaded", side, batch));
                if (bare == null || loaded == null) {
                    continue;
                }
                double bareRate = batch * 1000 / bare;
                double loadedRate = batch * 1000 / loaded;
                out.printf("%6d %6d %16.2f %16.2f %9.2fx%n", side, batch, bareRate, loadedRate, loadedRate / bareRate);
            }
        }
    }
}
