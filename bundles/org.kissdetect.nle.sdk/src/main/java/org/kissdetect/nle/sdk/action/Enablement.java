package org.kissdetect.nle.sdk.action;

/**
 * Whether an action can run, and why not.
 *
 * @param enabled whether the user may pick it
 * @param reason  why it is disabled, as a sentence the user sees; empty when enabled
 */
public record Enablement(boolean enabled, String reason) {

    /** Checks that a disabled action says why. */
    public Enablement {
        if (reason == null || !enabled && reason.isBlank()) {
            throw new IllegalArgumentException("a disabled action must say why");
        }
    }
}
