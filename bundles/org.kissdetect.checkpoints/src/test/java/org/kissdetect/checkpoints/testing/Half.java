package org.kissdetect.checkpoints.testing;

/** float32 to IEEE binary16, rounding to nearest even; normal and zero values only (what tests write). */
final class Half {

    private Half() {
    }

    static short fromFloat(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = bits >>> 16 & 0x8000;
        int exponent = (bits >>> 23 & 0xff) - 127 + 15;
        int mantissa = bits & 0x7fffff;
        if (value == 0 || exponent <= 0) {
            return (short) sign;
        }
        if (exponent >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        int half = exponent << 10 | mantissa >>> 13;
        int rest = mantissa & 0x1fff;
        if (rest > 0x1000 || rest == 0x1000 && (half & 1) == 1) {
            half++;
        }
        return (short) (sign | half);
    }
}
