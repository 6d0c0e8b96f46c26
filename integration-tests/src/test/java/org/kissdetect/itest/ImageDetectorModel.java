package org.kissdetect.itest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Writes an image-only detector model directory as the classification bundle expects it, without its code:
 * torchvision's ResNet-18 layout under {@code image.}, {@code classifier.*}, formula weights (the k-th tensor's
 * i-th value from s = sin(0.37 i + 1.3 k)), and {@code metadata.json} with the file's sha256.
 */
final class ImageDetectorModel {

    private record Tensor(String name, long[] shape, String rule) {
        long size() {
            return LongStream.of(shape).reduce(1, Math::multiplyExact);
        }
    }

    private ImageDetectorModel() {
    }

    static Path write(Path directory) throws Exception {
        Files.createDirectories(directory);
        String sha256 = writeParameters(directory.resolve("detector.safetensors"), tensors());
        Files.writeString(directory.resolve("metadata.json"), """
                {"formatVersion": 1, "id": "itest-image", "version": "1.0.0", "variant": "image",
                 "classes": ["not kissing", "kissing"],
                 "preprocessing": {
                   "image": {"shape": [3, 224, 224], "channels": "RGB", "resize": 256, "centerCrop": 224,
                             "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
                   "audio": {"shape": [96, 64], "sampleRate": 16000, "frontEnd": "vggish-log-mel"}},
                 "parameters": "detector.safetensors",
                 "provenance": {"weights": "formula weights written by the integration test"},
                 "sha256": {"detector.safetensors": "%s"}}
                """.formatted(sha256));
        return directory;
    }

    /** torchvision's resnet18 state dict without fc, then the classifier, in state-dict order. */
    private static List<Tensor> tensors() {
        List<Tensor> tensors = new ArrayList<>();
        tensors.add(conv("image.conv1.weight", 64, 3, 7));
        batchNorm(tensors, "image.bn1", 64);
        int in = 64;
        for (int layer = 1; layer <= 4; layer++) {
            int out = 64 << (layer - 1);
            for (int block = 0; block < 2; block++) {
                String prefix = "image.layer" + layer + "." + block + ".";
                tensors.add(conv(prefix + "conv1.weight", out, block == 0 ? in : out, 3));
                batchNorm(tensors, prefix + "bn1", out);
                tensors.add(conv(prefix + "conv2.weight", out, out, 3));
                batchNorm(tensors, prefix + "bn2", out);
                if (block == 0 && layer > 1) {
                    tensors.add(conv(prefix + "downsample.0.weight", out, in, 1));
                    batchNorm(tensors, prefix + "downsample.1", out);
                }
            }
            in = out;
        }
        tensors.add(new Tensor("classifier.weight", new long[] {2, 512}, "0.2*s"));
        tensors.add(new Tensor("classifier.bias", new long[] {2}, "0"));
        return tensors;
    }

    private static Tensor conv(String name, int out, int in, int kernel) {
        return new Tensor(name, new long[] {out, in, kernel, kernel}, "fan-in");
    }

    private static void batchNorm(List<Tensor> tensors, String name, int channels) {
        tensors.add(new Tensor(name + ".weight", new long[] {channels}, "1 + 0.1*s"));
        tensors.add(new Tensor(name + ".bias", new long[] {channels}, "0.1*s"));
        tensors.add(new Tensor(name + ".running_mean", new long[] {channels}, "0.1*s"));
        tensors.add(new Tensor(name + ".running_var", new long[] {channels}, "1 + 0.5*abs(s)"));
    }

    private static double value(Tensor tensor, int k, long i) {
        double s = Math.sin(0.37 * i + 1.3 * k);
        return switch (tensor.rule()) {
            case "fan-in" -> 2 / Math.sqrt(tensor.size() / (double) tensor.shape()[0]) * s;
            case "1 + 0.1*s" -> 1 + 0.1 * s;
            case "0.1*s" -> 0.1 * s;
            case "1 + 0.5*abs(s)" -> 1 + 0.5 * Math.abs(s);
            case "0.2*s" -> 0.2 * s;
            default -> 0;
        };
    }

    /** Safetensors: 8-byte little-endian header length, JSON header, little-endian float32 data. */
    private static String writeParameters(Path file, List<Tensor> tensors) throws IOException, Exception {
        StringBuilder header = new StringBuilder();
        long offset = 0;
        for (Tensor tensor : tensors) {
            String shape = LongStream.of(tensor.shape()).mapToObj(Long::toString).collect(Collectors.joining(","));
            header.append(header.length() == 0 ? "{" : ",").append("\"").append(tensor.name())
                    .append("\":{\"dtype\":\"F32\",\"shape\":[").append(shape).append("],\"data_offsets\":[")
                    .append(offset).append(",").append(offset + 4 * tensor.size()).append("]}");
            offset += 4 * tensor.size();
        }
        byte[] json = header.append("}").toString().getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha256)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            for (int k = 0; k < tensors.size(); k++) {
                Tensor tensor = tensors.get(k);
                ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(4 * tensor.size())).order(ByteOrder.LITTLE_ENDIAN);
                for (long i = 0; i < tensor.size(); i++) {
                    data.putFloat((float) value(tensor, k, i));
                }
                out.write(data.array());
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
