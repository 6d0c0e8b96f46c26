package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The format and the sample data's place in a RIFF WAV file. Chunks are walked in order: {@code fmt } is read,
 * {@code data} located, everything else (LIST, fact, JUNK, bext, ...) skipped, odd sizes padded to even. A data
 * size of 0 or 0xFFFFFFFF (a WAV written to a pipe) means "up to the end of the file".
 *
 * @param formatCode  1 for integer PCM, 3 for float, ...; for WAVE_FORMAT_EXTENSIBLE its sub-format's code
 * @param channels    interleaved channels
 * @param sampleRate  frames per second
 * @param bits        bits per sample
 * @param dataOffset  where the first sample starts in the file
 * @param dataBytes   the sample data's length
 */
record WavHeader(int formatCode, int channels, int sampleRate, int bits, long dataOffset, long dataBytes) {

    private static final int EXTENSIBLE = 0xFFFE;

    /** Reads the header of an open file; {@code name} is used in messages. */
    static WavHeader read(FileChannel file, String name) throws IOException {
        long size = file.size();
        ByteBuffer riff = readAt(file, 0, 12);
        if (riff.remaining() < 12 || !id(riff, 0).equals("RIFF") || !id(riff, 8).equals("WAVE")) {
            throw CommandFailure.badInput(name + " is not a WAV file (it starts with " + describeStart(riff) + ")");
        }
        ByteBuffer format = null;
        long position = 12;
        while (position + 8 <= size) {
            ByteBuffer chunk = readAt(file, position, 8);
            String id = id(chunk, 0);
            long length = Integer.toUnsignedLong(chunk.getInt(4));
            long body = position + 8;
            if (id.equals("fmt ")) {
                format = readAt(file, body, (int) Math.min(length, 40));
            } else if (id.equals("data")) {
                if (format == null) {
                    throw CommandFailure.badInput(name + ": the sample data comes before the format chunk");
                }
                return of(format, body, dataLength(length, size - body, name), name);
            }
            position = body + length + (length & 1);
        }
        throw CommandFailure.badInput(name + (format == null ? " has no format chunk" : " has no sample data (no data chunk)"));
    }

    private static long dataLength(long declared, long available, String name) {
        if (declared == 0 || declared == 0xFFFF_FFFFL) {
            return available;
        }
        if (declared > available) {
            throw CommandFailure.badInput(name + " is truncated: its data chunk declares " + declared
                    + " bytes, the file holds " + available);
        }
        return declared;
    }

    private static WavHeader of(ByteBuffer format, long dataOffset, long dataBytes, String name) {
        if (format.remaining() < 16) {
            throw CommandFailure.badInput(name + ": the format chunk is " + format.remaining() + " bytes, not 16 or more");
        }
        int code = Short.toUnsignedInt(format.getShort(0));
        if (code == EXTENSIBLE && format.remaining() >= 26) {
            code = Short.toUnsignedInt(format.getShort(24));
        }
        return new WavHeader(code, Short.toUnsignedInt(format.getShort(2)), format.getInt(4),
                Short.toUnsignedInt(format.getShort(14)), dataOffset, dataBytes);
    }

    boolean isPcm16kMono16Bit() {
        return formatCode == 1 && channels == 1 && sampleRate == 16_000 && bits == 16;
    }

    /** The number of whole samples in the data. */
    long samples() {
        return dataBytes / 2;
    }

    /** For example "44,100 Hz, 2 channels, 16-bit PCM". */
    String describe() {
        String layout = channels == 1 ? "mono" : channels + " channels";
        return String.format(Locale.ROOT, "%,d Hz, %s, %d-bit %s", sampleRate, layout, bits, formatName());
    }

    private String formatName() {
        return switch (formatCode) {
            case 1 -> "PCM";
            case 3 -> "floating point";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 0x11 -> "IMA ADPCM";
            case 0x55 -> "MP3";
            default -> String.format(Locale.ROOT, "format 0x%04X", formatCode);
        };
    }

    private static ByteBuffer readAt(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }

    private static String id(ByteBuffer buffer, int at) {
        byte[] id = new byte[4];
        buffer.get(at, id);
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    private static String describeStart(ByteBuffer start) {
        if (start.remaining() == 0) {
            return "nothing: it is empty";
        }
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < Math.min(4, start.remaining()); i++) {
            int b = start.get(i) & 0xFF;
            text.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format(Locale.ROOT, "\\x%02X", b));
        }
        return text.append("'").toString();
    }
}
