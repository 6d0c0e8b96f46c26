package org.kissdetect.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ResolvedModel;

class ResolvedCacheTest {

    @TempDir
    Path folder;

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() throws Exception {
        ResolvedCache cache = new ResolvedCache(2);
        ResolvedModel a = model("a");
        ResolvedModel b = model("b");
        ResolvedModel c = model("c");
        cache.keep(a);
        cache.keep(b);
        assertThat(cache.fresh(a.reference())).contains(a);

        cache.keep(c);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.fresh(b.reference())).isEmpty();
        assertThat(cache.fresh(a.reference())).contains(a);
        assertThat(cache.fresh(c.reference())).contains(c);
    }

    @Test
    void aModelWhoseFolderChangedIsNoLongerAnswered() throws Exception {
        ResolvedCache cache = new ResolvedCache(2);
        ResolvedModel a = model("a");
        cache.keep(a);

        Files.writeString(a.directory().resolve("extra.bin"), "x");

        assertThat(cache.fresh(a.reference())).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFolderThatCannotBeReadIsNotKept() {
        ResolvedCache cache = new ResolvedCache(2);
        Path missing = folder.resolve("missing");

        cache.keep(new ResolvedModel(ModelReference.directory(missing), missing, false, ""));

        assertThat(cache.size()).isZero();
    }

    @Test
    void aCacheHoldsAtLeastOneModel() {
        assertThatThrownBy(() -> new ResolvedCache(0)).hasMessageContaining("at least one");
    }

    private ResolvedModel model(String name) throws Exception {
        Path directory = Files.createDirectories(folder.resolve(name));
        Files.writeString(directory.resolve("metadata.json"), "{}");
        return new ResolvedModel(ModelReference.directory(directory), directory, false, "");
    }
}
