package org.kissdetect.classify.internal;

import java.util.List;

import org.kissdetect.classify.internal.model.DeviceChoice;

/**
 * The words of {@code kissdetect bench classify [threads=N] [device=auto|cpu|gpu]}.
 *
 * @param threads libtorch intra-op threads on the CPU
 * @param device  where the networks run
 */
record BenchOptions(int threads, DeviceChoice device) {

    static BenchOptions parse(List<String> words) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        DeviceChoice device = DeviceChoice.AUTO;
        for (String word : words) {
            String[] pair = word.split("=", 2);
            String value = pair.length == 2 ? pair[1] : "";
            switch (pair[0]) {
                case "threads" -> threads = positive("threads", value);
                case "device" -> device = DeviceChoice.parse(value);
                default -> throw new IllegalArgumentException("unknown argument '" + word
                        + "'; expected threads=N or device=auto|cpu|gpu");
            }
        }
        return new BenchOptions(threads, device);
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, got '" + value + "'");
    }
}
