package org.kissdetect.bench.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A benchmark's words: numbers by position, and {@code key=value} options from a known set. */
final class BenchArguments {

    private final List<String> positional;
    private final Map<String, String> options;

    private BenchArguments(List<String> positional, Map<String, String> options) {
        this.positional = positional;
        this.options = options;
    }

    static BenchArguments parse(List<String> words, String... known) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals < 0) {
                positional.add(word);
            } else if (Set.of(known).contains(word.substring(0, equals))) {
                options.put(word.substring(0, equals), word.substring(equals + 1));
            } else {
                throw BenchFailure.badInput("unknown option '" + word.substring(0, equals) + "'; known: "
                        + String.join(", ", known));
            }
        }
        return new BenchArguments(positional, options);
    }

    int positional(int index, int fallback, String what) {
        if (index >= positional.size()) {
            return fallback;
        }
        String text = positional.get(index);
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw BenchFailure.badInput(what + " must be at least 1, got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw BenchFailure.badInput("'" + text + "' is not a number of " + what);
        }
    }

    Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
