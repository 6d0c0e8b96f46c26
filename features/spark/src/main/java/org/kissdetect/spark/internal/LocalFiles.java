package org.kissdetect.spark.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A local path for what the decoder and the model loader read: FFmpeg and libtorch open files, not Hadoop streams.
 * A local path is used as it is; anything else (HDFS, S3A...) is copied once per executor JVM into its temporary
 * folder and kept there while the JVM lives, so that the ranges of one film that land on one executor copy it once.
 */
final class LocalFiles {

    private LocalFiles() {
    }

    static Path of(String uri, Configuration conf) throws IOException {
        URI parsed = URI.create(uri);
        if (parsed.getScheme() == null) {
            return Paths.get(uri);
        }
        if (parsed.getScheme().equals("file")) {
            return Paths.get(parsed);
        }
        return copied(uri, conf);
    }

    private static synchronized Path copied(String uri, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = source.getFileSystem(conf);
        Path folder = Paths.get(System.getProperty("java.io.tmpdir"), "kissdetect-spark-copies", sha256(uri));
        Path local = folder.resolve(source.getName());
        if (Files.exists(local)) {
            return local;
        }
        Files.createDirectories(folder);
        Path partial = folder.resolve(source.getName() + ".partial");
        fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(partial.toUri()), true);
        Files.move(partial, local);
        local.toFile().deleteOnExit();
        return local;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
