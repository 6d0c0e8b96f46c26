package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

import org.kissdetect.common.text.Sha256;


/**
 * Tells whether a movie file is still the one that was scored: its path, size and modification time, and the
 * sha256 of its first and last mebibyte (a file rewritten in place within the clock's resolution, or copied
 * back with its old time, is still caught in most cases; hashing the whole film would cost more than a run).
 *
 * @param path           the absolute, normalised path
 * @param size           the size in bytes
 * @param modifiedMillis the modification time in milliseconds since 1970
 * @param headTailSha256 the sha256 of the first and the last mebibyte, in lower-case hex
 */
record MovieFingerprint(String path, long size, long modifiedMillis, String headTailSha256) {

    private static final int SAMPLE_BYTES = 1 << 20;

    static MovieFingerprint of(Path movie) throws IOException {
        Path file = movie.toAbsolutePath().normalize();
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        MessageDigest digest = Sha256.newDigest();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            digest.update(readFully(channel, 0, (int) Math.min(SAMPLE_BYTES, size)));
            long tail = Math.max(0, size - SAMPLE_BYTES);
            digest.update(readFully(channel, tail, (int) (size - tail)));
        }
        return new MovieFingerprint(file.toString(), size, modified, Sha256.hex(digest));
    }

    /** Whether scores recorded for {@code movie} are true of this file. */
    boolean matches(ScoreFile.MovieJson movie) {
        return path.equals(movie.path()) && size == movie.size() && modifiedMillis == movie.modifiedMillis()
                && headTailSha256.equals(movie.headTailSha256());
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file became shorter while it was read");
            }
        }
        return buffer.flip();
    }
}
