package org.kissdetect.checkpoints.internal.pickle;

import java.math.BigInteger;

/** The text forms of protocol 0 numbers and memo indices, the two's complement of LONG1/LONG4, opcode names. */
final class PickleText {

    private PickleText() {
    }

    /** INT: a decimal, or {@code 01}/{@code 00} for True/False. */
    static Object intLine(String line) throws PickleException {
        if (line.equals("01")) {
            return Boolean.TRUE;
        }
        if (line.equals("00")) {
            return Boolean.FALSE;
        }
        return integer(line);
    }

    /** LONG: a decimal with Python 2's trailing {@code L}. */
    static Object longLine(String line) throws PickleException {
        return integer(line.endsWith("L") ? line.substring(0, line.length() - 1) : line);
    }

    static Double floatLine(String line) throws PickleException {
        try {
            return Double.valueOf(line.strip());
        } catch (NumberFormatException e) {
            throw new PickleException("holds a FLOAT that is not a number");
        }
    }

    static long memoIndex(String line) throws PickleException {
        if (integer(line) instanceof Long index) {
            return index;
        }
        throw new PickleException("uses a memo index out of range");
    }

    /** Little-endian two's complement, as LONG1 and LONG4 store integers. */
    static Object twosComplement(byte[] littleEndian) {
        if (littleEndian.length == 0) {
            return 0L;
        }
        byte[] bigEndian = new byte[littleEndian.length];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[i] = littleEndian[littleEndian.length - 1 - i];
        }
        return narrow(new BigInteger(bigEndian));
    }

    static String opcodeName(int opcode) {
        return switch (opcode) {
            case 'P' -> "PERSID (a text persistent id)";
            case 'S' -> "STRING (protocol 0 text)";
            case 'V' -> "UNICODE (protocol 0 text)";
            case 0x82, 0x83, 0x84 -> "EXT (the copyreg extension registry)";
            case 0x8f, 0x90, 0x91 -> "sets";
            case 0x92 -> "NEWOBJ_EX";
            case 0x96, 0x97, 0x98 -> "out-of-band buffers";
            default -> "opcode 0x" + Integer.toHexString(opcode) + " (not a pickle opcode)";
        };
    }

    private static Object integer(String text) throws PickleException {
        try {
            return narrow(new BigInteger(text.strip()));
        } catch (NumberFormatException e) {
            throw new PickleException("holds an INT that is not a number");
        }
    }

    private static Object narrow(BigInteger value) {
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }
}
