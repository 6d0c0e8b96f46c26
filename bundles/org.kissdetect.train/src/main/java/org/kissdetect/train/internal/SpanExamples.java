package org.kissdetect.train.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.LabelledSpan;
import org.kissdetect.common.text.Sha256;

/**
 * Labelled spans as examples: each group becomes one labelled "movie" (its name the group's, its file the
 * movie's), read by the same rules as an annotation file's lines ({@link Examples}).
 */
final class SpanExamples {

    /** How errors name the spans, in place of an annotation file. */
    static final Path SOURCE = Path.of("labelled spans");

    private SpanExamples() {
    }

    /**
     * @param spans the spans
     * @return one labelled movie per group, by group name
     * @throws AnnotationException when a span holds no whole second, a second is labelled both ways, or a group
     *                             spans two movies
     */
    static List<LabelledMovie> of(List<LabelledSpan> spans) throws AnnotationException {
        List<Annotation> annotations = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            LabelledSpan span = spans.get(i);
            annotations.add(new Annotation(i + 1, span.group(), span.movie(), span.start(), span.end(),
                    span.kissing()));
        }
        Map<String, Path> movieOfGroup = new HashMap<>();
        for (Annotation annotation : annotations) {
            Path first = movieOfGroup.putIfAbsent(annotation.movie(), annotation.file());
            if (first != null && !first.equals(annotation.file())) {
                throw new AnnotationException(SOURCE, annotation.line(), "group " + annotation.movie()
                        + " spans two movies, " + first + " and " + annotation.file());
            }
        }
        return Examples.of(SOURCE, annotations);
    }

    /** @return the hash of the spans as trained on: group, movie, start, end and label of each, in order */
    static String sha256(List<LabelledSpan> spans) {
        return Sha256.hex(spans.stream().map(s -> s.group() + "\t" + s.movie() + "\t" + s.start() + "\t" + s.end()
                + "\t" + (s.kissing() ? "kissing" : "not kissing")).collect(Collectors.joining("\n")));
    }
}
