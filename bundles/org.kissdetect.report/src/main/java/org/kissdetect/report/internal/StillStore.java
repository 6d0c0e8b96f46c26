package org.kissdetect.report.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.report.ReportStills;

/**
 * The thumbnail of every second a detection decodes, kept until the scenes are known. Each is scaled once, as the
 * report shows it (240 px wide), encoded as JPEG ({@link Thumbnails#jpeg}) and appended to one temporary file;
 * memory holds only where each one starts (12 bytes a second: 130 KB for a 3-hour film), and the few the report
 * shows are copied out as they are. The file's name is removed as soon as it is open (Linux keeps an open file without
 * a name): nothing is left behind, even by a killed run.
 *
 * <p>Fed on the detection's decoding thread and read on the caller's; a failure to keep a thumbnail (a full
 * disk) does not stop the detection, it is reported when the report asks for the thumbnails.
 */
final class StillStore implements ReportStills {

    private final Path folder;
    private FileChannel file;
    private long end;
    private long[] offsets = new long[0];
    private int[] lengths = new int[0];
    private IOException failure;
    private boolean closed;

    StillStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public void decoded(SecondSample sample) {
        byte[] jpeg = Thumbnails.jpeg(Thumbnails.scaled(sample.still()));
        synchronized (this) {
            if (closed || failure != null) {
                return;
            }
            try {
                append(sample.second(), jpeg);
            } catch (IOException e) {
                failure = e;
                release();
            }
        }
    }

    /**
     * The thumbnails of those of {@code seconds} it was shown, as PNG files.
     *
     * @throws IOException when thumbnails could not be kept or read back
     */
    synchronized Map<Integer, byte[]> thumbnails(Collection<Integer> seconds) throws IOException {
        if (failure != null) {
            throw new IOException("cannot keep the report's stills in " + folder + ": " + failure.getMessage(), failure);
        }
        Map<Integer, byte[]> found = new HashMap<>();
        for (int second : seconds) {
            if (second >= 0 && second < lengths.length && lengths[second] > 0) {
                ByteBuffer jpeg = ByteBuffer.allocate(lengths[second]);
                while (jpeg.hasRemaining()) {
                    if (file.read(jpeg, offsets[second] + jpeg.position()) < 0) {
                        throw new IOException("the report's stills in " + folder + " ended early");
                    }
                }
                found.put(second, jpeg.array());
            }
        }
        return found;
    }

    @Override
    public synchronized void close() {
        closed = true;
        release();
    }

    private void append(int second, byte[] jpeg) throws IOException {
        if (file == null) {
            file = open();
        }
        ByteBuffer bytes = ByteBuffer.wrap(jpeg);
        long offset = end;
        while (bytes.hasRemaining()) {
            end += file.write(bytes, end);
        }
        if (second >= lengths.length) {
            int size = Math.max(second + 1, 2 * lengths.length);
            offsets = Arrays.copyOf(offsets, size);
            lengths = Arrays.copyOf(lengths, size);
        }
        offsets[second] = offset;
        lengths[second] = jpeg.length;
    }

    private FileChannel open() throws IOException {
        Path path = Files.createTempFile(folder, ".kissdetect-stills-", ".tmp");
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        try {
            Files.deleteIfExists(path); // the open channel keeps the file; a killed run leaves nothing
        } catch (IOException e) {
            // DELETE_ON_CLOSE removes it when it is closed
        }
        return channel;
    }

    private void release() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // nothing is lost: the file was only ever a cache of this run
            }
            file = null;
        }
        offsets = new long[0];
        lengths = new int[0];
    }
}
