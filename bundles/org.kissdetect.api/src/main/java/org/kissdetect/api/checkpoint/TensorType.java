package org.kissdetect.api.checkpoint;

/** The element type a tensor had in its checkpoint. Floating types are delivered as float32, integers as int64. */
public enum TensorType {
    /** {@code torch.float16} (HalfStorage). */
    FLOAT16,
    /** {@code torch.bfloat16} (BFloat16Storage). */
    BFLOAT16,
    /** {@code torch.float32} (FloatStorage). */
    FLOAT32,
    /** {@code torch.float64} (DoubleStorage). */
    FLOAT64,
    /** {@code torch.int64} (LongStorage), such as BatchNorm's {@code num_batches_tracked}. */
    INT64,
    /** {@code torch.int32} (IntStorage). */
    INT32;

    /** @return whether values of this type are delivered as floats */
    public boolean isFloating() {
        return this == FLOAT16 || this == BFLOAT16 || this == FLOAT32 || this == FLOAT64;
    }
}
