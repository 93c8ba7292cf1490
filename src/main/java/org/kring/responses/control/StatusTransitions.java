package org.kring.responses.control;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kring.ideas.entity.Idea.Status;

/**
 * The allowed steps of the status workflow, read from a setting such as
 * {@code NEW>UNDER_REVIEW,UNDER_REVIEW>PLANNED,*>DECLINED} ({@code *}: from any status). Staying in the same
 * status is never a step. Pure logic, so the setting's rules are unit-tested.
 */
public final class StatusTransitions {

    /** Fider's and Canny's path: review, plan, build, ship; declining is possible from anywhere. */
    public static final String DEFAULT = "NEW>UNDER_REVIEW,UNDER_REVIEW>PLANNED,PLANNED>IN_PROGRESS,IN_PROGRESS>DONE,*>DECLINED";

    private final Map<Status, Set<Status>> allowed;

    private StatusTransitions(Map<Status, Set<Status>> allowed) {
        this.allowed = allowed;
    }

    /** Reads the setting; a step naming an unknown status stops Kring from starting with a clear reason. */
    public static StatusTransitions parse(String setting) {
        Map<Status, Set<Status>> allowed = new EnumMap<>(Status.class);
        Arrays.stream(Status.values()).forEach(s -> allowed.put(s, EnumSet.noneOf(Status.class)));
        for (String step : setting.split(",")) {
            if (step.isBlank()) {
                continue;
            }
            String[] ends = step.strip().split(">");
            if (ends.length != 2) {
                throw new IllegalArgumentException("A status step is FROM>TO (or *>TO), not '" + step.strip() + "'");
            }
            Status to = status(ends[1]);
            List<Status> froms = ends[0].strip().equals("*") ? List.of(Status.values()) : List.of(status(ends[0]));
            froms.stream().filter(from -> from != to).forEach(from -> allowed.get(from).add(to));
        }
        allowed.replaceAll((from, tos) -> Collections.unmodifiableSet(tos));
        return new StatusTransitions(allowed);
    }

    private static Status status(String name) {
        return parseStatus(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown status '" + name.strip() + "' in the status steps; known: " + Arrays.toString(Status.values())));
    }

    /** A status by name (any case), or empty when there is no such status. */
    public static Optional<Status> parseStatus(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Status.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where an idea in this status may go next (possibly nowhere). */
    public Set<Status> from(Status status) {
        return allowed.get(status);
    }

    public boolean allows(Status from, Status to) {
        return allowed.get(from).contains(to);
    }
}
