package org.kissdetect.common.cache;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The one folder every cache of Kiss Detector lives under: {@code $XDG_CACHE_HOME/kissdetect} when that variable is
 * set to an absolute path (the XDG Base Directory rule: a relative one is ignored), else
 * {@code ~/.cache/kissdetect}. The launcher script {@code kissdetect} follows the same rule for its run folders.
 */
public final class CacheRoot {

    static final String XDG_CACHE_HOME = "XDG_CACHE_HOME";

    private CacheRoot() {
    }

    /** The cache root of this process: its environment and its {@code user.home}. */
    public static Path current() {
        return of(System::getenv, System.getProperty("user.home"));
    }

    /** {@code name} under the cache root of this process, such as {@code ~/.cache/kissdetect/scores}. */
    public static Path folder(String name) {
        return current().resolve(name);
    }

    /**
     * The cache root for an environment and a home folder.
     *
     * @param environment the environment's variables by name ({@code null} for an unset one)
     * @param userHome    the user's home folder
     */
    public static Path of(UnaryOperator<String> environment, String userHome) {
        String xdg = environment.apply(XDG_CACHE_HOME);
        if (xdg != null && !xdg.isEmpty()) {
            Path base = Path.of(xdg);
            if (base.isAbsolute()) {
                return base.resolve("kissdetect");
            }
        }
        return Path.of(userHome, ".cache", "kissdetect");
    }
}
