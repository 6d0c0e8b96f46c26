package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.SpanTrainingReport;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;

/**
 * The linear layer trained on labelled spans: each labelled movie embedded whole once ({@link MovieEmbeddings}),
 * the labelled seconds' rows gathered per part, then the same epoch loop, checkpoints, best-epoch choice and
 * held-out scoring as an annotation file's training, and a model directory that appears whole or not at all.
 */
final class SpanTraining {

    private final NetworkTrainer trainer;
    private final MovieEmbeddings embeddings;
    private final TestScoring scoring;

    SpanTraining(NetworkTrainer trainer, MovieEmbeddings embeddings, TestScoring scoring) {
        this.trainer = trainer;
        this.embeddings = embeddings;
        this.scoring = scoring;
    }

    SpanTrainingReport train(SpanTrainingRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        long started = System.nanoTime();
        if (Files.exists(request.output())) {
            throw new IOException(request.output() + " exists: a model trained on labels never replaces another");
        }
        List<LabelledMovie> groups = SpanExamples.of(request.spans());
        Map<String, List<LabelledMovie>> parts = parts(groups, request.split());
        String spansSha256 = SpanExamples.sha256(request.spans());
        int decodedBefore = embeddings.moviesDecoded();
        CheckpointFolder checkpoints = new CheckpointFolder(request.checkpoints());
        TrainableNetwork network = trainer.create(request.network());
        try {
            if (request.network().randomBackbones()) {
                listener.notice(TrainingJob.randomBackbonesNotice(request.network()));
            }
            Map<Path, float[]> byMovie = new LinkedHashMap<>();
            for (LabelledMovie group : groups) {
                if (!byMovie.containsKey(group.file())) {
                    byMovie.put(group.file(), embeddings.of(group.file(), network, listener, cancellation));
                }
            }
            int width = network.featureWidth();
            FeatureRows train = FeatureRows.of(parts.get("train"), byMovie, width);
            FeatureRows validation = FeatureRows.of(parts.get("validation"), byMovie, width);
            FeatureRows test = FeatureRows.of(parts.get("test"), byMovie, width);
            network.standardise(train.features());
            checkpoints.startAfresh();
            String fingerprint = Sha256.hex(spansSha256 + "\n" + request.split() + "\n" + request.network() + "\n"
                    + request.batchSize() + "\n" + request.seed());
            TrainingState state = new EpochLoop(network, new HeadTrainee(network, train.features(), train.labels(),
                    validation.features()), validation.labels(), checkpoints, request.batchSize(), request.seed())
                    .run(TrainingState.fresh(fingerprint), request.epochs(), listener, cancellation);
            // The best epoch's linear layer into the same network: its frozen backbones are not built again.
            network.restore(checkpoints.best());
            float[] probabilities = test.labels().length == 0 ? new float[0]
                    : network.headProbabilities(test.features());
            TrainedNetwork trained = new TrainedNetwork(network, state, request.split(),
                    Scoring.confusion(probabilities, test.labels()), scoring.scenes(test.movies(), probabilities));
            try (OutputTransaction output = new OutputTransaction()) {
                Path staging = output.stagedFolder(request.output());
                network.export(staging, request.modelId(), request.modelVersion(),
                        Provenance.ofSpans(request, spansSha256, trained));
                output.commit();
            }
            TrainingReport report = new TrainingReport(request.output(), request.split(), state.metrics(),
                    state.bestEpoch(), trained.test(), trained.testScenes(),
                    Duration.ofNanos(System.nanoTime() - started));
            return new SpanTrainingReport(report, embeddings.moviesDecoded() - decodedBefore, spansSha256);
        } finally {
            network.close();
        }
    }

    /** The groups of each part; every group in exactly one part, every part's group labelled. */
    private static Map<String, List<LabelledMovie>> parts(List<LabelledMovie> groups, DataSplit split)
            throws AnnotationException {
        Map<String, List<LabelledMovie>> parts = new LinkedHashMap<>();
        for (String part : List.of("train", "validation", "test")) {
            parts.put(part, groups.stream().filter(g -> split.part(part).contains(g.name())).toList());
        }
        for (LabelledMovie group : groups) {
            long in = parts.values().stream().filter(p -> p.contains(group)).count();
            if (in != 1) {
                throw new AnnotationException(SpanExamples.SOURCE, 0, "group " + group.name() + " is in " + in
                        + " parts of the split, not one");
            }
        }
        if (parts.get("train").isEmpty()) {
            throw new AnnotationException(SpanExamples.SOURCE, 0, "the split leaves nothing to train on");
        }
        return parts;
    }
}
