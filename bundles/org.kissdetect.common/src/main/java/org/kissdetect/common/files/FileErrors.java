package org.kissdetect.common.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A file operation's failure in words: the JDK's own message for AccessDeniedException and its kin is only the path. */
public final class FileErrors {

    private FileErrors() {
    }

    /** What went wrong, naming the file when the words alone do not: {@code permission denied (/home/x/.cache)}. */
    public static String reason(IOException e) {
        String detail = detail(e);
        if (e instanceof FileSystemException f && f.getFile() != null && !detail.contains(f.getFile())) {
            return detail + " (" + f.getFile() + ")";
        }
        return detail;
    }

    /** What went wrong, without the file. */
    public static String detail(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e instanceof FileSystemException ? e.getClass().getSimpleName() : String.valueOf(e.getMessage());
    }
}
