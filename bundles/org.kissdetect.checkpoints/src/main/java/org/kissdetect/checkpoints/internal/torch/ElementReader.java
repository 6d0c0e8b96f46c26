package org.kissdetect.checkpoints.internal.torch;

import java.nio.ByteBuffer;

/** Reads one storage element as float32 or int64, whatever its type in the file. */
abstract class ElementReader {

    final ByteBuffer bytes;

    private ElementReader(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    abstract float floatAt(long index);

    long longAt(long index) {
        throw new IllegalStateException("not an integer storage");
    }

    static ElementReader of(StorageType type, ByteBuffer bytes) {
        return switch (type) {
            case FLOAT -> new ElementReader(bytes) {
                @Override
                float floatAt(long index) {
                    return bytes.getFloat(Math.toIntExact(index * 4));
                }
            };
            case DOUBLE -> new ElementReader(bytes) {
                @Override
                float floatAt(long index) {
                    return (float) bytes.getDouble(Math.toIntExact(index * 8));
                }
            };
            case HALF -> new ElementReader(bytes) {
                @Override
                float floatAt(long index) {
                    return halfToFloat(bytes.getShort(Math.toIntExact(index * 2)));
                }
            };
            case BFLOAT16 -> new ElementReader(bytes) {
                @Override
                float floatAt(long index) {
                    return Float.intBitsToFloat((bytes.getShort(Math.toIntExact(index * 2)) & 0xffff) << 16);
                }
            };
            case LONG -> new IntegerReader(bytes) {
                @Override
                long longAt(long index) {
                    return bytes.getLong(Math.toIntExact(index * 8));
                }
            };
            case INT -> new IntegerReader(bytes) {
                @Override
                long longAt(long index) {
                    return bytes.getInt(Math.toIntExact(index * 4));
                }
            };
            default -> throw new IllegalArgumentException(type + " is not read");
        };
    }

    private abstract static class IntegerReader extends ElementReader {
        IntegerReader(ByteBuffer bytes) {
            super(bytes);
        }

        @Override
        float floatAt(long index) {
            throw new IllegalStateException("not a floating storage");
        }
    }

    /** IEEE 754 binary16 to binary32, exactly (Java 17 has no Float.float16ToFloat). */
    static float halfToFloat(short half) {
        int sign = (half & 0x8000) << 16;
        int exponent = (half >>> 10) & 0x1f;
        int mantissa = half & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | mantissa << 13);
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f; // subnormal: mantissa * 2^-24, exact in float
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | (exponent + 112) << 23 | mantissa << 13);
    }
}
