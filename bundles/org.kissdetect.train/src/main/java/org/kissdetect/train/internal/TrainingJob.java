package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Trains one network on a prepared dataset, fresh or from its last checkpoint, and hands back the best epoch's
 * network with its test results. With {@code last-layer} the backbones embed every second once (through the
 * cache) and the linear layer trains on standardised features; with {@code all} every step runs the whole network.
 */
final class TrainingJob {

    /**
     * What to train.
     *
     * @param network     the network
     * @param epochs      the epochs in all
     * @param batchSize   examples per step
     * @param seed        the seed of shuffling and augmentation
     * @param checkpoints the checkpoint folder
     * @param resume      whether to go on from its last checkpoint
     */
    record Spec(NetworkSetup network, int epochs, int batchSize, long seed, Path checkpoints, boolean resume) {

        String fingerprint(String annotationsSha256) {
            return Sha256.hex(annotationsSha256 + "\n" + described(network) + "\n" + batchSize + "\n" + seed);
        }

        /**
         * The setup as fingerprints wrote it before the learning rate could vary (the record's text then), the rate
         * added only when it is not the paper's: so a run started before still resumes.
         */
        static String described(NetworkSetup n) {
            String rate = n.learningRate() == NetworkSetup.PAPER_LEARNING_RATE ? ""
                    : ", learningRate=" + n.learningRate();
            return "NetworkSetup[variant=" + n.variant() + ", trainedPart=" + n.trainedPart() + ", imageWeights="
                    + n.imageWeights() + ", audioWeights=" + n.audioWeights() + ", seed=" + n.seed() + rate + "]";
        }
    }

    private final NetworkTrainer trainer;
    private final NetworkTrainer twoDTrainer;
    private final FeatureExtractor extractor;
    private final EmbeddingCache embeddings;
    private final TestScoring testScoring;

    TrainingJob(NetworkTrainer trainer, NetworkTrainer twoDTrainer, FeatureExtractor extractor,
            EmbeddingCache embeddings, TestScoring testScoring) {
        this.trainer = trainer;
        this.twoDTrainer = twoDTrainer;
        this.extractor = extractor;
        this.embeddings = embeddings;
        this.testScoring = testScoring;
    }

    TrainedNetwork run(Dataset data, Spec spec, TrainingListener listener, Cancellation cancellation)
            throws IOException, ModelException, ClassificationException, TrainingCancelledException {
        CheckpointFolder checkpoints = new CheckpointFolder(spec.checkpoints());
        String fingerprint = spec.fingerprint(data.annotationsSha256());
        TrainingState state;
        TrainableNetwork network;
        if (spec.resume()) {
            network = resume(checkpoints, fingerprint);
            state = stateOf(checkpoints.last(), network);
            listener.notice("resuming after epoch " + state.epochsDone() + " from " + checkpoints.last());
        } else {
            checkpoints.startAfresh();
            network = trainer.create(spec.network());
            state = TrainingState.fresh(fingerprint);
        }
        try {
            if (spec.network().randomBackbones()) {
                listener.notice(randomBackbonesNotice(spec.network()));
            }
            float[] testFeatures = null;
            Trainee trainee;
            if (spec.network().lastLayerOnly()) {
                float[][] features = embed(data, spec, network, listener, cancellation);
                if (!spec.resume()) {
                    network.standardise(features[0]);
                }
                trainee = new HeadTrainee(network, features[0], data.train().labels(all(data.train())), features[1]);
                testFeatures = features[2];
            } else {
                trainee = new WholeTrainee(network, data.train(), data.validation(), extractor, spec.seed());
            }
            boolean[] validationLabels = data.validation().labels(all(data.validation()));
            state = new EpochLoop(network, trainee, validationLabels, checkpoints, spec.batchSize(), spec.seed())
                    .run(state, spec.epochs(), listener, cancellation);
            network.close();
            TrainableNetwork best = trainer.resume(checkpoints.best());
            try {
                return testScoring.score(best, state, data, testFeatures);
            } catch (IOException | ClassificationException | RuntimeException e) {
                best.close();
                throw e;
            }
        } finally {
            network.close();
        }
    }

    /**
     * Embeds every second of the data with the frozen backbones of a last-layer run, into the cache that the run
     * then reads, without training.
     */
    void embedOnly(Dataset data, Spec spec, TrainingListener listener, Cancellation cancellation)
            throws IOException, ModelException, ClassificationException, TrainingCancelledException {
        if (!spec.network().lastLayerOnly()) {
            throw new IllegalArgumentException("only frozen backbones embed: " + spec.network());
        }
        try (TrainableNetwork network = trainer.create(spec.network())) {
            embed(data, spec, network, listener, cancellation);
        }
    }

    private TrainableNetwork resume(CheckpointFolder checkpoints, String fingerprint) throws IOException, ModelException {
        if (!Files.isRegularFile(checkpoints.last())) {
            throw new ModelException(checkpoints.last(), "there is no checkpoint to resume from");
        }
        checkpoints.removeLeftovers();
        TrainableNetwork network = trainer.resume(checkpoints.last());
        try {
            TrainingState state = stateOf(checkpoints.last(), network);
            if (!state.fingerprint().equals(fingerprint)) {
                throw new ModelException(checkpoints.last(), "was written by another training run (other annotations,"
                        + " network, seed or batch size): start afresh without --resume, or use another checkpoint folder");
            }
            if (state.epochsDone() > 0 && state.bestEpoch() == state.epochsDone()) {
                checkpoints.pointBestAtLast();
            }
            return network;
        } catch (ModelException | IOException | RuntimeException e) {
            network.close();
            throw e;
        }
    }

    private static TrainingState stateOf(Path checkpoint, TrainableNetwork network) throws ModelException {
        try {
            return TrainingState.fromJson(network.checkpointNote());
        } catch (JsonProcessingException e) {
            throw new ModelException(checkpoint, "its training state cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The features of train (one augmented view per second), validation and test (inference transform). */
    private float[][] embed(Dataset data, Spec spec, TrainableNetwork network, TrainingListener listener,
            Cancellation cancellation) throws IOException, ModelException, ClassificationException,
            TrainingCancelledException {
        try (Embedders embedders = new Embedders(trainer, twoDTrainer, spec.network())) {
            return new float[][] {
                embeddings.features(data.train(), spec.network(), network.backbones(), Transform.augmented(spec.seed()),
                        embedders, listener, cancellation),
                embeddings.features(data.validation(), spec.network(), network.backbones(), Transform.INFERENCE,
                        embedders, listener, cancellation),
                embeddings.features(data.test(), spec.network(), network.backbones(), Transform.INFERENCE, embedders,
                        listener, cancellation)};
        }
    }

    static int[] all(Part part) {
        int[] examples = new int[part.size()];
        for (int i = 0; i < examples.length; i++) {
            examples[i] = i;
        }
        return examples;
    }

    /** What training says when a branch keeps its seeded random initialisation. */
    static String randomBackbonesNotice(NetworkSetup setup) {
        return "RANDOM BACKBONES: no pretrained weights were given for " + randomBranches(setup)
                + "; they keep their seeded random initialisation, which detects nothing in real films";
    }

    private static String randomBranches(NetworkSetup setup) {
        boolean image = (setup.usesImage() || setup.usesClip() || setup.usesDenseNet()) && setup.imageWeights() == null;
        boolean audio = setup.usesAudio() && setup.audioWeights() == null;
        String visual = setup.usesClip() ? "3D ResNet-34" : setup.usesDenseNet() ? "DenseNet-121" : "ResNet-18";
        return image && audio ? visual + " and VGGish" : image ? visual : "VGGish";
    }
}
