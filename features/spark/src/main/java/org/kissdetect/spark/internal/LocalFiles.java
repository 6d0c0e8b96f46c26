package org.kissdetect.spark.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A local path for what the decoder and the model loader read: FFmpeg and libtorch open files, not Hadoop streams.
 * A local path is used as it is; anything else (HDFS, S3A...) is copied into this executor JVM's {@link LocalCopies}
 * under its temporary folder, within {@value #BUDGET_PROPERTY} bytes (default {@value #DEFAULT_BUDGET_GIB} GiB) of
 * copies that no task holds.
 */
final class LocalFiles {

    /** The Spark property that bounds the copies an executor keeps. */
    static final String BUDGET_PROPERTY = "spark.kissdetect.localCopies.maxBytes";
    static final long DEFAULT_BUDGET_GIB = 20;

    private static LocalCopies copies;

    private LocalFiles() {
    }

    /** The local file for {@code uri}, held until the lease closes. */
    static LocalCopies.Lease lease(String uri, Configuration conf, long budgetBytes) throws IOException {
        URI parsed = URI.create(uri);
        if (parsed.getScheme() == null || parsed.getScheme().equals("file")) {
            Path local = parsed.getScheme() == null ? Paths.get(uri) : Paths.get(parsed);
            return new LocalCopies.Lease() {
                @Override
                public Path path() {
                    return local;
                }

                @Override
                public void close() {
                    // nothing was copied
                }
            };
        }
        return copies(conf, budgetBytes).lease(uri);
    }

    private static synchronized LocalCopies copies(Configuration conf, long budgetBytes) {
        if (copies == null) {
            Path folder = Paths.get(System.getProperty("java.io.tmpdir"), "kissdetect-spark-copies-"
                    + ProcessHandle.current().pid());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LocalCopies.deleteQuietly(folder), "kissdetect-copies"));
            copies = new LocalCopies(folder, budgetBytes, (uri, target) -> {
                org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
                FileSystem fs = source.getFileSystem(conf);
                fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(target.toUri()), true);
            });
        }
        return copies;
    }
}
