package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class TrackedDecoderModesTest {

    @Test
    void anUnknownModeIsBadInputAndNoDecoderIsLookedFor() {
        BundleContext context = mock(BundleContext.class);

        assertThatThrownBy(() -> new TrackedDecoderModes(context).decoder("quick"))
                .isInstanceOf(CommandFailure.class).hasMessage("--mode must be exact or fast, got quick");
        verifyNoInteractions(context);
    }
}
