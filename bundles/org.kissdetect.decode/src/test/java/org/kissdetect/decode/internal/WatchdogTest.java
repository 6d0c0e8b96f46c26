package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WatchdogTest {

    @Test
    void expiresWhenOneCallMakesNoProgressForTooLong() throws Exception {
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(50))) {
            assertThat(watchdog.expired()).as("not armed").isFalse();
            watchdog.arm();
            assertThat(watchdog.expired()).isFalse();
            Thread.sleep(120);
            assertThat(watchdog.expired()).isTrue();
            watchdog.arm();
            assertThat(watchdog.expired()).as("re-armed for the next call").isFalse();
        }
    }

    @Test
    void expiresAtOnceWhenTheReadingThreadIsInterrupted() {
        try (Watchdog watchdog = new Watchdog(Duration.ofMinutes(5))) {
            watchdog.arm();
            Thread.currentThread().interrupt();
            try {
                assertThat(watchdog.expired()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
    }
}
