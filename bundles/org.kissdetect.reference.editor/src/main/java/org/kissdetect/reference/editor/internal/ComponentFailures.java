package org.kissdetect.reference.editor.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Why the components configured by a PID refuse their configuration, as SCR reports it. */
final class ComponentFailures {

    private static final Pattern EXCEPTION_LINE = Pattern.compile("^(?:Caused by: )?[\\w.$]+(?:Exception|Error): (.+)$");

    private ComponentFailures() {
    }

    /** One sentence per component of {@code pid} that failed to activate: its deepest exception message. */
    static List<String> of(ServiceComponentRuntime scr, String pid) {
        return scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.configurationPid != null && Arrays.asList(d.configurationPid).contains(pid))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .map(c -> reason(c.failure)).filter(Objects::nonNull).distinct().toList();
    }

    /** Whether every component of {@code pid} has taken these values (none failed, all carry them). */
    static boolean took(ServiceComponentRuntime scr, String pid, Map<String, Object> values) {
        List<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.configurationPid != null && Arrays.asList(d.configurationPid).contains(pid)).toList();
        return descriptions.stream().flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                .allMatch(c -> c.state != ComponentConfigurationDTO.FAILED_ACTIVATION && values.entrySet().stream()
                        .allMatch(e -> Objects.equals(c.properties.get(e.getKey()), e.getValue())));
    }

    static String reason(String failure) {
        if (failure == null) {
            return null;
        }
        String reason = failure.lines().findFirst().orElse(failure);
        for (String line : failure.lines().toList()) {
            Matcher matcher = EXCEPTION_LINE.matcher(line.strip());
            if (matcher.matches()) {
                reason = matcher.group(1);
            }
        }
        return reason;
    }
}
