package org.kissdetect.spark.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;

/**
 * Joins one movie's seconds into scenes with the runtime's segmenter, as {@code kissdetect detect} does, and writes
 * its marker files into {@code OUT/markers}: each written whole under a temporary name and then renamed, so that a
 * retried task or a re-run replaces a file and never leaves half of one. Markers sit on the scenes' seconds (as
 * {@code detect --no-snap}): the shot cuts they could snap to are found by a pass over the whole film, which a
 * split film never has.
 */
final class SceneWriting {

    static final String MARKERS = "markers";

    private SceneWriting() {
    }

    static MovieScenes scenes(String fingerprint, String uri, String description,
            Iterable<scala.Tuple2<Integer, Float>> rows,
            ModelKey model, Segmentation segmentation, JobSettings settings, Configuration conf) {
        float[] probabilities = new float[0];
        try {
            probabilities = MovieSeconds.probabilities(rows);
            EmbeddedRuntime runtime = EmbeddedRuntime.get();
            List<Scene> scenes = runtime.segmenter().segment(probabilities, segmentation.parameters());
            List<MovieScenes.SceneRow> sceneRows = scenes.stream()
                    .map(scene -> new MovieScenes.SceneRow(scene.start(), scene.end(), scene.confidence())).toList();
            List<String> markers = settings.formats().isEmpty() ? List.of()
                    : writeMarkers(runtime, uri, fingerprint, MovieInfoJson.read(description), probabilities.length,
                            scenes, model, settings, conf);
            return new MovieScenes(fingerprint, uri, probabilities.length, sceneRows, markers, null);
        } catch (Exception e) {
            return new MovieScenes(fingerprint, uri, probabilities.length, List.of(), List.of(),
                    "scenes and markers: " + Failures.describe(e));
        }
    }

    private static List<String> writeMarkers(EmbeddedRuntime runtime, String uri, String fingerprint,
            MovieInfo declared, int seconds, List<Scene> scenes, ModelKey model, JobSettings settings,
            Configuration conf) throws Exception {
        // As detect reports it: the seconds decoded when they differ from the container's declaration.
        MovieInfo movie = (seconds == declared.completeSeconds() ? declared : declared.withDurationSeconds(seconds))
                .withShotCuts(List.of());
        MarkerDocument document = new MarkerDocument(movie, scenes, model.id(),
                new MarkerStyle(settings.markerName(), settings.markerColour(), settings.dropFrame()));
        Map<String, MarkerWriter> writers = runtime.markerWriters();
        List<String> written = new ArrayList<>();
        String name = new org.apache.hadoop.fs.Path(uri).getName() + "." + fingerprint.substring(0, 12);
        for (String format : settings.formats()) {
            MarkerWriter writer = writers.get(format);
            if (writer == null) {
                throw new IllegalArgumentException("no marker format " + format + " is installed");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(document, bytes);
            String relative = MARKERS + "/" + name + "." + writer.extension();
            replace(new org.apache.hadoop.fs.Path(settings.out(), relative), bytes.toByteArray(), conf);
            written.add(relative);
        }
        return written;
    }

    private static void replace(org.apache.hadoop.fs.Path target, byte[] content, Configuration conf)
            throws IOException {
        FileSystem fs = target.getFileSystem(conf);
        org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(target.getParent(),
                "." + target.getName() + "." + java.util.UUID.randomUUID() + ".partial");
        try (OutputStream out = fs.create(partial, false)) {
            out.write(content);
        }
        fs.delete(target, false);
        if (!fs.rename(partial, target)) {
            fs.delete(partial, false);
            throw new IOException("cannot rename " + partial + " to " + target);
        }
    }
}
