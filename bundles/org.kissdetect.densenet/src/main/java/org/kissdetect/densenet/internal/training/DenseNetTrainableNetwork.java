package org.kissdetect.densenet.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.densenet.internal.model.DenseNetModelDirectory;
import org.kissdetect.densenet.internal.network.DenseNetDetector;
import org.kissdetect.densenet.internal.network.InputBatch;
import org.kissdetect.nn.weights.Tensor;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Logits;
import org.kissdetect.nn.training.Passes;
import org.kissdetect.nn.training.Standardisation;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * A {@code densenet121} or {@code densenet121+audio} detector being trained, on DJL and libtorch, with the 2D
 * detectors' optimiser and passes ({@link Passes}, {@link Adam}, {@link Logits}). Not thread-safe.
 */
public final class DenseNetTrainableNetwork implements TrainableNetwork {

    private final NetworkSetup setup;
    private final Map<String, String> backbones;
    private final NDManager manager;
    private final Passes passes;
    private final DenseNetDetector network;
    private final Adam adam;
    private final Map<String, Parameter> saved;
    private String note;
    private Standardisation standardisation;

    DenseNetTrainableNetwork(NetworkSetup setup, Map<String, String> backbones, Engine engine, NDManager manager,
            DenseNetDetector network, Adam adam, int threads, Map<String, Parameter> saved, String note,
            Standardisation standardisation) {
        this.setup = setup;
        this.backbones = Map.copyOf(backbones);
        this.manager = manager;
        this.passes = new Passes(engine, manager, adam, threads);
        this.network = network;
        this.adam = adam;
        this.saved = saved;
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
        return network.featureWidth();
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
        InputBatch inputs = InputBatch.of(batch, network.hasAudio());
        return passes.inference(batch, pass -> network.features(parameters(), inputs.arrays(pass, network), false));
    }

    @Override
    public void standardise(float[] features) {
        requireLastLayer();
        featureShape(features, features.length / featureWidth());
        standardisation = Standardisation.of(features, featureWidth());
    }

    @Override
    public double trainHead(float[] features, boolean[] kissing) throws ClassificationException {
        requireLastLayer();
        Shape shape = featureShape(features, kissing.length);
        float[] seen = headInput(features);
        return passes.step(kissing.length, kissing,
                pass -> network.head().forward(parameters(), new NDList(pass.create(seen, shape)), true));
    }

    @Override
    public double train(List<ModelInput> batch, boolean[] kissing) throws ClassificationException {
        if (setup.lastLayerOnly()) {
            return trainHead(embed(batch), kissing);
        }
        InputBatch inputs = InputBatch.of(batch, network.hasAudio());
        return passes.step(batch.size(), kissing,
                pass -> network.forward(parameters(), inputs.arrays(pass, network), true));
    }

    @Override
    public float[] headProbabilities(float[] features) throws ClassificationException {
        Shape shape = featureShape(features, features.length / featureWidth());
        float[] seen = headInput(features);
        return Logits.kissing(passes.inference(null, pass -> network.head()
                .forward(parameters(), new NDList(pass.create(seen, shape)), false).singletonOrThrow()));
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        if (standardisation != null) {
            return headProbabilities(embed(batch));
        }
        InputBatch inputs = InputBatch.of(batch, network.hasAudio());
        return Logits.kissing(passes.inference(batch, pass -> network.forward(parameters(),
                inputs.arrays(pass, network), false).singletonOrThrow()));
    }

    @Override
    public void saveCheckpoint(Path file, String checkpointNote) throws IOException {
        DenseNetCheckpoint.write(file, setup, backbones, saved, adam, standardisation, checkpointNote);
    }

    @Override
    public void restore(Path checkpoint) throws ModelException {
        DenseNetCheckpoint.Contents contents = DenseNetCheckpoint.read(checkpoint);
        if (!contents.setup().equals(setup)) {
            throw new ModelException(checkpoint, "is a checkpoint of another network (" + contents.setup()
                    + "), not of " + setup);
        }
        DenseNetNetworkBuilder.checkRecordedBackbones(contents, backbones);
        DenseNetCheckpoint.restore(contents, saved, adam);
        note = contents.note();
        standardisation = contents.standardisation();
    }

    /** Writes a {@code densenet-detector} model directory, the standardisation folded into {@code classifier}. */
    @Override
    public void export(Path directory, String id, String version, Map<String, Object> provenance) throws IOException {
        Map<String, Parameter> all = TorchNames.of(network);
        float[] weight = all.get("classifier.weight").getArray().toFloatArray();
        float[] bias = all.get("classifier.bias").getArray().toFloatArray();
        float[] folded = standardisation == null ? null : standardisation.fold(weight, bias);
        List<Tensor> tensors = new ArrayList<>(all.size());
        all.forEach((name, parameter) -> {
            Tensor tensor = DenseNetCheckpoint.tensor(name, parameter.getArray());
            if (folded != null && name.equals("classifier.weight")) {
                tensor = new Tensor(name, tensor.shape(), Arrays.copyOfRange(folded, 0, weight.length));
            } else if (folded != null && name.equals("classifier.bias")) {
                tensor = new Tensor(name, tensor.shape(), Arrays.copyOfRange(folded, weight.length, folded.length));
            }
            tensors.add(tensor);
        });
        Map<String, Object> recorded = new LinkedHashMap<>(provenance);
        recorded.put("variant", setup.variant());
        recorded.put("trainedPart", setup.trainedPart());
        recorded.put("learningRate", setup.learningRate());
        recorded.put("backbones", backbones);
        DenseNetModelDirectory.write(directory, id, version, network.variant(), recorded, tensors);
    }

    private float[] headInput(float[] features) {
        return standardisation == null ? features : standardisation.apply(features);
    }

    private void requireLastLayer() {
        if (!setup.lastLayerOnly()) {
            throw new IllegalStateException("the whole network is being trained: train it with train(batch, labels)");
        }
    }

    private Shape featureShape(float[] features, int samples) {
        int width = featureWidth();
        if (samples < 1 || features.length != samples * width) {
            throw new IllegalArgumentException(features.length + " features are not " + samples + " samples of "
                    + width);
        }
        return new Shape(samples, width);
    }

    private ParameterStore parameters() {
        return new ParameterStore(manager, false);
    }

    @Override
    public void close() {
        manager.close();
    }
}
