package org.kissdetect.cli.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds WAV files chunk by chunk for the tests. */
final class WavBytes {

    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();

    static WavBytes riff() {
        return new WavBytes();
    }

    /** The samples of a 16 kHz mono 16-bit PCM WAV with only fmt and data: sample i is {@code i % 32768}. */
    static byte[] ramp16kMono(int samples) {
        short[] values = new short[samples];
        for (int i = 0; i < samples; i++) {
            values[i] = (short) (i % 32_768);
        }
        return riff().format(1, 1, 16_000, 16).data(values).bytes();
    }

    WavBytes format(int code, int channels, int rate, int bits) {
        ByteBuffer body = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        body.putShort((short) code).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        return chunk("fmt ", body.array());
    }

    /** WAVE_FORMAT_EXTENSIBLE with the given sub-format code. */
    WavBytes extensibleFormat(int subFormat, int channels, int rate, int bits) {
        ByteBuffer body = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        body.putShort((short) 0xFFFE).putShort((short) channels).putInt(rate).putInt(rate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits).putShort((short) 22)
                .putShort((short) bits).putInt(4).putShort((short) subFormat)
                // the rest of the KSDATAFORMAT_SUBTYPE GUID {code-0000-0010-8000-00AA00389B71}
                .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        return chunk("fmt ", body.array());
    }

    WavBytes data(short[] samples) {
        ByteBuffer body = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : samples) {
            body.putShort(sample);
        }
        return chunk("data", body.array());
    }

    WavBytes chunk(String id, byte[] body) {
        return chunk(id, body.length, body);
    }

    /** A chunk whose declared size may differ from its body; odd bodies get their pad byte. */
    WavBytes chunk(String id, long declaredSize, byte[] body) {
        chunks.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        chunks.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) declaredSize).array());
        chunks.writeBytes(body);
        if ((body.length & 1) == 1) {
            chunks.write(0);
        }
        return this;
    }

    byte[] bytes() {
        byte[] body = chunks.toByteArray();
        ByteBuffer wav = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(body);
        return wav.array();
    }
}
