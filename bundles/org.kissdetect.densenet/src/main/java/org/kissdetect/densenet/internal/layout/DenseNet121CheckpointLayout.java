package org.kissdetect.densenet.internal.layout;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.densenet.internal.network.DenseNet121Shapes;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;
import org.osgi.service.component.annotations.Component;

/**
 * torchvision's ImageNet DenseNet-121 ({@code densenet121-a639ec97.pth}) as {@code densenet121-imagenet.safetensors},
 * the file {@code train --densenet121} takes: its 604 feature tensors as float32 under today's state-dict names, in
 * state-dict order; {@code classifier.*} and batch counters are left out. The published file predates torchvision's
 * current names ({@code denselayer1.norm.1.weight} for {@code denselayer1.norm1.weight}): they are renamed as
 * torchvision renames them when it loads the file. A state dict is recognised by its names (those of DenseNet-121,
 * in either spelling, and nothing else); every shape is then checked, so a damaged file is refused naming its
 * tensor rather than passed over as of no layout. Pure Java: no libtorch.
 */
@Component(service = CheckpointLayout.class)
public final class DenseNet121CheckpointLayout implements CheckpointLayout {

    /** The file written. */
    public static final String FILE = "densenet121-imagenet.safetensors";

    /** torchvision's {@code _load_state_dict} pattern: group 1 + group 2 is today's name. */
    static final Pattern OLD_NAME = Pattern.compile(
            "^(.*denselayer\\d+\\.(?:norm|relu|conv))\\.((?:[12])\\.(?:weight|bias|running_mean|running_var))$");

    private static final Map<String, int[]> REFERENCE = DenseNet121Shapes.stateDict();

    @Override
    public String name() {
        return "torchvision DenseNet-121";
    }

    /**
     * @param name a state-dict name, old or current
     * @return its current name
     */
    static String currentName(String name) {
        Matcher old = OLD_NAME.matcher(name);
        return old.matches() ? old.group(1) + old.group(2) : name;
    }

    @Override
    public boolean recognises(StateDict stateDict) {
        Map<String, CheckpointTensor> renamed = renamed(stateDict);
        return renamed != null && renamed.keySet().containsAll(REFERENCE.keySet())
                && renamed.keySet().stream().allMatch(name -> REFERENCE.containsKey(name) || ignorable(name));
    }

    @Override
    public List<ImportedFile> write(StateDict stateDict, ImportOptions options, Path folder)
            throws CheckpointException, IOException {
        Path checkpoint = stateDict.source();
        if (!recognises(stateDict)) {
            throw new CheckpointException(checkpoint, "is not a " + name() + " state dict");
        }
        Map<String, CheckpointTensor> renamed = renamed(stateDict);
        List<Tensor> tensors = new ArrayList<>(REFERENCE.size());
        for (Map.Entry<String, int[]> expected : REFERENCE.entrySet()) {
            CheckpointTensor tensor = renamed.get(expected.getKey());
            if (!tensor.type().isFloating()) {
                throw new CheckpointException(checkpoint, "tensor " + tensor.name() + " is " + tensor.type()
                        + ", DenseNet-121 needs floating-point weights");
            }
            if (!Arrays.equals(tensor.shape(), expected.getValue())) {
                throw new CheckpointException(checkpoint, "tensor " + tensor.name() + " has shape "
                        + Arrays.toString(tensor.shape()) + ", DenseNet-121 needs " + Arrays.toString(expected.getValue()));
            }
            float[] values = tensor.floats();
            for (int i = 0; i < values.length; i++) {
                if (!Float.isFinite(values[i])) {
                    throw new CheckpointException(checkpoint, "tensor " + tensor.name() + " holds " + values[i]
                            + " at index " + i + " (a damaged checkpoint)");
                }
            }
            tensors.add(new Tensor(expected.getKey(), tensor.shape(), values));
        }
        Path file = folder.resolve(FILE);
        MessageDigest digest = Sha256.newDigest();
        try (OutputTransaction transaction = new OutputTransaction()) {
            Path staged = transaction.stagedFile(file);
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(staged),
                    digest), 1 << 16)) {
                Safetensors.write(tensors, out);
            }
            transaction.commit();
        }
        return List.of(new ImportedFile(file, Sha256.hex(digest), "DenseNet-121 backbone weights (train --densenet121)"));
    }

    /** @return the tensors under their current names, or {@code null} when two names become one */
    private static Map<String, CheckpointTensor> renamed(StateDict stateDict) {
        Map<String, CheckpointTensor> renamed = new LinkedHashMap<>();
        for (CheckpointTensor tensor : stateDict.tensors().values()) {
            if (renamed.put(currentName(tensor.name()), tensor) != null) {
                return null;
            }
        }
        return renamed;
    }

    private static boolean ignorable(String name) {
        return name.equals("classifier.weight") || name.equals("classifier.bias")
                || name.endsWith(".num_batches_tracked");
    }
}
