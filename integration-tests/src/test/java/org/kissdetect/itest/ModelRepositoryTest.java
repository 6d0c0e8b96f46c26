package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.train.DemoModel;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The model repository in Felix with the real training bundle: the demo model is made where the demo model service
 * keeps it ({@code kissdetect.demo.model}, set by test.bndrun under target/), then answered from the cache.
 */
@ExtendWith(ServiceExtension.class)
class ModelRepositoryTest {

    @Test
    void theDemoModelIsMadeOnceThroughTheTrainingBundleAndCarriesItsNotice(
            @InjectService(timeout = 30_000) ModelRepository models, @InjectService(timeout = 30_000) DemoModel demo)
            throws Exception {
        List<String> stages = new ArrayList<>();
        ModelListener listener = new ModelListener() {
            @Override
            public void stage(String stage, int done, int total) {
                stages.add(stage + " " + done + "/" + total);
            }
        };

        ResolvedModel resolved = models.resolve(ModelReference.demo(), listener, () -> false);

        assertThat(resolved.directory()).isEqualTo(demo.defaultDirectory());
        assertThat(resolved.directory()).startsWith(Path.of(System.getProperty("kissdetect.demo.model")));
        assertThat(resolved.directory().resolve("metadata.json")).content().contains("\"id\" : \"demo");
        assertThat(resolved.demo()).isTrue();
        assertThat(resolved.notice()).isEqualTo(demo.notice()).startsWith("DEMO MODEL");
        int heard = stages.size();
        assertThat(models.resolve(ModelReference.demo(), listener, () -> false)).isEqualTo(resolved);
        assertThat(stages).hasSize(heard);
        assertThat(models.location(ModelReference.demo())).contains(resolved.directory());
        assertThat(models.offered()).containsExactly(ModelReference.demo());
    }

    @Test
    void aModelDirectoryIsTakenAsItIs(@InjectService(timeout = 30_000) ModelRepository models) throws Exception {
        Path mine = Path.of("target/no-such-model");

        ResolvedModel resolved = models.resolve(ModelReference.namedOrDemo(mine), new ModelListener() {
        }, () -> false);

        assertThat(resolved).isEqualTo(new ResolvedModel(ModelReference.directory(mine), mine, false, ""));
    }
}
