package org.kissdetect.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files the user named: paths or globs on any file system Hadoop reads; a folder stands for every file under
 * it but hidden ones ({@code .name}, {@code _name}, as Spark's own readers skip them). A pattern that matches
 * nothing is an error, never a silent empty library.
 */
public final class LibraryListing {

    private LibraryListing() {
    }

    /** The files, each once, in the order named. */
    public static List<FileStatus> expand(List<String> patterns, Configuration conf) throws IOException {
        Map<String, FileStatus> files = new LinkedHashMap<>();
        for (String pattern : patterns) {
            Path path = new Path(pattern);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("no movie matches " + pattern);
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    for (FileStatus file : under(fs, match.getPath())) {
                        files.putIfAbsent(file.getPath().toString(), file);
                    }
                } else {
                    files.putIfAbsent(match.getPath().toString(), match);
                }
            }
        }
        return new ArrayList<>(files.values());
    }

    private static List<FileStatus> under(FileSystem fs, Path folder) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(folder, true);
        while (listing.hasNext()) {
            LocatedFileStatus file = listing.next();
            if (!hidden(folder, file.getPath())) {
                files.add(file);
            }
        }
        return files;
    }

    private static boolean hidden(Path folder, Path file) {
        for (Path at = file; at != null && !at.equals(folder); at = at.getParent()) {
            String name = at.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
