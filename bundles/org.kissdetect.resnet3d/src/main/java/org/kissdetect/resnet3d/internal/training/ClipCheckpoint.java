package org.kissdetect.resnet3d.internal.training;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Standardisation;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/**
 * A training checkpoint of the clip variant as a safetensors file: the saved parameters as {@code parameter/NAME},
 * Adam's moments as {@code adam.m/NAME} and {@code adam.v/NAME}, the standardisation, and in the header's
 * {@code __metadata__} the format, the setup, the clip size, the backbone's provenance, the step count and the
 * caller's note (the 2D detectors' checkpoint layout, with the clip size added).
 */
final class ClipCheckpoint {

    static final String FORMAT = "kissdetect-clip-training-checkpoint-1";
    private static final String PARAMETER = "parameter/";
    private static final String MEAN = "adam.m/";
    private static final String VARIANCE = "adam.v/";
    private static final String BACKBONE = "backbone.";
    private static final String MEAN_FEATURES = "standardise/mean";
    private static final String DEVIATION_FEATURES = "standardise/deviation";

    /**
     * What a checkpoint holds.
     *
     * @param file      the checkpoint
     * @param setup     the network's setup
     * @param frames    frames per clip
     * @param side      the side of the clips' frames
     * @param backbones the backbone's provenance
     * @param steps     the optimiser steps taken
     * @param note      the caller's note
     * @param tensors   the tensors by name
     */
    record Contents(Path file, NetworkSetup setup, int frames, int side, Map<String, String> backbones, long steps,
            String note, Map<String, Tensor> tensors) {

        /** @return the standardisation, or {@code null} when it has none */
        Standardisation standardisation() {
            Tensor mean = tensors.get(MEAN_FEATURES);
            Tensor deviation = tensors.get(DEVIATION_FEATURES);
            return mean == null || deviation == null ? null : new Standardisation(mean.values(), deviation.values());
        }
    }

    private ClipCheckpoint() {
    }

    static void write(Path file, ClipTrainableNetwork network, Map<String, Parameter> saved, Adam adam,
            Standardisation standardisation, String note) throws IOException {
        List<Tensor> tensors = new ArrayList<>();
        saved.forEach((name, parameter) -> tensors.add(tensor(PARAMETER + name, parameter.getArray())));
        adam.means().forEach((name, array) -> tensors.add(tensor(MEAN + name, array)));
        adam.variances().forEach((name, array) -> tensors.add(tensor(VARIANCE + name, array)));
        if (standardisation != null) {
            tensors.add(new Tensor(MEAN_FEATURES, new int[] {standardisation.mean().length}, standardisation.mean()));
            tensors.add(new Tensor(DEVIATION_FEATURES, new int[] {standardisation.deviation().length},
                    standardisation.deviation()));
        }
        NetworkSetup setup = network.setup();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", FORMAT);
        metadata.put("variant", setup.variant());
        metadata.put("trainedPart", setup.trainedPart());
        metadata.put("imageWeights", setup.imageWeights() == null ? "" : setup.imageWeights().toString());
        metadata.put("audioWeights", setup.audioWeights() == null ? "" : setup.audioWeights().toString());
        metadata.put("seed", Long.toString(setup.seed()));
        metadata.put("learningRate", Double.toString(setup.learningRate()));
        metadata.put("frames", Integer.toString(network.preprocessing().frames()));
        metadata.put("side", Integer.toString(network.preprocessing().centerCrop()));
        metadata.put("steps", Long.toString(adam.steps()));
        network.backbones().forEach((branch, text) -> metadata.put(BACKBONE + branch, text));
        metadata.put("note", note);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staged = transaction.stagedFile(file);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 1 << 16)) {
                Safetensors.write(tensors, metadata, out);
            }
            transaction.commit();
        }
    }

    static Contents read(Path file) throws ModelException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, String> metadata = Safetensors.metadata(file, bytes);
            if (!FORMAT.equals(metadata.get("format"))) {
                throw new ModelException(file, "is not a training checkpoint of the clip variant (its format is "
                        + metadata.getOrDefault("format", "not given") + ", expected " + FORMAT + ")");
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (Tensor tensor : Safetensors.read(file, bytes)) {
                tensors.put(tensor.name(), tensor);
            }
            NetworkSetup setup = new NetworkSetup(metadata.get("variant"), metadata.get("trainedPart"),
                    path(metadata.get("imageWeights")), path(metadata.get("audioWeights")),
                    Long.parseLong(metadata.get("seed")), learningRate(metadata));
            Map<String, String> backbones = new LinkedHashMap<>();
            metadata.forEach((key, value) -> {
                if (key.startsWith(BACKBONE)) {
                    backbones.put(key.substring(BACKBONE.length()), value);
                }
            });
            return new Contents(file, setup, Integer.parseInt(metadata.get("frames")),
                    Integer.parseInt(metadata.get("side")), backbones, Long.parseLong(metadata.get("steps")),
                    metadata.getOrDefault("note", ""), tensors);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read as a training checkpoint: " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelException(file, "its metadata is incomplete or wrong: " + e.getMessage(), e);
        }
    }

    /** A weight file recorded in the metadata; absent or empty when the branch was seeded (or has no file). */
    /** Checkpoints written before the learning rate could vary were trained with the paper's. */
    private static double learningRate(Map<String, String> metadata) {
        String recorded = metadata.get("learningRate");
        return recorded == null ? NetworkSetup.PAPER_LEARNING_RATE : Double.parseDouble(recorded);
    }

    private static Path path(String recorded) {
        return recorded == null || recorded.isEmpty() ? null : Path.of(recorded);
    }

    /** Copies the saved parameters and the optimiser's state into a freshly built network. */
    static void restore(Contents contents, Map<String, Parameter> saved, Adam adam) throws ModelException {
        for (Map.Entry<String, Parameter> entry : saved.entrySet()) {
            copy(contents, PARAMETER + entry.getKey(), entry.getValue().getArray());
        }
        for (Map.Entry<String, NDArray> entry : adam.means().entrySet()) {
            copy(contents, MEAN + entry.getKey(), entry.getValue());
            copy(contents, VARIANCE + entry.getKey(), adam.variances().get(entry.getKey()));
        }
        adam.restoreSteps(contents.steps());
    }

    private static void copy(Contents contents, String name, NDArray target) throws ModelException {
        Tensor tensor = contents.tensors().get(name);
        if (tensor == null) {
            throw new ModelException(contents.file(), "tensor " + name + " is missing");
        }
        long[] expected = target.getShape().getShape();
        if (!Arrays.equals(Arrays.stream(tensor.shape()).asLongStream().toArray(), expected)) {
            throw new ModelException(contents.file(), "tensor " + name + " has shape "
                    + Arrays.toString(tensor.shape()) + ", expected " + Arrays.toString(expected));
        }
        try (NDArray staged = target.getManager().create(tensor.values(), target.getShape())) {
            target.intern(staged.duplicate());
        }
    }

    static Tensor tensor(String name, NDArray array) {
        return new Tensor(name, Arrays.stream(array.getShape().getShape()).mapToInt(Math::toIntExact).toArray(),
                array.toFloatArray());
    }
}
