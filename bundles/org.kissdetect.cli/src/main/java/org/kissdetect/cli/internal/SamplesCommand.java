package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.common.files.OutputTransaction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kissdetect samples MOVIE --out DIR}: what the networks would see of each second, as files. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=samples")
@Command(name = "samples", sortOptions = false,
        description = {"Writes what the model sees of each complete second of MOVIE into DIR.",
                "seconds.json (per second: index, still time, flags), stills/00000.png (short side 256 px)",
                "and audio/00000.wav (the last 960 ms of the second, 16-bit mono 16 kHz).",
                "DIR must not exist or be empty; it appears complete or not at all."})
public final class SamplesCommand implements Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DecoderModes decoders;
    private final Cancellation cancellation;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MOVIE", description = "The movie file.")
    Path movie;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the samples go.")
    Path out;

    @Option(names = "--mode", paramLabel = "MODE", description = "exact or fast (default: the configured mode,"
            + " PID org.kissdetect.decode).")
    String mode;

    @Activate
    public SamplesCommand(@Reference DecoderModes decoders) {
        this(decoders, null);
    }

    /** For tests: {@code cancellation} stands for Ctrl-C (null: the real one). */
    SamplesCommand(DecoderModes decoders, Cancellation cancellation) {
        this.decoders = decoders;
        this.cancellation = cancellation;
    }

    record SecondJson(int index, double stillSeconds, boolean frameReused, boolean audioMissing) {
    }

    record InfoJson(double durationSeconds, double frameRate, int width, int height, boolean hasAudio) {
    }

    record SamplesJson(String movie, String mode, InfoJson info, List<String> warnings, List<SecondJson> seconds) {
    }

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target);
        if (cancellation != null) {
            return writeInto(target, cancellation);
        }
        // Ctrl-C ends the JVM once its shutdown hooks return: this one waits until the staging folder is gone.
        try (Interruption interruption = new Interruption()) {
            return writeInto(target, interruption);
        }
    }

    private int writeInto(Path target, Cancellation cancelled) throws IOException {
        try (OutputTransaction output = new OutputTransaction()) {
            Path staging = output.stagedFolder(target);
            int count = writeSamples(staging, target, cancelled);
            if (cancelled.isCancelled()) {
                throw cancelledBefore(target);
            }
            output.commit();
            spec.commandLine().getOut().printf("%d seconds written to %s%n", count, target);
            return ExitCodes.OK;
        }
    }

    private int writeSamples(Path folder, Path target, Cancellation cancelled) throws IOException {
        Files.createDirectories(folder.resolve("stills"));
        Files.createDirectories(folder.resolve("audio"));
        List<SecondJson> rows = new ArrayList<>();
        try (SampleStream stream = decoders.decoder(mode).open(movie)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                if (cancelled.isCancelled()) {
                    throw cancelledBefore(target);
                }
                SecondSample second = next.get();
                String name = String.format(Locale.ROOT, "%05d", second.second());
                SampleFiles.writePng(second.still(), folder.resolve("stills").resolve(name + ".png"));
                SampleFiles.writeWav(second.audio(), folder.resolve("audio").resolve(name + ".wav"));
                rows.add(new SecondJson(second.second(), Math.round(second.stillSeconds() * 1e6) / 1e6,
                        second.frameReused(), second.audioMissing()));
            }
            MovieInfo info = stream.info();
            SamplesJson json = new SamplesJson(movie.toString(), mode == null ? "configured" : mode,
                    new InfoJson(info.durationSeconds(), info.frameRate(), info.width(), info.height(), info.hasAudio()),
                    stream.warnings(), rows);
            JSON.writeValue(folder.resolve("seconds.json").toFile(), json);
            stream.warnings().forEach(w -> spec.commandLine().getErr().println("kissdetect samples: warning: " + w));
        } catch (MediaException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        return rows.size();
    }

    private static CommandFailure cancelledBefore(Path target) {
        return new CommandFailure(ExitCodes.CANCELLED, "cancelled: " + target + " was not written");
    }

    private static void checkTarget(Path target) throws IOException {
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw CommandFailure.badInput("the folder " + target.getParent() + " does not exist");
        }
        if (Files.exists(target) && !OutputFolders.isEmptyFolder(target)) {
            throw CommandFailure.badInput(target + " exists and is not an empty folder");
        }
    }
}
