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
 * report shows it (240 px wide), and its pixels appended to one temporary file; memory holds only where each one
 * starts (12 bytes a second: 130 KB for a 3-hour film), and only the few the report shows become PNG files.
 * Raw pixels, because PNG hardly shrinks a film's pictures (to 77-93 % on two photographs) and
 * costs the decoding thread 3 times as long as scaling. A 16:9 thumbnail is 240 x 135 x 3 = 97 KB, so a 3-hour
 * film (10,800 s) keeps 1.05 GB on disk while it is detected (0.78 GB at 2.39:1), and the decoding thread spends
 * about 1-3 ms a second on it. The file's name is removed as soon as it is open (Linux keeps an open file without
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
        byte[] rgb = Thumbnails.rgb(Thumbnails.scaled(sample.still()));
        synchronized (this) {
            if (closed || failure != null) {
                return;
            }
            try {
                append(sample.second(), rgb);
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
                ByteBuffer rgb = ByteBuffer.allocate(lengths[second]);
                while (rgb.hasRemaining()) {
                    if (file.read(rgb, offsets[second] + rgb.position()) < 0) {
                        throw new IOException("the report's stills in " + folder + " ended early");
                    }
                }
                found.put(second, Thumbnails.png(Thumbnails.fromRgb(rgb.array())));
            }
        }
        return found;
    }

    @Override
    public synchronized void close() {
        closed = true;
        release();
    }

    private void append(int second, byte[] rgb) throws IOException {
        if (file == null) {
            file = open();
        }
        ByteBuffer bytes = ByteBuffer.wrap(rgb);
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
        lengths[second] = rgb.length;
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
