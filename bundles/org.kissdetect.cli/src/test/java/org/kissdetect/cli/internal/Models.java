package org.kissdetect.cli.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;

/** A mocked model repository: a named directory as it is, the demo model in a given folder with a notice. */
final class Models {

    private Models() {
    }

    static ModelRepository repository(Path demoDirectory, String notice) throws Exception {
        ModelRepository models = mock(ModelRepository.class);
        when(models.resolve(any(), any(), any())).thenAnswer(call -> {
            ModelReference reference = call.getArgument(0);
            return reference instanceof ModelReference.Directory named
                    ? new ResolvedModel(reference, named.path(), false, "")
                    : new ResolvedModel(reference, demoDirectory, true, notice);
        });
        return models;
    }
}
