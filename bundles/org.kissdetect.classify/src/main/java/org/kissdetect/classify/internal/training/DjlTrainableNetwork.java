package org.kissdetect.classify.internal.training;

import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Logits;
import org.kissdetect.nn.training.Passes;
import org.kissdetect.nn.training.Standardisation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.classify.internal.model.InputArrays;
import org.kissdetect.classify.internal.model.ModelInputs;
import org.kissdetect.classify.internal.network.DetectorNetwork;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * A {@link TrainableNetwork} on DJL and libtorch. Every call runs in its own NDManager scope ({@link Passes}), so
 * nothing but the parameters, the optimiser's moments and the standardisation outlives it.
 */
public final class DjlTrainableNetwork implements TrainableNetwork {

    private final NetworkSetup setup;
    private final Map<String, String> backbones;
    private final NDManager manager;
    private final Passes passes;
    private final DetectorNetwork network;
    private final Map<String, Parameter> saved;
    private final Adam adam;
    private String note;
    private Standardisation standardisation;

    DjlTrainableNetwork(NetworkSetup setup, Map<String, String> backbones, Engine engine, NDManager manager,
            DetectorNetwork network, Map<String, Parameter> saved, Adam adam, int threads, String note,
            Standardisation standardisation) {
        this.setup = setup;
        this.backbones = Map.copyOf(backbones);
        this.manager = manager;
        this.passes = new Passes(engine, manager, adam, threads);
        this.network = network;
        this.saved = saved;
        this.adam = adam;
        this.note = note;
        this.standardisation = standardisation;
    }

    @Override
    public NetworkSetup setup() {
        return setup;
    }

    @Override
    public Map<String, String> backbones() {
        return backbones;
    }

    @Override
    public int featureWidth() {
        return network.variant().featureWidth();
    }

    @Override
    public long steps() {
        return adam.steps();
    }

    @Override
    public String checkpointNote() {
        return note;
    }

    @Override
    public float[] embed(List<ModelInput> batch) throws ClassificationException {
        ModelInputs.requireFinite(batch);
        return passes.inference(batch,
                pass -> network.features(parameters(), InputArrays.of(pass, network.variant(), batch), false));
    }

    @Override
    public void standardise(float[] features) {
        requireLastLayer();
        featureShape(features, features.length / Math.max(1, featureWidth()));
        standardisation = Standardisation.of(features, featureWidth());
    }

    @Override
    public double trainHead(float[] features, boolean[] kissing) throws ClassificationException {
        requireLastLayer();
        Shape shape = featureShape(features, kissing.length);
        float[] seen = headInput(features);
        return passes.step(features.length / featureWidth(), kissing,
                pass -> network.classifier().forward(parameters(), new NDList(pass.create(seen, shape)), true));
    }

    @Override
    public double train(List<ModelInput> batch, boolean[] kissing) throws ClassificationException {
        ModelInputs.requireFinite(batch);
        if (setup.lastLayerOnly()) {
            return trainHead(embed(batch), kissing);
        }
        return passes.step(batch.size(), kissing, pass -> network.forward(parameters(),
                InputArrays.of(pass, network.variant(), batch), true));
    }

    @Override
    public float[] headProbabilities(float[] features) throws ClassificationException {
        Shape shape = featureShape(features, features.length / Math.max(1, featureWidth()));
        float[] seen = headInput(features);
        return Logits.kissing(passes.inference(null, pass -> network.classifier()
                .forward(parameters(), new NDList(pass.create(seen, shape)), false).singletonOrThrow()));
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        ModelInputs.requireFinite(batch);
        if (standardisation != null) {
            return headProbabilities(embed(batch));
        }
        return Logits.kissing(passes.inference(batch, pass -> network.forward(parameters(),
                InputArrays.of(pass, network.variant(), batch), false).singletonOrThrow()));
    }

    @Override
    public void saveCheckpoint(Path file, String checkpointNote) throws IOException {
        TrainingCheckpoint.write(file, setup, backbones, checkpointNote, saved, adam, standardisation);
    }

    @Override
    public void restore(Path checkpoint) throws ModelException {
        TrainingCheckpoint.Contents contents = TrainingCheckpoint.read(checkpoint);
        if (!contents.setup().equals(setup)) {
            throw new ModelException(checkpoint, "is a checkpoint of another network (" + contents.setup()
                    + "), not of " + setup);
        }
        NetworkBuilder.checkRecordedBackbones(contents, backbones);
        TrainingCheckpoint.restore(contents, saved, adam);
        note = contents.note();
        standardisation = contents.standardisation();
    }

    @Override
    public void export(Path directory, String id, String version, Map<String, Object> provenance) throws IOException {
        Export.write(directory, id, version, provenance, network, standardisation);
    }

    private float[] headInput(float[] features) {
        return standardisation == null ? features : standardisation.apply(features);
    }

    private void requireLastLayer() {
        if (!setup.lastLayerOnly()) {
            throw new IllegalStateException("the whole network is being trained: train it with train(batch, labels)");
        }
    }

    @Override
    public void close() {
        manager.close();
    }

    private Shape featureShape(float[] features, int samples) {
        if (samples < 1 || features.length != samples * featureWidth()) {
            throw new IllegalArgumentException(features.length + " features are not " + samples + " samples of "
                    + featureWidth());
        }
        return new Shape(samples, featureWidth());
    }

    private ParameterStore parameters() {
        return new ParameterStore(manager, false);
    }
}
