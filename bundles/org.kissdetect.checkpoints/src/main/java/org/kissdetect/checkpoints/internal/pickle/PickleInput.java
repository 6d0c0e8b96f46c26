package org.kissdetect.checkpoints.internal.pickle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read from a stream of known length: no read asks for more than is left, so a length field in a hostile
 * file never makes a huge allocation. Reads past the end fail with the thing that was being read; a failing disk
 * surfaces as an {@link UncheckedIOException}.
 */
public final class PickleInput {

    private static final int LONGEST_LINE = 1024;

    private final InputStream in;
    private long left;
    private long position;

    /**
     * @param in        the bytes, read from its current position (buffer it: reads are small)
     * @param available how many bytes may be read from it
     */
    public PickleInput(InputStream in, long available) {
        this.in = in;
        this.left = available;
    }

    /** @return how many bytes were read so far */
    public long position() {
        return position;
    }

    /** @return how many bytes may still be read */
    public long left() {
        return left;
    }

    /** Reads one byte as 0-255. */
    public int readByte(String what) throws PickleException {
        need(1, what);
        int value = ioRead();
        if (value < 0) {
            throw truncated(what);
        }
        position++;
        left--;
        return value;
    }

    /** Reads exactly {@code count} bytes, refusing before allocating when fewer are left. */
    public byte[] read(long count, String what) throws PickleException {
        need(count, what);
        byte[] bytes = new byte[(int) count];
        readFully(bytes, what);
        return bytes;
    }

    /** Reads exactly {@code count} bytes into {@code target}. */
    public void readFully(byte[] target, String what) throws PickleException {
        need(target.length, what);
        try {
            if (in.readNBytes(target, 0, target.length) < target.length) {
                throw truncated(what);
            }
        } catch (EOFException e) {
            throw truncated(what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position += target.length;
        left -= target.length;
    }

    /** Skips exactly {@code count} bytes. */
    public void skip(long count, String what) throws PickleException {
        need(count, what);
        try {
            in.skipNBytes(count);
        } catch (EOFException e) {
            throw truncated(what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        position += count;
        left -= count;
    }

    /** Reads a little-endian unsigned or signed integer of {@code size} bytes (1, 2, 4 or 8). */
    public long readLittleEndian(int size, String what) throws PickleException {
        byte[] bytes = read(size, what);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = value << 8 | bytes[i] & 0xff;
        }
        return value;
    }

    /** Reads ASCII text up to a newline (dropped), as protocol 0 opcodes and GLOBAL write it. */
    public String line(String what) throws PickleException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = readByte(what)) != '\n'; ) {
            if (line.length() == LONGEST_LINE) {
                throw new PickleException(what + " is longer than " + LONGEST_LINE + " bytes");
            }
            line.append((char) c);
        }
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private void need(long count, String what) throws PickleException {
        if (count < 0 || count > Integer.MAX_VALUE - 8) {
            throw new PickleException(what + " declares " + count + " bytes");
        }
        if (count > left) {
            throw truncated(what);
        }
    }

    private int ioRead() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PickleException truncated(String what) {
        return new PickleException("ends in the middle of " + what + " (byte " + position + "): truncated or damaged");
    }
}
