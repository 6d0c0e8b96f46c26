package org.kissdetect.classify.internal.training;

import org.kissdetect.nn.training.Adam;
import org.kissdetect.nn.training.Standardisation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.classify.internal.weights.FileBytes;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.classify.internal.weights.SafetensorsWriter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;

/**
 * A training checkpoint as a safetensors file: the saved parameters as {@code parameter/NAME}, Adam's moments as
 * {@code adam.m/NAME} and {@code adam.v/NAME}, and in the header's {@code __metadata__} the format, the network's
 * setup, the backbones' provenance, the step count and the caller's note. PyTorch's {@code safetensors} reads it.
 */
final class TrainingCheckpoint {

    static final String FORMAT = "kissdetect-training-checkpoint-1";
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
     * @param tensors   the tensors, header checked
     */
    record Contents(Path file, NetworkSetup setup, Map<String, String> backbones, long steps, String note,
            SafetensorsFile tensors) {

        /** @return the linear layer's standardisation, or {@code null} when it has none */
        Standardisation standardisation() throws ModelException {
            SafetensorsFile.Entry mean = tensors.entries().get(MEAN_FEATURES);
            SafetensorsFile.Entry deviation = tensors.entries().get(DEVIATION_FEATURES);
            if (mean == null || deviation == null) {
                return null;
            }
            if (!"F32".equals(mean.dtype()) || !mean.shapeText().equals(deviation.shapeText()) || mean.shape().length != 1) {
                throw new ModelException(file, "its standardisation tensors are not two F32 vectors of one length");
            }
            float[] m = new float[(int) mean.shape()[0]];
            float[] d = new float[m.length];
            tensors.floats(mean).get(m);
            tensors.floats(deviation).get(d);
            return new Standardisation(m, d);
        }
    }

    private TrainingCheckpoint() {
    }

    static void write(Path file, NetworkSetup setup, Map<String, String> backbones, String note,
            Map<String, Parameter> saved, Adam adam, Standardisation standardisation) throws IOException {
        Map<String, NDArray> tensors = new LinkedHashMap<>();
        saved.forEach((name, parameter) -> tensors.put(PARAMETER + name, parameter.getArray()));
        adam.means().forEach((name, array) -> tensors.put(MEAN + name, array));
        adam.variances().forEach((name, array) -> tensors.put(VARIANCE + name, array));
        NDManager manager = saved.values().iterator().next().getArray().getManager();
        try (NDManager scratch = manager.newSubManager()) {
            if (standardisation != null) {
                tensors.put(MEAN_FEATURES, scratch.create(standardisation.mean()));
                tensors.put(DEVIATION_FEATURES, scratch.create(standardisation.deviation()));
            }
            write(file, setup, note, tensors, adam.steps(), backbones);
        }
    }

    private static void write(Path file, NetworkSetup setup, String note, Map<String, NDArray> tensors, long steps,
            Map<String, String> backbones) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", FORMAT);
        metadata.put("variant", setup.variant());
        metadata.put("trainedPart", setup.trainedPart());
        metadata.put("imageWeights", setup.imageWeights() == null ? "" : setup.imageWeights().toString());
        metadata.put("audioWeights", setup.audioWeights() == null ? "" : setup.audioWeights().toString());
        metadata.put("seed", Long.toString(setup.seed()));
        metadata.put("learningRate", Double.toString(setup.learningRate()));
        metadata.put("steps", Long.toString(steps));
        backbones.forEach((branch, text) -> metadata.put(BACKBONE + branch, text));
        metadata.put("note", note);
        Files.createDirectories(file.toAbsolutePath().getParent());
        SafetensorsWriter.write(file, tensors, metadata);
    }

    static Contents read(Path file) throws ModelException {
        SafetensorsFile tensors = SafetensorsFile.parse(file, FileBytes.read(file));
        Map<String, String> metadata = tensors.metadata();
        if (!FORMAT.equals(metadata.get("format"))) {
            throw new ModelException(file, "is not a training checkpoint (its format is "
                    + metadata.getOrDefault("format", "not given") + ", expected " + FORMAT + ")");
        }
        try {
            NetworkSetup setup = new NetworkSetup(metadata.get("variant"), metadata.get("trainedPart"),
                    path(metadata.get("imageWeights")), path(metadata.get("audioWeights")),
                    Long.parseLong(metadata.get("seed")), learningRate(metadata));
            Map<String, String> backbones = new LinkedHashMap<>();
            metadata.forEach((key, value) -> {
                if (key.startsWith(BACKBONE)) {
                    backbones.put(key.substring(BACKBONE.length()), value);
                }
            });
            return new Contents(file, setup, backbones, Long.parseLong(metadata.get("steps")),
                    metadata.getOrDefault("note", ""), tensors);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelException(file, "its metadata is incomplete or wrong: " + e.getMessage(), e);
        }
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
        SafetensorsFile.Entry entry = contents.tensors().entries().get(name);
        if (entry == null) {
            throw new ModelException(contents.file(), "tensor " + name + " is missing");
        }
        if (!"F32".equals(entry.dtype()) || !new Shape(entry.shape()).equals(target.getShape())) {
            throw new ModelException(contents.file(), "tensor " + name + " is " + entry.dtype() + " " + entry.shapeText()
                    + ", expected F32 " + target.getShape());
        }
        try (NDArray staged = target.getManager().create(contents.tensors().floats(entry), target.getShape())) {
            target.intern(staged.duplicate());
        }
    }

    /** Checkpoints written before the learning rate could vary were trained with the paper's. */
    private static double learningRate(Map<String, String> metadata) {
        String recorded = metadata.get("learningRate");
        return recorded == null ? NetworkSetup.PAPER_LEARNING_RATE : Double.parseDouble(recorded);
    }

    private static Path path(String text) {
        return text == null || text.isEmpty() ? null : Path.of(text);
    }
}
