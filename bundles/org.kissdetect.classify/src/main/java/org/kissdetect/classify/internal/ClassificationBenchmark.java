package org.kissdetect.classify.internal;

import java.io.PrintWriter;
import java.util.List;

import org.kissdetect.api.bench.Benchmark;
import org.osgi.service.component.annotations.Component;

/**
 * {@code kissdetect bench classify [samples=N] [threads=N] [device=auto|cpu|gpu]}: samples per second of the
 * classifier service at batch 1, 8 and 32, next to the bare forward passes of ResNet-18 and of VGGish timed in
 * the same run, with the peak resident set of each phase. Random weights: speed does not depend on them. The
 * work is in {@link ClassificationRun}, so that registering this benchmark loads nothing of DJL.
 */
@Component(property = "kissdetect.benchmark=classify")
public final class ClassificationBenchmark implements Benchmark {

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        new ClassificationRun(BenchOptions.parse(arguments), out).run();
        return 0;
    }
}
