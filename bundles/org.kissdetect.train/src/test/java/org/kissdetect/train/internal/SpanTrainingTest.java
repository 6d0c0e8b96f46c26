package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.LabelledSpan;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SpanTrainingReport;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SyntheticSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Training the linear layer on labelled spans of three generated films (one to train on, one to validate, one held
 * out) through the real decoder, feature extractor, networks and segmenter: the movies are decoded once, and again
 * never, whatever is labelled next.
 */
class SpanTrainingTest {

    private static final SyntheticSet FILMS = new SyntheticSet(3, 14, 14, 5);
    private static final DataSplit SPLIT = new DataSplit(List.of("film0"), List.of("film1"), List.of("film2"));

    @TempDir
    static Path folder;

    private static List<LabelledSpan> spans;

    @BeforeAll
    static void writeTheFilms() throws Exception {
        Path annotations = FILMS.write(RealServices.encoder(), folder.resolve("films"));
        spans = new ArrayList<>();
        Map<Path, String> groups = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(annotations)) {
            String[] fields = line.split(",");
            if (line.isBlank() || line.startsWith("#") || fields[0].equals("movie")) {
                continue;
            }
            Path movie = annotations.resolveSibling(fields[0]);
            String group = groups.computeIfAbsent(movie, m -> "film" + groups.size());
            spans.add(new LabelledSpan(group, movie, Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                    fields[3].equals("kissing")));
        }
    }

    @Test
    void oneMoreLabelIsTrainedOnWithoutDecodingAgainAndTheModelSaysWhereItCameFrom() throws Exception {
        TrainingComponent training = training("cache-a");
        List<LabelledSpan> fewer = spans.subList(0, spans.size() - 1);

        SpanTrainingReport first = training.trainOnSpans(request(fewer, folder.resolve("first")),
                new TrainingListener() {
                }, () -> false);
        SpanTrainingReport second = training.trainOnSpans(request(spans, folder.resolve("second")),
                new TrainingListener() {
                }, () -> false);

        assertThat(first.moviesDecoded()).as("every film decoded once").isEqualTo(3);
        assertThat(second.moviesDecoded()).as("the films' embeddings are reused").isZero();
        assertThat(second.spansSha256()).isNotEqualTo(first.spansSha256());
        assertThat(second.training().epochs()).hasSize(3);
        JsonNode provenance = new ObjectMapper().readTree(folder.resolve("second/metadata.json").toFile())
                .path("provenance");
        assertThat(provenance.path("project").asText()).isEqualTo("tiny project");
        assertThat(provenance.path("spans").path("sha256").asText()).isEqualTo(second.spansSha256());
        assertThat(provenance.path("split").path("test").get(0).asText()).isEqualTo("film2");
        assertThat(provenance.path("backbones").path("image").asText()).contains("random");
        assertThat(provenance.path("test").path("f1").asDouble()).isEqualTo(second.training().test().f1());
    }

    @Test
    void aCancelledRunWritesNoModel() throws Exception {
        AtomicInteger epochs = new AtomicInteger();
        Path model = folder.resolve("cancelled");

        assertThatThrownBy(() -> training("cache-b").trainOnSpans(request(spans, model), new TrainingListener() {
            @Override
            public void epoch(EpochMetrics metrics) {
                epochs.incrementAndGet();
            }
        }, () -> epochs.get() >= 1)).isInstanceOf(TrainingCancelledException.class);
        assertThat(model).doesNotExist();
    }

    @Test
    void anExistingModelIsNeverReplacedAndContradictingLabelsAreRefused() throws Exception {
        Path taken = Files.createDirectories(folder.resolve("taken"));
        assertThatThrownBy(() -> training("cache-b").trainOnSpans(request(spans, taken), new TrainingListener() {
        }, () -> false)).hasMessageContaining("exists");

        List<LabelledSpan> contradicting = new ArrayList<>(spans);
        LabelledSpan first = spans.get(0);
        contradicting.add(new LabelledSpan(first.group(), first.movie(), first.start(), first.end(),
                !first.kissing()));
        assertThatThrownBy(() -> training("cache-b").trainOnSpans(request(contradicting, folder.resolve("never")),
                new TrainingListener() {
                }, () -> false)).isInstanceOf(AnnotationException.class).hasMessageContaining("labelled");
    }

    private static TrainingComponent training(String cache) {
        return new TrainingComponent(RealServices.trainer(), null, null, RealServices.decoder(), RealServices.features(),
                RealServices.segmenter(), RealServices.configuration(folder.resolve(cache)));
    }

    private static SpanTrainingRequest request(List<LabelledSpan> labelled, Path model) {
        return new SpanTrainingRequest(labelled, SPLIT, model, folder.resolve(model.getFileName() + ".checkpoints"),
                new NetworkSetup("both", "last-layer", null, null, 3), 3, 16, 3, "tiny", "1",
                Map.of("project", "tiny project"));
    }
}
