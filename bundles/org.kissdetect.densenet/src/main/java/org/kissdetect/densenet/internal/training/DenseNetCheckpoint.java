package org.kissdetect.densenet.internal.training;

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
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;
import org.kissdetect.densenet.internal.weights.WeightFile;
import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Standardisation;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/**
 * A training checkpoint of a DenseNet-121 detector as a safetensors file, in the 2D detectors' layout: the saved
 * parameters as {@code parameter/NAME}, Adam's moments as {@code adam.m/NAME} and {@code adam.v/NAME}, the
 * standardisation, and in the header's {@code __metadata__} the format, the setup (its learning rate included), the
 * backbones' provenance, the step count and the caller's note.
 */
final class DenseNetCheckpoint {

    static final String FORMAT = "kissdetect-densenet-training-checkpoint-1";
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
     * @param backbones the backbones' provenance, by branch
     * @param steps     the optimiser steps taken
     * @param note      the caller's note
     * @param tensors   the tensors by name
     */
    record Contents(Path file, NetworkSetup setup, Map<String, String> backbones, long steps, String note,
            Map<String, Tensor> tensors) {

        /** @return the standardisation, or {@code null} when it has none */
        Standardisation standardisation() {
            Tensor mean = tensors.get(MEAN_FEATURES);
            Tensor deviation = tensors.get(DEVIATION_FEATURES);
            return mean == null || deviation == null ? null : new Standardisation(mean.values(), deviation.values());
        }
    }

    private DenseNetCheckpoint() {
    }

    static void write(Path file, NetworkSetup setup, Map<String, String> backbones, Map<String, Parameter> saved,
            Adam adam, Standardisation standardisation, String note) throws IOException {
        List<Tensor> tensors = new ArrayList<>();
        saved.forEach((name, parameter) -> tensors.add(tensor(PARAMETER + name, parameter.getArray())));
        adam.means().forEach((name, array) -> tensors.add(tensor(MEAN + name, array)));
        adam.variances().forEach((name, array) -> tensors.add(tensor(VARIANCE + name, array)));
        if (standardisation != null) {
            tensors.add(new Tensor(MEAN_FEATURES, new int[] {standardisation.mean().length}, standardisation.mean()));
            tensors.add(new Tensor(DEVIATION_FEATURES, new int[] {standardisation.deviation().length},
                    standardisation.deviation()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", FORMAT);
        metadata.put("variant", setup.variant());
        metadata.put("trainedPart", setup.trainedPart());
        metadata.put("imageWeights", setup.imageWeights() == null ? "" : setup.imageWeights().toString());
        metadata.put("audioWeights", setup.audioWeights() == null ? "" : setup.audioWeights().toString());
        metadata.put("seed", Long.toString(setup.seed()));
        metadata.put("learningRate", Double.toString(setup.learningRate()));
        metadata.put("steps", Long.toString(adam.steps()));
        backbones.forEach((branch, text) -> metadata.put(BACKBONE + branch, text));
        metadata.put("note", note);
        Files.createDirectories(file.toAbsolutePath().getParent());
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
                throw new ModelException(file, "is not a training checkpoint of a DenseNet-121 detector (its format"
                        + " is " + metadata.getOrDefault("format", "not given") + ", expected " + FORMAT + ")");
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (Tensor tensor : Safetensors.read(file, bytes)) {
                tensors.put(tensor.name(), tensor);
            }
            NetworkSetup setup = new NetworkSetup(metadata.get("variant"), metadata.get("trainedPart"),
                    path(metadata.get("imageWeights")), path(metadata.get("audioWeights")),
                    Long.parseLong(metadata.get("seed")), Double.parseDouble(metadata.get("learningRate")));
            Map<String, String> backbones = new LinkedHashMap<>();
            metadata.forEach((key, value) -> {
                if (key.startsWith(BACKBONE)) {
                    backbones.put(key.substring(BACKBONE.length()), value);
                }
            });
            return new Contents(file, setup, backbones, Long.parseLong(metadata.get("steps")),
                    metadata.getOrDefault("note", ""), tensors);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read as a training checkpoint: " + e.getMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelException(file, "its metadata is incomplete or wrong: " + e.getMessage(), e);
        }
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
        boolean trains = target.hasGradient();
        WeightFile.copy(tensor.values(), target);
        target.setRequiresGradient(trains);
    }

    static Tensor tensor(String name, NDArray array) {
        return new Tensor(name, Arrays.stream(array.getShape().getShape()).mapToInt(Math::toIntExact).toArray(),
                array.toFloatArray());
    }
}
