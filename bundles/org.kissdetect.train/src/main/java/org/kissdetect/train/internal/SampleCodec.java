package org.kissdetect.train.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;

/**
 * One decoded second as deflated bytes: the still's time, size and pixels, the sound, the two flags, and for
 * seconds decoded with a clip the clip's frames (count, then each frame's size and pixels).
 */
final class SampleCodec {

    private SampleCodec() {
    }

    static byte[] encode(SecondSample sample) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(
                new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            out.writeInt(sample.second());
            out.writeDouble(sample.stillSeconds());
            out.writeInt(sample.still().width());
            out.writeInt(sample.still().height());
            out.write(sample.still().pixels());
            ByteBuffer audio = ByteBuffer.allocate(sample.audio().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            audio.asFloatBuffer().put(sample.audio());
            out.write(audio.array());
            out.writeBoolean(sample.frameReused());
            out.writeBoolean(sample.audioMissing());
            if (!sample.clip().isEmpty()) {
                out.writeInt(sample.clip().size());
                for (RgbImage frame : sample.clip()) {
                    out.writeInt(frame.width());
                    out.writeInt(frame.height());
                    out.write(frame.pixels());
                }
            }
        }
        return bytes.toByteArray();
    }

    static SecondSample decode(InputStream deflated) throws IOException {
        return decode(deflated, false);
    }

    /**
     * @param deflated a second's bytes
     * @param withClip whether it was decoded with a clip
     * @return the second
     * @throws IOException when the bytes are damaged
     */
    static SecondSample decode(InputStream deflated, boolean withClip) throws IOException {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(deflated))) {
            int second = in.readInt();
            double stillSeconds = in.readDouble();
            int width = in.readInt();
            int height = in.readInt();
            if (width < 1 || height < 1 || (long) width * height > 64L << 20) {
                throw new IOException("implausible still size " + width + "x" + height);
            }
            byte[] pixels = pixels(in, width, height);
            byte[] audioBytes = new byte[15_360 * Float.BYTES];
            in.readFully(audioBytes);
            float[] audio = new float[15_360];
            ByteBuffer.wrap(audioBytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(audio);
            boolean frameReused = in.readBoolean();
            boolean audioMissing = in.readBoolean();
            List<RgbImage> clip = new ArrayList<>();
            if (withClip) {
                int frames = in.readInt();
                if (frames < 1 || frames > ClipRequest.MAX_FRAMES) {
                    throw new IOException("implausible clip of " + frames + " frames");
                }
                for (int f = 0; f < frames; f++) {
                    int frameWidth = in.readInt();
                    int frameHeight = in.readInt();
                    clip.add(new RgbImage(frameWidth, frameHeight, pixels(in, frameWidth, frameHeight)));
                }
            }
            return new SecondSample(second, stillSeconds, new RgbImage(width, height, pixels), audio, frameReused,
                    audioMissing, clip);
        }
    }

    private static byte[] pixels(DataInputStream in, int width, int height) throws IOException {
        if (width < 1 || height < 1 || (long) width * height > 64L << 20) {
            throw new IOException("implausible frame size " + width + "x" + height);
        }
        byte[] pixels = new byte[width * height * 3];
        in.readFully(pixels);
        return pixels;
    }
}
