package org.kissdetect.train.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.kissdetect.api.decode.SecondSample;

/**
 * A movie's cached seconds, read at random: the file holds the deflated seconds one after the other, then an
 * index (second, offset, length for each), then the index's offset and the count.
 */
final class MovieSamples implements AutoCloseable {

    static final int FOOTER = Long.BYTES + Integer.BYTES;
    static final int INDEX_ENTRY = Integer.BYTES + Long.BYTES + Integer.BYTES;

    private final Path file;
    private final FileChannel channel;
    private final int[] seconds;
    private final long[] offsets;
    private final int[] lengths;
    private final boolean withClips;

    private MovieSamples(Path file, FileChannel channel, int[] seconds, long[] offsets, int[] lengths,
            boolean withClips) {
        this.file = file;
        this.channel = channel;
        this.seconds = seconds;
        this.offsets = offsets;
        this.lengths = lengths;
        this.withClips = withClips;
    }

    static MovieSamples open(Path file) throws IOException {
        return open(file, false);
    }

    /**
     * @param file      a cache file
     * @param withClips whether its seconds were decoded with clips
     * @return its seconds, to be closed
     * @throws IOException when it cannot be read or its index is damaged
     */
    static MovieSamples open(Path file, boolean withClips) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            ByteBuffer footer = read(channel, size - FOOTER, FOOTER);
            long indexAt = footer.getLong();
            int count = footer.getInt();
            if (count < 0 || indexAt < 0 || indexAt + (long) count * INDEX_ENTRY != size - FOOTER) {
                throw new IOException("the sample cache " + file + " is damaged (its index does not fit)");
            }
            ByteBuffer index = read(channel, indexAt, count * INDEX_ENTRY);
            int[] seconds = new int[count];
            long[] offsets = new long[count];
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = index.getInt();
                offsets[i] = index.getLong();
                lengths[i] = index.getInt();
            }
            return new MovieSamples(file, channel, seconds, offsets, lengths, withClips);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return what names these seconds: the sha256 of the movie's content, the seconds and the format */
    String key() {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    /** @return the seconds held, in the order they were written (ascending) */
    int[] seconds() {
        return seconds.clone();
    }

    /**
     * Reads the {@code i}-th second held.
     *
     * @param i its position among {@link #seconds()}
     * @return the decoded second
     * @throws IOException when the file cannot be read or is damaged
     */
    SecondSample read(int i) throws IOException {
        ByteBuffer bytes = read(channel, offsets[i], lengths[i]);
        SecondSample sample = SampleCodec.decode(new ByteArrayInputStream(bytes.array()), withClips);
        if (sample.second() != seconds[i]) {
            throw new IOException("the sample cache " + file + " is damaged: entry " + i + " holds second "
                    + sample.second() + ", its index says " + seconds[i]);
        }
        return sample;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of a sample cache file");
            }
        }
        return buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
