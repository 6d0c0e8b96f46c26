package org.kissdetect.spark.internal;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** An executor's first look at a movie: its fingerprint, read where it lies, then {@link Probe#of}. */
final class MovieProbing {

    private MovieProbing() {
    }

    static Probe probe(String uri, JobSettings settings, Configuration conf) {
        MovieFile movie;
        try {
            Path path = new Path(uri);
            FileSystem fs = path.getFileSystem(conf);
            movie = Fingerprints.of(fs, fs.getFileStatus(path));
        } catch (Exception e) {
            return new Probe(new MovieFile(uri, null, 0, 0), 0, null, null, null, "cannot read it: "
                    + Failures.describe(e), false);
        }
        return Probe.of(movie, settings, conf);
    }
}
