package org.kring.responses.control;

import java.util.Map;
import org.kring.ideas.entity.Idea.Status;

/**
 * Each status's colour: the background of its badge on every page (pages take it from here) and in the API.
 * Light shades, so the page's dark text on them passes WCAG AA contrast.
 */
public final class StatusColors {

    private static final Map<Status, String> COLORS = Map.of(
            Status.NEW, "#e4e7eb",
            Status.UNDER_REVIEW, "#fbefc4",
            Status.PLANNED, "#d9e8fb",
            Status.IN_PROGRESS, "#e7ddfa",
            Status.DONE, "#d3f0dc",
            Status.DECLINED, "#f6dcdc",
            Status.DUPLICATE, "#ece4d8");

    private StatusColors() {
    }

    public static String of(Status status) {
        return COLORS.get(status);
    }
}
