package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.common.files.OutputTransaction;

/**
 * One model, from annotations to its directory: prepare the data, train, score on the test movies, then write the
 * directory beside its place and move it there whole. An existing folder that is not a model directory is
 * refused before any work, never replaced.
 */
final class ModelTraining {

    /** What a caller adds to the model directory before it is moved into place. */
    interface Extra {
        void addTo(Path staging, TrainedNetwork trained, Map<String, Object> provenance) throws IOException;
    }

    static final Extra NOTHING = (staging, trained, provenance) -> {
    };

    private final Machinery machinery;

    ModelTraining(Machinery machinery) {
        this.machinery = machinery;
    }

    TrainingReport train(TrainingRequest request, Extra extra, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        long started = System.nanoTime();
        requireReplaceable(request.output());
        TrainingJob.Spec spec = new TrainingJob.Spec(request.network(), request.epochs(), request.batchSize(),
                request.seed(), request.checkpoints(), request.resume());
        try (Dataset data = Dataset.prepare(request.annotations(), request.seed(), machinery.samples(), listener,
                cancellation, machinery.trainer().clipInput(request.network())); TrainedNetwork trained = machinery.job().run(data, spec, listener, cancellation)) {
            try (OutputTransaction output = new OutputTransaction()) {
                Path staging = output.stagedFolder(request.output());
                Map<String, Object> provenance = Provenance.of(request, data, trained);
                extra.addTo(staging, trained, provenance);
                trained.network().export(staging, request.modelId(), request.modelVersion(), provenance);
                output.commit();
            }
            return new TrainingReport(request.output(), trained.split(), trained.state().metrics(),
                    trained.state().bestEpoch(), trained.test(), trained.testScenes(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Refuses an output that exists and is neither empty nor a model directory. */
    static void requireReplaceable(Path output) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        if (!Files.isDirectory(output)) {
            throw new IOException(output + " exists and is not a folder: choose another output");
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(output.resolve("metadata.json"))) {
                throw new IOException(output + " is a folder but not a model directory (no metadata.json), which"
                        + " training would replace: choose another output");
            }
        }
    }
}
