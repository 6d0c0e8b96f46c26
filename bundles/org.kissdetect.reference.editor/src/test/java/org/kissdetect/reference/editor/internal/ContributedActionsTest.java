package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.action.Action;

class ContributedActionsTest {

    private final ContributedActions actions = new ContributedActions();

    private static Action action(String label) {
        Action action = mock(Action.class);
        when(action.label()).thenReturn(label);
        return action;
    }

    @Test
    void eachMenuHasItsActionsByRankingThenLabel() {
        Action detect = action("Detect kissing scenes");
        Action analyse = action("Analyse");
        Action first = action("Zoom");
        Action clipOnly = action("Trim");
        actions.addAction(detect, Map.of("nle.menu", new String[] {"media", "clip"}));
        actions.addAction(analyse, Map.of("nle.menu", "media"));
        actions.addAction(first, Map.of("nle.menu", "media", "service.ranking", 10));
        actions.addAction(clipOnly, Map.of("nle.menu", "clip"));
        actions.addAction(action("Nowhere"), Map.of());

        assertThat(actions.forMenu("media")).containsExactly(first, analyse, detect);
        assertThat(actions.forMenu("clip")).containsExactly(detect, clipOnly);
    }

    @Test
    void aRemovedActionLeavesTheMenus() {
        Action detect = action("Detect kissing scenes");
        actions.addAction(detect, Map.of("nle.menu", "media"));

        actions.removeAction(detect);

        assertThat(actions.forMenu("media")).isEmpty();
    }
}
