package org.kissdetect.checkpoints.internal.torch;

import java.util.Arrays;
import java.util.Optional;

import org.kissdetect.api.checkpoint.TensorType;

/**
 * torch's storage classes as pickles name them ({@code torch.FloatStorage}, {@code torch.cuda.FloatStorage}), with
 * their element size. Those without a {@link TensorType} may appear in a checkpoint (an optimizer's state, a mask)
 * but a state dict tensor of them cannot be imported.
 */
enum StorageType {
    FLOAT("FloatStorage", 4, TensorType.FLOAT32),
    HALF("HalfStorage", 2, TensorType.FLOAT16),
    BFLOAT16("BFloat16Storage", 2, TensorType.BFLOAT16),
    DOUBLE("DoubleStorage", 8, TensorType.FLOAT64),
    LONG("LongStorage", 8, TensorType.INT64),
    INT("IntStorage", 4, TensorType.INT32),
    SHORT("ShortStorage", 2, null),
    CHAR("CharStorage", 1, null),
    BYTE("ByteStorage", 1, null),
    BOOL("BoolStorage", 1, null);

    private final String className;
    private final int elementSize;
    private final TensorType tensorType;

    StorageType(String className, int elementSize, TensorType tensorType) {
        this.className = className;
        this.elementSize = elementSize;
        this.tensorType = tensorType;
    }

    /** @return the storage class of {@code torch.NAME} or {@code torch.cuda.NAME}, if {@code NAME} is one */
    static Optional<StorageType> named(String module, String name) {
        if (!module.equals("torch") && !module.equals("torch.cuda")) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(type -> type.className.equals(name)).findFirst();
    }

    int elementSize() {
        return elementSize;
    }

    /** @return the type its tensors are delivered as, if the import reads them */
    Optional<TensorType> tensorType() {
        return Optional.ofNullable(tensorType);
    }

    @Override
    public String toString() {
        return "torch." + className;
    }
}
