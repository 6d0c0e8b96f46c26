package org.kissdetect.cli.internal;

import java.time.Duration;
import java.util.Locale;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.TrainingReport;

/** The results of training and evaluation as a person reads them. */
final class TrainingReports {

    private TrainingReports() {
    }

    static String of(TrainingReport report) {
        return "model written to " + report.model() + "\n"
                + String.format(Locale.ROOT, "best epoch %d of %d: validation F1 %.3f%s%n", report.bestEpoch(),
                        report.epochs().size(), report.bestValidation().f1(), report.epochs()
                                .get(report.bestEpoch() - 1).trainingResults()
                                .map(t -> String.format(Locale.ROOT, " (training F1 %.3f)", t.f1())).orElse(""))
                + "held-out test (" + report.split().test().size() + " movies): " + seconds(report.test()) + "\n"
                + "held-out scenes: " + scenes(report.testScenes()) + "\n"
                + "took " + clock(report.elapsed());
    }

    static String of(EvaluationReport report) {
        return "model " + report.model().id() + " " + report.model().version() + " (" + report.model().variant()
                + ") on " + report.movies() + " movies (" + report.split() + ")\n"
                + "per second: " + seconds(report.seconds()) + "\n"
                + "per scene: " + scenes(report.scenes());
    }

    static String seconds(Confusion c) {
        return String.format(Locale.ROOT, "F1 %.3f, precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)", c.f1(), c.precision(),
                c.recall(), c.truePositives(), c.falsePositives(), c.falseNegatives(), c.trueNegatives());
    }

    static String scenes(SceneMetrics s) {
        return String.format(Locale.ROOT, "precision %.2f, recall %.2f at IoU >= 0.5 (%d true, %d found, %d matched)",
                s.precision(), s.recall(), s.trueScenes(), s.foundScenes(), s.matched());
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
