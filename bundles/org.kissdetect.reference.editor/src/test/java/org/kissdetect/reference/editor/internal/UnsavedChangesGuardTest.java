package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kissdetect.reference.editor.internal.UnsavedChangesGuard.Choice;

class UnsavedChangesGuardTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();

    private UnsavedChangesGuard guard(boolean modified, Choice answer, boolean saveSucceeds) {
        return new UnsavedChangesGuard(() -> modified, () -> {
            asked.incrementAndGet();
            return answer;
        }, () -> {
            saves.incrementAndGet();
            return saveSucceeds;
        });
    }

    @Test
    void anUnchangedProjectClosesWithoutAsking() {
        assertThat(guard(false, Choice.CANCEL, false).mayClose()).isTrue();
        assertThat(asked).hasValue(0);
    }

    @Test
    void cancelKeepsTheProjectOpenAndSavesNothing() {
        assertThat(guard(true, Choice.CANCEL, true).mayClose()).isFalse();
        assertThat(saves).hasValue(0);
    }

    @Test
    void dontSaveClosesWithoutSaving() {
        assertThat(guard(true, Choice.DONT_SAVE, true).mayClose()).isTrue();
        assertThat(saves).hasValue(0);
    }

    @Test
    void saveClosesOnlyWhenTheSaveSucceeded() {
        assertThat(guard(true, Choice.SAVE, true).mayClose()).isTrue();
        assertThat(guard(true, Choice.SAVE, false).mayClose()).isFalse();
        assertThat(saves).hasValue(2);
    }
}
