package org.kissdetect.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.report.ReportService;

/**
 * Where each movie's markers, scores and report go, decided and checked before any movie is decoded: one movie
 * writes to {@code --out FILE}, a device, a FIFO or stdout; several (or {@code --out FOLDER/}) write
 * {@code NAME.EXT} and {@code NAME.scores.json} into the folder, under names distinct for every movie
 * ({@link OutputNames}). A movie whose outputs cannot be written is refused here, with the reason, and the others
 * go on.
 */
final class OutputPlan {

    /**
     * One movie's outputs.
     *
     * @param movie   the movie
     * @param markers where its markers go, one destination a format, in the formats' order
     * @param scores  where its scores are copied, beside a marker file; {@code null} for streams
     * @param report  its report folder, or {@code null}
     */
    record MovieOutputs(Path movie, List<Destination> markers, Path scores, Path report) {

        MovieOutputs {
            markers = List.copyOf(markers);
        }

        /** @return the marker file a summary names: the first format's, or null for a stream */
        Path firstMarkers() {
            return markers.get(0).path();
        }
    }

    /** A movie's outputs, or why it cannot be written. */
    record Planned(Path movie, MovieOutputs outputs, CommandFailure refusal) {
    }

    private OutputPlan() {
    }

    /**
     * @param movies    the movies, in the order given
     * @param out       {@code --out} as typed, or {@code null}
     * @param report    {@code --report}, or {@code null}
     * @param extensions the marker formats' file extensions; with several, each movie writes one file a format,
     *                   named alike but for the extension
     * @param inputs    every other file or folder the run reads (the model directory), never to be written
     * @param reports   checks report folders
     * @throws CommandFailure when no movie can be written at all (several movies without a folder)
     */
    static List<Planned> of(List<Path> movies, String out, Path report, List<String> extensions,
            Collection<Path> inputs, ReportService reports) {
        Destination base = out == null ? Destination.stdout() : Destination.of(out);
        if (extensions.size() > 1 && base.kind() != Destination.Kind.FOLDER && base.kind() != Destination.Kind.FILE) {
            throw CommandFailure.badInput("several marker formats need files: --out FOLDER/ or --out NAME");
        }
        boolean intoFolder = movies.size() > 1 || base.kind() == Destination.Kind.FOLDER;
        if (intoFolder && base.kind() != Destination.Kind.FOLDER
                && (base.kind() != Destination.Kind.FILE || Files.exists(base.path()))) {
            throw CommandFailure.badInput("several movies need --out FOLDER for their markers");
        }
        List<Path> read = new ArrayList<>(inputs);
        read.addAll(movies);
        Map<Path, String> names = OutputNames.of(movies);
        Set<Path> taken = new HashSet<>();
        List<Planned> plans = new ArrayList<>();
        for (Map.Entry<Path, String> movie : names.entrySet()) {
            try {
                MovieOutputs outputs = intoFolder
                        ? inFolder(movie.getKey(), base.path(), movie.getValue(), extensions, report,
                                movies.size() > 1)
                        : single(movie.getKey(), base, extensions, report);
                check(outputs, read, taken, reports);
                plans.add(new Planned(movie.getKey(), outputs, null));
            } catch (CommandFailure refusal) {
                plans.add(new Planned(movie.getKey(), null, refusal));
            }
        }
        return plans;
    }

    private static MovieOutputs inFolder(Path movie, Path folder, String name, List<String> extensions, Path report,
            boolean several) {
        List<Destination> markers = new ArrayList<>();
        for (String extension : extensions) {
            markers.add(Destination.of(folder.resolve(name + "." + extension).toString()));
        }
        Path reportFolder = report == null ? null : several ? report.resolve(name) : report;
        return new MovieOutputs(movie, markers, scoresBeside(markers.get(0)), reportFolder);
    }

    /**
     * One movie: its one format to the destination given; several formats to {@code NAME.EXT} beside it, NAME being
     * the file given without its extension when that is one of the formats' ({@code cut.json} gives
     * {@code cut.json}, {@code cut.fcpxml}).
     */
    private static MovieOutputs single(Path movie, Destination given, List<String> extensions, Path report) {
        if (extensions.size() == 1) {
            return new MovieOutputs(movie, List.of(given), scoresBeside(given), report);
        }
        String name = given.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && extensions.contains(name.substring(dot + 1)) ? name.substring(0, dot) : name;
        List<Destination> markers = new ArrayList<>();
        for (String extension : extensions) {
            markers.add(Destination.of(given.path().resolveSibling(stem + "." + extension).toString()));
        }
        return new MovieOutputs(movie, markers, scoresBeside(markers.get(0)), report);
    }

    /** {@code film.otio} gets {@code film.scores.json} beside it; a stream gets none. */
    static Path scoresBeside(Destination markers) {
        if (markers.kind() != Destination.Kind.FILE) {
            return null;
        }
        String name = markers.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return markers.path().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".scores.json");
    }

    private static void check(MovieOutputs outputs, List<Path> inputs, Set<Path> taken, ReportService reports) {
        List<Path> files = new ArrayList<>();
        for (Destination markers : outputs.markers()) {
            if (markers.kind() == Destination.Kind.FILE) {
                files.add(markers.path());
            } else if (markers.kind() == Destination.Kind.FOLDER) {
                throw CommandFailure.cannotWrite("cannot write markers to " + markers.given() + ": it is a folder");
            } else if (markers.kind() == Destination.Kind.STREAM) {
                OutputChecks.notAnInput(markers.path(), inputs);
            }
        }
        if (outputs.scores() != null) {
            files.add(outputs.scores());
        }
        if (outputs.report() != null) {
            Path report = outputs.report().toAbsolutePath().normalize();
            DetectionOutputs.checkReportTarget(reports, report);
            files.add(report);
        }
        for (Path file : files) {
            OutputChecks.nameFits(file);
            OutputChecks.notAnInput(file, inputs);
            OutputChecks.folderTakesFiles(file.getParent());
            if (!taken.add(file.toAbsolutePath().normalize())) {
                throw CommandFailure.badInput("two outputs of this run would be " + file + "; choose other names");
            }
        }
    }
}
