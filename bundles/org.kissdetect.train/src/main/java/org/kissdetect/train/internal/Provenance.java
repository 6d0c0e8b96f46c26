package org.kissdetect.train.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingRequest;

/** What a trained model's metadata says about how it came about: data, settings, every epoch, the test. */
final class Provenance {

    private Provenance() {
    }

    static Map<String, Object> of(TrainingRequest request, Dataset data, TrainedNetwork trained) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("trainer", "Kiss Detector org.kissdetect.train");
        provenance.put("protocol", "softmax cross-entropy; Adam, learning rate "
                + rate(request.network().learningRate()) + ", betas 0.9/0.999; batch " + request.batchSize()
                + "; training seconds augmented (random resized crop 8-100 %, aspect 3/4-4/3, horizontal flip"
                + (request.network().lastLayerOnly() ? ", one view per second" : "")
                + "); best epoch by validation F1; each epoch also measured on the training split in inference mode ("
                + (request.network().lastLayerOnly() ? "the features it was trained on" : "the inference transform")
                + ")");
        provenance.put("trainedPart", request.network().trainedPart());
        provenance.put("variant", request.network().variant());
        provenance.put("backbones", new TreeMap<>(trained.network().backbones()));
        if (request.network().lastLayerOnly()) {
            provenance.put("featureStandardisation", "the linear layer was trained on features standardised with the"
                    + " training split's mean and deviation, folded into its weights");
        }
        provenance.put("seed", request.seed());
        provenance.put("epochs", request.epochs());
        provenance.put("annotations", ordered("file", String.valueOf(data.annotations().getFileName()),
                "sha256", data.annotationsSha256()));
        provenance.put("split", ordered("train", data.split().train(), "validation", data.split().validation(),
                "test", data.split().test()));
        provenance.put("history", history(trained.state().metrics()));
        provenance.put("bestEpoch", trained.state().bestEpoch());
        provenance.put("test", test(trained));
        return provenance;
    }

    /** The same for a linear layer trained on labelled spans: the caller's provenance first, then the run's. */
    static Map<String, Object> ofSpans(SpanTrainingRequest request, String spansSha256, TrainedNetwork trained) {
        Map<String, Object> provenance = new LinkedHashMap<>(new TreeMap<>(request.provenance()));
        provenance.put("trainer", "Kiss Detector org.kissdetect.train, on labelled spans");
        provenance.put("protocol", "softmax cross-entropy; Adam, learning rate "
                + rate(request.network().learningRate()) + ", betas 0.9/0.999; batch " + request.batchSize()
                + "; the linear layer on frozen backbones, each second's features from its inference view (no"
                + " augmentation: the movies are embedded once, whole); best epoch by validation F1");
        provenance.put("trainedPart", request.network().trainedPart());
        provenance.put("variant", request.network().variant());
        provenance.put("backbones", new TreeMap<>(trained.network().backbones()));
        provenance.put("featureStandardisation", "the linear layer was trained on features standardised with the"
                + " training split's mean and deviation, folded into its weights");
        provenance.put("seed", request.seed());
        provenance.put("epochs", request.epochs());
        provenance.put("spans", ordered("count", request.spans().size(), "sha256", spansSha256));
        provenance.put("split", ordered("train", trained.split().train(), "validation",
                trained.split().validation(), "test", trained.split().test()));
        provenance.put("history", history(trained.state().metrics()));
        provenance.put("bestEpoch", trained.state().bestEpoch());
        provenance.put("test", test(trained));
        return provenance;
    }

    private static Map<String, Object> test(TrainedNetwork trained) {
        Map<String, Object> test = confusion(trained.test());
        SceneMetrics scenes = trained.testScenes();
        test.put("scenePrecision", scenes.precision());
        test.put("sceneRecall", scenes.recall());
        test.put("trueScenes", scenes.trueScenes());
        test.put("foundScenes", scenes.foundScenes());
        test.put("matchedScenes", scenes.matched());
        return test;
    }

    private static List<Map<String, Object>> history(List<EpochMetrics> epochs) {
        return epochs.stream().map(e -> {
            Map<String, Object> epoch = new LinkedHashMap<>();
            epoch.put("epoch", e.epoch());
            epoch.put("trainLoss", e.trainLoss());
            epoch.put("validation", confusion(e.validation()));
            epoch.put("validationLoss", e.validationLoss());
            e.trainingResults().ifPresent(training -> epoch.put("training", confusion(training)));
            epoch.put("seconds", Math.round(e.elapsed().toMillis() / 100.0) / 10.0);
            return epoch;
        }).toList();
    }

    /** A learning rate as people write it: 0.0005, not 5.0E-4. */
    static String rate(double learningRate) {
        return BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> confusion(Confusion c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("f1", c.f1());
        values.put("precision", c.precision());
        values.put("recall", c.recall());
        values.put("truePositives", c.truePositives());
        values.put("falsePositives", c.falsePositives());
        values.put("falseNegatives", c.falseNegatives());
        values.put("trueNegatives", c.trueNegatives());
        return values;
    }
}
