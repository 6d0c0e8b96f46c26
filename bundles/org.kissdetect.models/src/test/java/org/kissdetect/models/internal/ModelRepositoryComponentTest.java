package org.kissdetect.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

class ModelRepositoryComponentTest {

    @TempDir
    Path folder;
    Path demoFolder;

    private final DemoModel demo = mock(DemoModel.class);
    private final ModelRepositoryComponent repository = new ModelRepositoryComponent();
    private final List<String> heard = new ArrayList<>();
    private final ModelListener listener = new ModelListener() {
        @Override
        public void stage(String stage, int done, int total) {
            heard.add(stage + " " + done + "/" + total);
        }

        @Override
        public void notice(String text) {
            heard.add(text);
        }
    };

    @BeforeEach
    void aDemoModelThatWritesItsFolder() throws Exception {
        demoFolder = folder.resolve("models/demo");
        when(demo.defaultDirectory()).thenReturn(demoFolder);
        when(demo.notice()).thenReturn("DEMO MODEL: a synthetic signature, not kissing");
        when(demo.ensure(any(), any(), any())).thenAnswer(call -> {
            Path directory = call.getArgument(0);
            call.<TrainingListener>getArgument(1).stage("rebuilding the demo model", 1, 2);
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("metadata.json"), "{\"id\":\"demo\"}");
            Files.writeString(directory.resolve("detector.safetensors"), "parameters");
            return directory;
        });
        repository.bindDemo(demo);
    }

    @Test
    void aModelDirectoryIsTakenAsItIsAndIsNoDemo() throws Exception {
        ResolvedModel resolved = repository.resolve(ModelReference.directory(Path.of("mine")), listener, () -> false);

        assertThat(resolved).isEqualTo(new ResolvedModel(ModelReference.directory(Path.of("mine")), Path.of("mine"),
                false, ""));
        verify(demo, never()).ensure(any(), any(), any());
    }

    @Test
    void theDemoModelIsMadeInItsFolderWithProgressAndCarriesItsNotice() throws Exception {
        ResolvedModel resolved = repository.resolve(ModelReference.demo(), listener, () -> false);

        assertThat(resolved.directory()).isEqualTo(demoFolder);
        assertThat(resolved.demo()).isTrue();
        assertThat(resolved.notice()).isEqualTo("DEMO MODEL: a synthetic signature, not kissing");
        verify(demo).ensure(eq(demoFolder), any(), any());
        assertThat(heard).containsExactly("rebuilding the demo model 1/2");
    }

    @Test
    void theDemoModelIsCheckedOnceWhileItsFilesStayAsTheyWere() throws Exception {
        ResolvedModel first = repository.resolve(ModelReference.demo(), listener, () -> false);
        ResolvedModel second = repository.resolve(ModelReference.demo(), listener, () -> false);

        assertThat(second).isEqualTo(first);
        verify(demo, times(1)).ensure(any(), any(), any());
    }

    @Test
    void aDemoModelChangedOrDeletedSinceIsMadeAgain() throws Exception {
        repository.resolve(ModelReference.demo(), listener, () -> false);
        Path parameters = demoFolder.resolve("detector.safetensors");
        Files.writeString(parameters, "damaged!!!");
        Files.setLastModifiedTime(parameters, FileTime.fromMillis(0));
        repository.resolve(ModelReference.demo(), listener, () -> false);
        Files.delete(parameters);
        repository.resolve(ModelReference.demo(), listener, () -> false);

        verify(demo, times(3)).ensure(any(), any(), any());
    }

    @Test
    void aNewDemoProviderIsAskedAgain() throws Exception {
        repository.resolve(ModelReference.demo(), listener, () -> false);
        DemoModel other = mock(DemoModel.class);
        when(other.defaultDirectory()).thenReturn(folder.resolve("other"));
        when(other.ensure(any(), any(), any())).thenReturn(folder.resolve("other"));
        when(other.notice()).thenReturn("another demo");

        repository.bindDemo(other);
        repository.unbindDemo(demo);

        assertThat(repository.resolve(ModelReference.demo(), listener, () -> false).directory())
                .isEqualTo(folder.resolve("other"));
    }

    @Test
    void withoutTheDemoProviderTheDemoModelIsUnavailableAndResolvingItSaysWhy() {
        repository.unbindDemo(demo);

        assertThat(repository.unavailable(ModelReference.demo())).contains("the demo model is not installed");
        assertThat(repository.unavailable(ModelReference.directory(Path.of("mine")))).isEmpty();
        assertThat(repository.location(ModelReference.demo())).isEmpty();
        assertThat(repository.offered()).isEmpty();
        assertThatThrownBy(() -> repository.resolve(ModelReference.demo(), listener, () -> false))
                .isInstanceOf(ModelException.class).hasMessageContaining("the demo model is not installed");
    }

    @Test
    void theLocationOfTheDemoModelIsKnownWithoutMakingIt() throws Exception {
        assertThat(repository.location(ModelReference.demo())).contains(demoFolder);
        assertThat(repository.location(ModelReference.directory(Path.of("mine")))).contains(Path.of("mine"));
        assertThat(repository.offered()).containsExactly(ModelReference.demo());
        verify(demo, never()).ensure(any(), any(), any());
    }

    @Test
    void aCancelledRebuildIsACancelledResolution() throws Exception {
        doThrow(new TrainingCancelledException("training cancelled at epoch 2")).when(demo).ensure(any(), any(), any());

        assertThatThrownBy(() -> repository.resolve(ModelReference.demo(), listener, () -> true))
                .isInstanceOf(ModelCancelledException.class).hasMessage("training cancelled at epoch 2");
    }

    @Test
    void aDemoModelThatCannotBeTrainedIsAModelProblemNamingItsFolder() throws Exception {
        doThrow(new MediaException(Path.of("film.mp4"), 0, "disk full", null)).when(demo).ensure(any(), any(), any());

        assertThatThrownBy(() -> repository.resolve(ModelReference.demo(), listener, () -> false))
                .isInstanceOf(ModelException.class).hasMessageStartingWith("model " + demoFolder)
                .hasMessageContaining("disk full");
        assertThat(repository.resolve(ModelReference.directory(demoFolder), listener, () -> false).demo()).isFalse();
    }

    @Test
    void aDamagedShippedDemoIsReportedAsItIsAndNotKept() throws Exception {
        doThrow(new ModelException(Path.of("models/demo/head.safetensors"), "is damaged")).when(demo)
                .ensure(any(), any(), any());

        assertThatThrownBy(() -> repository.resolve(ModelReference.demo(), listener, () -> false))
                .hasMessage("model models/demo/head.safetensors: is damaged");
        assertThatThrownBy(() -> repository.resolve(ModelReference.demo(), listener, () -> false))
                .hasMessage("model models/demo/head.safetensors: is damaged");
        verify(demo, times(2)).ensure(any(), any(), any());
    }

    @Test
    void aReferenceOfAnUnknownKindIsRefused() {
        ModelReference unknown = new ModelReference() {
            @Override
            public String toString() {
                return "kinetics@1";
            }
        };

        assertThat(repository.unavailable(unknown)).contains("this repository does not know models like kinetics@1");
        assertThatThrownBy(() -> repository.resolve(unknown, listener, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinetics@1");
    }
}
