package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Dictionary;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieDecoder;
import org.mockito.ArgumentCaptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

class OtherModeDecoderTest {

    private final BundleContext context = mock(BundleContext.class);
    @SuppressWarnings("unchecked")
    private final ServiceRegistration<MovieDecoder> registration = mock(ServiceRegistration.class);

    @Test
    void theDecoderInTheModeNotConfiguredIsOfferedBelowTheConfiguredOneAndWithdrawnWithIt() {
        when(context.registerService(eq(MovieDecoder.class), any(MovieDecoder.class), any())).thenReturn(registration);

        OtherModeDecoderComponent component = new OtherModeDecoderComponent(context,
                Configurations.decoder("exact", 3, 7, ""), null, mock(MovieDecoder.class));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Dictionary<String, Object>> properties = ArgumentCaptor.forClass(Dictionary.class);
        ArgumentCaptor<MovieDecoder> decoder = ArgumentCaptor.forClass(MovieDecoder.class);
        verify(context).registerService(eq(MovieDecoder.class), decoder.capture(), properties.capture());
        assertThat(properties.getValue().get("mode")).isEqualTo("fast");
        assertThat(properties.getValue().get(Constants.SERVICE_RANKING)).isEqualTo(-1);
        assertThat(((FfmpegDecoderComponent) decoder.getValue()).mode()).isEqualTo("fast");

        component.deactivate();
        verify(registration).unregister();
    }

    @Test
    void theOtherModeKeepsEveryOtherSetting() {
        DecodeSettings fast = DecodeSettings.of(Configurations.decoder("fast", 2, 5, "/var/cache/kd"));

        DecodeSettings exact = OtherModeDecoderComponent.otherMode(fast);

        assertThat(exact.mode()).isEqualTo("exact");
        assertThat(exact.threads()).isEqualTo(2);
        assertThat(exact.stallTimeout()).isEqualTo(fast.stallTimeout());
        assertThat(exact.cacheDir()).isEqualTo(fast.cacheDir());
    }
}
