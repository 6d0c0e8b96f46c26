package org.kissdetect.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CacheRootTest {

    @Test
    void anAbsoluteXdgCacheHomeHoldsTheCaches() {
        Path root = CacheRoot.of(Map.of("XDG_CACHE_HOME", "/var/cache/alice")::get, "/home/alice");

        assertThat(root).isEqualTo(Path.of("/var/cache/alice/kissdetect"));
    }

    @Test
    void withoutXdgCacheHomeTheCachesAreInTheHomeFolder() {
        Path root = CacheRoot.of(Map.<String, String>of()::get, "/home/alice");

        assertThat(root).isEqualTo(Path.of("/home/alice/.cache/kissdetect"));
    }

    @Test
    void anEmptyOrRelativeXdgCacheHomeIsIgnoredAsTheXdgRuleSays() {
        assertThat(CacheRoot.of(Map.of("XDG_CACHE_HOME", "")::get, "/home/alice"))
                .isEqualTo(Path.of("/home/alice/.cache/kissdetect"));
        assertThat(CacheRoot.of(Map.of("XDG_CACHE_HOME", "cache")::get, "/home/alice"))
                .isEqualTo(Path.of("/home/alice/.cache/kissdetect"));
    }
}
