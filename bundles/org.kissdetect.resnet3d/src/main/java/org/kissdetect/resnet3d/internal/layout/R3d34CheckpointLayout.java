package org.kissdetect.resnet3d.internal.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.resnet3d.internal.model.ClassList;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelWriter;
import org.kissdetect.resnet3d.internal.network.R3d34Architecture;
import org.kissdetect.resnet3d.internal.network.Shortcut;
import org.kissdetect.nn.weights.Tensor;
import org.osgi.service.component.annotations.Component;

/**
 * Hara et al.'s Kinetics checkpoints of the 3D ResNet-34, both shortcut types ({@code r3d34_K_200ep.pth}, B;
 * {@code resnet-34-kinetics.pth}, A), become a Kinetics action model directory named {@code kinetics<N>-r3d34}
 * in the import folder. The preprocessing recorded follows the code that trained each: type B checkpoints come
 * from kenshohara/3D-ResNets-PyTorch ({@link ClipPreprocessing#KINETICS_700}), type A from the older
 * video-classification-3d-cnn-pytorch ({@link ClipPreprocessing#KINETICS_400}). Pure Java: no libtorch.
 */
@Component(service = CheckpointLayout.class)
public final class R3d34CheckpointLayout implements CheckpointLayout {

    private static final String BATCH_COUNTER = "num_batches_tracked";

    @Override
    public String name() {
        return "Hara et al. 3D ResNet-34 (Kinetics)";
    }

    @Override
    public boolean recognises(StateDict stateDict) {
        return shortcutOf(stateDict).isPresent();
    }

    /**
     * @param stateDict a state dict
     * @return its shortcut type when it is a 3D ResNet-34 of either type, with all and only its float tensors
     */
    static Optional<Shortcut> shortcutOf(StateDict stateDict) {
        CheckpointTensor fc = stateDict.tensors().get("fc.weight");
        if (fc == null || fc.shape().length != 2 || fc.shape()[0] < 1) {
            return Optional.empty();
        }
        Map<String, CheckpointTensor> tensors = withoutCounters(stateDict);
        for (Shortcut shortcut : Shortcut.values()) {
            Map<String, int[]> expected = R3d34Architecture.tensors(shortcut, fc.shape()[0]);
            if (expected.size() == tensors.size() && expected.entrySet().stream().allMatch(e -> {
                CheckpointTensor tensor = tensors.get(e.getKey());
                return tensor != null && tensor.type().isFloating() && Arrays.equals(tensor.shape(), e.getValue());
            })) {
                return Optional.of(shortcut);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ImportedFile> write(StateDict stateDict, ImportOptions options, Path folder)
            throws CheckpointException, IOException {
        Path checkpoint = stateDict.source();
        Shortcut shortcut = shortcutOf(stateDict).orElseThrow(() -> new CheckpointException(checkpoint,
                "is not a 3D ResNet-34 state dict of shortcut type A or B"));
        int classes = stateDict.tensors().get("fc.weight").shape()[0];
        Path classesFile = options.classes().orElseThrow(() -> new CheckpointException(checkpoint, "its "
                + classes + " Kinetics classes carry no names: give the class list (--classes FILE: one name a"
                + " line, or the dataset's train.csv)"));
        ClassList classList = classList(checkpoint, classesFile);
        if (classList.names().size() != classes) {
            throw new CheckpointException(checkpoint, "class list " + classesFile + " names "
                    + classList.names().size() + " classes, but its fc has " + classes + " rows");
        }
        if (!classList.names().contains(KineticsMetadata.KISSING)) {
            throw new CheckpointException(checkpoint, "class list " + classesFile + " has no class '"
                    + KineticsMetadata.KISSING + "'");
        }
        refuseNonFinite(stateDict);
        String id = "kinetics" + classes + "-r3d34";
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("checkpoint", String.valueOf(checkpoint.getFileName()));
        provenance.put("checkpointSha256", stateDict.sha256());
        provenance.put("layout", name() + ", shortcut type " + shortcut);
        provenance.put("classes", String.valueOf(classesFile.getFileName()));
        provenance.put("classesSha256", classList.sha256());
        provenance.put("importedBy", "kissdetect models import");
        ClipPreprocessing preprocessing = shortcut == Shortcut.B ? ClipPreprocessing.KINETICS_700
                : ClipPreprocessing.KINETICS_400;
        KineticsModelWriter.Description description = new KineticsModelWriter.Description(id, "1", shortcut.name(),
                classList, preprocessing, KineticsMetadata.DEFAULT_THRESHOLD, provenance,
                String.valueOf(checkpoint.getFileName()), stateDict.sha256());
        return KineticsModelWriter.write(folder.resolve(id), description, parameters(stateDict, shortcut, classes));
    }

    /** A NaN or infinite weight would make every probability NaN: refused at import rather than at detection. */
    private static void refuseNonFinite(StateDict stateDict) throws CheckpointException {
        for (CheckpointTensor tensor : stateDict.tensors().values()) {
            float[] values = tensor.floats();
            for (int i = 0; values != null && i < values.length; i++) {
                if (!Float.isFinite(values[i])) {
                    throw new CheckpointException(stateDict.source(), "tensor " + tensor.name() + " holds "
                            + values[i] + " at index " + i + " (a damaged checkpoint)");
                }
            }
        }
    }

    private static ClassList classList(Path checkpoint, Path classesFile) throws CheckpointException {
        try {
            return ClassList.read(classesFile);
        } catch (IOException e) {
            throw new CheckpointException(checkpoint, "class list " + classesFile + " " + e.getMessage(), e);
        }
    }

    private static List<Tensor> parameters(StateDict stateDict, Shortcut shortcut, int classes) {
        List<Tensor> parameters = new ArrayList<>();
        for (Map.Entry<String, int[]> expected : R3d34Architecture.tensors(shortcut, classes).entrySet()) {
            CheckpointTensor tensor = stateDict.tensors().get(expected.getKey());
            parameters.add(new Tensor(expected.getKey(), tensor.shape(), tensor.floats()));
        }
        return parameters;
    }

    private static Map<String, CheckpointTensor> withoutCounters(StateDict stateDict) {
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>(stateDict.tensors());
        tensors.keySet().removeIf(name -> name.equals(BATCH_COUNTER) || name.endsWith("." + BATCH_COUNTER));
        return tensors;
    }
}
