package org.kissdetect.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;

/**
 * The model a benchmark times: {@code model=DIR}, or {@code model=kinetics} (a Kinetics 3D ResNet-34 of formula weights,
 * made once under the bench cache: its speed does not depend on its weights), or the demo model when none is named,
 * as the model repository resolves it.
 */
final class BenchModels {

    static final String KINETICS = "kinetics";

    private BenchModels() {
    }

    static Path of(Optional<String> named, ModelRepository models, List<CheckpointLayout> layouts, PrintWriter out) {
        Path folder = named.filter(KINETICS::equals).isPresent()
                ? kinetics(layouts, out)
                : named.map(Path::of).orElse(null);
        try {
            return models.resolve(ModelReference.namedOrDemo(folder), new ModelListener() { }, () -> false).directory();
        } catch (ModelException e) {
            throw new BenchFailure(ExitCodes.MODEL_PROBLEM, "the model: " + e.getMessage(), e);
        } catch (ModelCancelledException e) {
            throw new BenchFailure(ExitCodes.CANCELLED, "cancelled while making the demo model", e);
        } catch (IOException e) {
            throw new BenchFailure(ExitCodes.FAILED, "cannot make the demo model: " + e.getMessage(), e);
        }
    }

    private static Path kinetics(List<CheckpointLayout> layouts, PrintWriter out) {
        Path folder = BenchMovies.folder().resolve("kinetics-model");
        try {
            Optional<Path> made = KineticsFormulaModel.existing(folder);
            if (made.isPresent()) {
                return made.get();
            }
            out.println("making a Kinetics 3D ResNet-34 of formula weights (once) in " + folder);
            out.flush();
            return KineticsFormulaModel.write(layouts, Files.createDirectories(folder));
        } catch (CheckpointException e) {
            throw new BenchFailure(ExitCodes.MODEL_PROBLEM, "the Kinetics model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BenchFailure(ExitCodes.FAILED, "cannot write the Kinetics model: " + e.getMessage(), e);
        }
    }
}
