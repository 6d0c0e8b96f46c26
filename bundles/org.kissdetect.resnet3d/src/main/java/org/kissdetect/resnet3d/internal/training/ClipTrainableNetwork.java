package org.kissdetect.resnet3d.internal.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.spi.TrainableNetwork;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Logits;
import org.kissdetect.nn.training.Passes;
import org.kissdetect.nn.training.Standardisation;
import org.kissdetect.resnet3d.internal.model.ClipDetectorWriter;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.network.R3d34;
import org.kissdetect.nn.weights.Tensor;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * The paper's {@code clip} or {@code clip+audio} variant being trained, on DJL and libtorch, with the 2D detectors'
 * optimiser and passes ({@link Passes}, {@link Adam}, {@link Logits}): its inputs are the clips of
 * {@link #preprocessing()} (and the seconds' log-mel patches), its features the 3D ResNet-34's 512 (then VGGish's
 * 128), its linear layer {@code fc}. Not thread-safe.
 */
public final class ClipTrainableNetwork implements TrainableNetwork {

    private final NetworkSetup setup;
    private final Map<String, String> backbones;
    private final NDManager manager;
    private final Passes passes;
    private final R3d34 network;
    private final Adam adam;
    private final ClipPreprocessing preprocessing;
    private final Map<String, Parameter> saved;
    private final String note;
    private Standardisation standardisation;

    ClipTrainableNetwork(NetworkSetup setup, Map<String, String> backbones, Engine engine, NDManager manager,
            R3d34 network, Adam adam, int threads, ClipPreprocessing preprocessing, Map<String, Parameter> saved,
            String note, Standardisation standardisation) {
        this.setup = setup;
        this.backbones = Map.copyOf(backbones);
        this.manager = manager;
        this.passes = new Passes(engine, manager, adam, threads);
        this.network = network;
        this.adam = adam;
        this.preprocessing = preprocessing;
        this.saved = saved;
        this.note = note;
        this.standardisation = standardisation;
    }

    /** @return what its clips must be, for the decoder and the feature extractor */
    public ClipPreprocessing preprocessing() {
        return preprocessing;
    }

    @Override
    public Optional<org.kissdetect.api.features.ClipPreprocessing> clipInput() {
        return Optional.of(preprocessing.forExtraction());
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
        float[] clips = clips(batch);
        float[] patches = patches(batch);
        return passes.inference(batch, pass -> network.forward(parameters(), input(pass, clips, patches,
                batch.size()), false).get(0));
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
        float[] clips = clips(batch);
        float[] patches = patches(batch);
        return passes.step(batch.size(), kissing, pass -> new NDList(
                network.forward(parameters(), input(pass, clips, patches, batch.size()), true).get(1)));
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
        float[] clips = clips(batch);
        float[] patches = patches(batch);
        return Logits.kissing(passes.inference(batch, pass -> network.forward(parameters(),
                input(pass, clips, patches, batch.size()), false).get(1)));
    }

    @Override
    public void saveCheckpoint(Path file, String checkpointNote) throws IOException {
        ClipCheckpoint.write(file, this, saved, adam, standardisation, checkpointNote);
    }

    /**
     * Writes a {@code clip-detector} model directory (its variant recorded when it has the audio branch), the
     * standardisation folded into {@code fc}.
     */
    @Override
    public void export(Path directory, String id, String version, Map<String, Object> provenance) throws IOException {
        List<Tensor> tensors = new ArrayList<>();
        Map<String, Parameter> all = TorchNames.of(network);
        float[] weight = all.get("fc.weight").getArray().toFloatArray();
        float[] bias = all.get("fc.bias").getArray().toFloatArray();
        float[] folded = standardisation == null ? null : standardisation.fold(weight, bias);
        all.forEach((name, parameter) -> {
            Tensor tensor = ClipCheckpoint.tensor(name, parameter.getArray());
            if (folded != null && name.equals("fc.weight")) {
                tensor = new Tensor(name, tensor.shape(), Arrays.copyOfRange(folded, 0, weight.length));
            } else if (folded != null && name.equals("fc.bias")) {
                tensor = new Tensor(name, tensor.shape(), Arrays.copyOfRange(folded, weight.length, folded.length));
            }
            tensors.add(tensor);
        });
        Map<String, Object> recorded = new LinkedHashMap<>(provenance);
        recorded.put("variant", setup.variant());
        recorded.put("trainedPart", setup.trainedPart());
        recorded.put("backbones", backbones);
        ClipDetectorWriter.write(directory, id, version, network.shortcut().name(), network.hasAudio(), preprocessing,
                recorded, tensors);
    }

    private float[] clips(List<ModelInput> batch) {
        return ClipBatch.of(batch, preprocessing);
    }

    /** @return the batch's log-mel patches when the network has the audio branch, else {@code null} */
    private float[] patches(List<ModelInput> batch) {
        return network.hasAudio() ? ClipBatch.patches(batch) : null;
    }

    private NDList input(NDManager pass, float[] clips, float[] patches, int count) {
        Shape[] shapes = network.inputShapes(count, preprocessing.frames(), preprocessing.centerCrop());
        NDList input = new NDList(pass.create(clips, shapes[0]));
        if (patches != null) {
            input.add(pass.create(patches, shapes[1]));
        }
        return input;
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
