package org.kissdetect.train.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SweepRequest;
import org.kissdetect.api.train.SweepRow;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

/**
 * A sweep (the paper's Table 2, or its section 6.2 baseline): each row trained on the same split by the trainer of
 * its variant. Every trainer is looked up before anything is done, so a missing bundle fails the sweep at once
 * rather than hours later. Frozen backbones embed every second before the rows (through the embedding cache, which
 * the rows then read), so a last-layer row's time is its own training; a row's folder is its place and setup.
 */
final class Sweep {

    private final Function<NetworkSetup, Machinery> machineryFor;

    /**
     * @param machineryFor the machinery that trains a setup's variant; throws {@link IllegalStateException} naming
     *                     the missing bundle when none is installed
     */
    Sweep(Function<NetworkSetup, Machinery> machineryFor) {
        this.machineryFor = machineryFor;
    }

    List<SweepRow> run(SweepRequest request, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        List<Machinery> machineries = lookUp(request.networks());
        List<TrainingJob.Spec> specs = new ArrayList<>();
        for (int i = 0; i < request.networks().size(); i++) {
            NetworkSetup network = request.networks().get(i);
            specs.add(new TrainingJob.Spec(network, request.epochsOf(network), request.batchSize(), request.seed(),
                    request.workDirectory().resolve(folderName(i, network)), false));
        }
        embedFrozenBackbones(request, machineries, specs, listener, cancellation);
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            TrainingJob.Spec spec = specs.get(i);
            listener.notice("sweep row " + (i + 1) + " of " + specs.size() + ": " + describe(spec.network()));
            try (Dataset data = prepare(request, machineries.get(i), spec.network(), listener, cancellation)) {
                long started = System.nanoTime();
                try (TrainedNetwork trained = machineries.get(i).job().run(data, spec, listener, cancellation)) {
                    TrainingState state = trained.state();
                    rows.add(new SweepRow(spec.network(), state.bestEpoch(), state.metrics(),
                            Duration.ofNanos(System.nanoTime() - started)));
                }
            }
        }
        return rows;
    }

    /** Every row's machinery, or one failure naming every variant that cannot be trained here. */
    private List<Machinery> lookUp(List<NetworkSetup> networks) {
        List<Machinery> found = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (NetworkSetup network : networks) {
            try {
                found.add(machineryFor.apply(network));
            } catch (IllegalStateException e) {
                missing.add(e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the sweep cannot run, nothing was trained: " + String.join("; ", missing));
        }
        return found;
    }

    /** The features of each distinct frozen network, once, into the cache that its rows read. */
    private static void embedFrozenBackbones(SweepRequest request, List<Machinery> machineries,
            List<TrainingJob.Spec> specs, TrainingListener listener, Cancellation cancellation)
            throws AnnotationException, MediaException, ModelException, ClassificationException,
            TrainingCancelledException, IOException {
        Set<NetworkSetup> embedded = new LinkedHashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            NetworkSetup network = specs.get(i).network();
            if (network.lastLayerOnly() && embedded.add(network.withLearningRate(NetworkSetup.PAPER_LEARNING_RATE))) {
                listener.notice("embedding every second with the frozen backbones of " + network.variant());
                try (Dataset data = prepare(request, machineries.get(i), network, listener, cancellation)) {
                    machineries.get(i).job().embedOnly(data, specs.get(i), listener, cancellation);
                }
            }
        }
    }

    private static Dataset prepare(SweepRequest request, Machinery machinery, NetworkSetup network,
            TrainingListener listener, Cancellation cancellation) throws AnnotationException, MediaException,
            IOException, TrainingCancelledException, ModelException {
        return Dataset.prepare(request.annotations(), request.seed(), machinery.samples(), listener, cancellation,
                machinery.trainer().clipInput(network));
    }

    /** A row's checkpoint folder: {@code 01-both-last-layer-lr0.001}. */
    static String folderName(int index, NetworkSetup network) {
        return String.format(Locale.ROOT, "%02d-%s-%s-lr%s", index + 1, network.variant().replace('+', '-'),
                network.trainedPart(), Provenance.rate(network.learningRate()));
    }

    private static String describe(NetworkSetup network) {
        return network.variant() + ", " + network.trainedPart() + ", learning rate "
                + Provenance.rate(network.learningRate());
    }
}
