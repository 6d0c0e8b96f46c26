package org.kissdetect.checkpoints.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes pickle opcodes by hand, for tests: legitimate state dicts (see {@link PthWriter}) and hostile streams. */
public final class PickleBuilder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public PickleBuilder proto(int version) {
        return op(0x80).op(version);
    }

    public PickleBuilder op(int opcode) {
        out.write(opcode);
        return this;
    }

    public PickleBuilder mark() {
        return op('(');
    }

    public PickleBuilder str(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        op('X');
        littleEndian(bytes.length, 4);
        out.writeBytes(bytes);
        return this;
    }

    /** An int: BININT when it fits, else LONG1. */
    public PickleBuilder integer(long value) {
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            op('J');
            littleEndian(value, 4);
            return this;
        }
        op(0x8a).op(8);
        littleEndian(value, 8);
        return this;
    }

    /** GLOBAL: module and name as protocol 0-2 write them. */
    public PickleBuilder global(String module, String name) {
        op('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** STACK_GLOBAL (protocol 4): module and name as strings on the stack. */
    public PickleBuilder stackGlobal(String module, String name) {
        return str(module).str(name).op(0x93);
    }

    public PickleBuilder tuple() {
        return op('t');
    }

    public PickleBuilder emptyTuple() {
        return op(')');
    }

    public PickleBuilder emptyDict() {
        return op('}');
    }

    public PickleBuilder setItems() {
        return op('u');
    }

    public PickleBuilder reduce() {
        return op('R');
    }

    public PickleBuilder build() {
        return op('b');
    }

    public PickleBuilder newFalse() {
        return op(0x89);
    }

    public PickleBuilder stop() {
        return op('.');
    }

    public PickleBuilder raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private void littleEndian(long value, int size) {
        for (int i = 0; i < size; i++) {
            out.write((int) (value >>> 8 * i) & 0xff);
        }
    }
}
