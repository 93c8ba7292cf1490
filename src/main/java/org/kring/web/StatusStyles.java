package org.kring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.kring.ideas.entity.Idea.Status;
import org.kring.responses.control.StatusColors;

/** The status badges' colours for every page's style block, from the one place that defines them. */
@Named
@ApplicationScoped
public class StatusStyles {

    private final String css = Arrays.stream(Status.values())
            .map(s -> ".kring-status-" + s.name() + "{background:" + StatusColors.of(s) + "}")
            .collect(Collectors.joining());

    public String getCss() {
        return css;
    }
}
