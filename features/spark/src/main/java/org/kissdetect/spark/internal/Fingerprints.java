package org.kissdetect.spark.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.kissdetect.common.text.Sha256;

/**
 * What a movie file is, whatever its name or folder: the sha256 of its size, its first and its last mebibyte. A
 * library copied to another cluster keeps its fingerprints, so its scores are not computed again; reading two
 * mebibytes costs nothing beside decoding the film. A film changed only in its middle, at the same size, would keep its
 * fingerprint: edits that do that are not what archives do to their masters.
 */
public final class Fingerprints {

    static final int SAMPLE_BYTES = 1 << 20;

    private Fingerprints() {
    }

    /** The movie at {@code status} with its fingerprint. */
    public static MovieFile of(FileSystem fs, FileStatus status) throws IOException {
        long size = status.getLen();
        MessageDigest digest = Sha256.newDigest();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(size).array());
        try (FSDataInputStream in = fs.open(status.getPath())) {
            digest.update(read(in, 0, (int) Math.min(SAMPLE_BYTES, size)));
            long tail = Math.max(0, size - SAMPLE_BYTES);
            digest.update(read(in, tail, (int) (size - tail)));
        }
        return new MovieFile(status.getPath().toString(), Sha256.hex(digest), size,
                status.getModificationTime());
    }

    private static byte[] read(FSDataInputStream in, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(position, bytes);
        return bytes;
    }

}
