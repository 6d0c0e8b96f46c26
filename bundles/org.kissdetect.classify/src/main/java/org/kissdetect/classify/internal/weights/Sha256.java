package org.kissdetect.classify.internal.weights;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as model metadata records it: lower-case hex. */
public final class Sha256 {

    private final MessageDigest digest;

    /** A fresh digest. */
    public Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The digest of some bytes.
     *
     * @param bytes the bytes
     * @return their sha256 in lower-case hex
     */
    public static String of(byte[] bytes) {
        Sha256 sha = new Sha256();
        sha.digest.update(bytes);
        return sha.hex();
    }

    /** @return the underlying digest, to feed it */
    public MessageDigest messageDigest() {
        return digest;
    }

    /** @return the digest of what was fed, in lower-case hex */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
