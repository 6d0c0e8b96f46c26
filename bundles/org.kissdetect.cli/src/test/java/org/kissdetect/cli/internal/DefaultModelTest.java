package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelRepository;

class DefaultModelTest {

    private final StringWriter err = new StringWriter();

    @Test
    void theDemoModelsNoticeIsShownUnlessQuiet() throws Exception {
        ModelRepository models = Models.repository(Path.of("/cache/demo"), "DEMO MODEL: not kissing");

        assertThat(DefaultModel.orDemo(null, models, new PrintWriter(err), false, () -> false))
                .isEqualTo(Path.of("/cache/demo"));
        assertThat(err.toString()).isEqualTo("no --model given: using the DEMO MODEL: not kissing"
                + System.lineSeparator());
        assertThat(DefaultModel.orDemo(null, models, new PrintWriter(err), true, () -> false))
                .isEqualTo(Path.of("/cache/demo"));
        assertThat(DefaultModel.orDemo(Path.of("mine"), models, new PrintWriter(err), false, () -> false))
                .isEqualTo(Path.of("mine"));
        assertThat(err.toString()).hasLineCount(1);
    }

    @Test
    void aCancelledPreparationEndsTheCommandAsCancelled() throws Exception {
        ModelRepository models = mock(ModelRepository.class);
        when(models.resolve(any(), any(), any())).thenThrow(new ModelCancelledException("training cancelled", null));

        CommandFailure failure = catchThrowableOfType(CommandFailure.class,
                () -> DefaultModel.orDemo(null, models, new PrintWriter(err), true, () -> true));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(failure).hasMessage("training cancelled");
    }

    @Test
    void aDamagedDemoModelIsAModelProblem() throws Exception {
        ModelRepository models = mock(ModelRepository.class);
        when(models.resolve(any(), any(), any())).thenThrow(new ModelException(Path.of("models/demo/head.safetensors"),
                "is damaged"));

        CommandFailure failure = catchThrowableOfType(CommandFailure.class,
                () -> DefaultModel.orDemo(null, models, new PrintWriter(err), true, () -> false));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.MODEL_PROBLEM);
        assertThat(failure).hasMessage("model models/demo/head.safetensors: is damaged");
    }
}
