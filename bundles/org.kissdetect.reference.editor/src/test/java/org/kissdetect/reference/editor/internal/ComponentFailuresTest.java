package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentFailuresTest {

    @Test
    void theReasonIsTheDeepestExceptionMessage() {
        String failure = """
                org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException
                \tat org.apache.felix.scr.impl.inject.internal.ComponentConstructorImpl.newInstance(ComponentConstructorImpl.java:326)
                Caused by: java.lang.IllegalArgumentException: invalid configuration org.kissdetect.editor: minFraction must lie in (0, 1], got 0.0
                \tat org.kissdetect.editor.internal.EditorPreferences.invalid(EditorPreferences.java:72)
                """;

        assertThat(ComponentFailures.reason(failure))
                .isEqualTo("invalid configuration org.kissdetect.editor: minFraction must lie in (0, 1], got 0.0");
        assertThat(ComponentFailures.reason("just words")).isEqualTo("just words");
    }
}
