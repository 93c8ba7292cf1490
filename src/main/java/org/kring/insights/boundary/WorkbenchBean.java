package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kring.insights.control.Explore;
import org.kring.insights.control.Exploration;
import org.kring.insights.control.Question;
import org.kring.insights.control.Question.Segment;
import org.kring.insights.control.Themes;
import org.kring.insights.control.Trends;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.LineChart;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;
import org.kring.search.control.Search;

/**
 * The workbench page: the filters in the address (a plain GET form, so every view can be bookmarked and shared),
 * the counts, breakdowns, the trend chart with the period before and the emerging themes of that filter. A breakdown
 * value or a theme is a link that adds itself to the filter.
 */
@Named
@RequestScoped
public class WorkbenchBean {

    /** The breakdowns the page shows, in order; each value links to the filter with it. */
    static final List<String> SHOWN = List.of("type", "topic", "region", "ageBand", "customerType", "language", "status", "tag");
    /** The filters a link carries along: view parameter name → value. */
    static final List<String> FILTERS = List.of("q", "type", "topic", "status", "tag", "language", "from", "to",
            "region", "ageBand", "customerType", "versusRest", "interval");
    /** The filters an export takes: all but the page's own (the comparison and the chart's interval). */
    static final List<String> EXPORTED = FILTERS.stream().filter(f -> !f.equals("versusRest") && !f.equals("interval")).toList();
    private static final int MATCHES = 20;

    @Inject
    CurrentMember current;
    @Inject
    Explore explore;
    @Inject
    Themes themes;
    @Inject
    Trends trends;

    private final Map<String, String> filter = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Exploration exploration;
    private Themes.Emerging emerging;
    private Trends.Trend trend;
    private LineChart chart;
    private boolean unavailable;

    public void load() {
        if (current.id().isEmpty()) {
            toLogin();
            return;
        }
        if (!current.hasRole(Role.ANALYST) && !current.hasRole(Role.ADMIN)) {
            forbidden();
            return;
        }
        Question question = question();
        try {
            Trends.Interval interval = interval();
            exploration = explore.explore(question);
            trend = trends.trend(question, interval, Trends.DEFAULT_MIN_VOLUME);
            emerging = themes.emerging(new Question(question.q(), question.type(), question.topic(), question.challenge(),
                    question.status(), question.tag(), question.language(), question.from(), question.to(), question.segment(),
                    null, false, null, false, null, null), Themes.Against.REST);
        } catch (InvalidInput invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                String field = error.field().replace("segment.", "");
                errors.putIfAbsent(field, PageMessages.text("insights.invalid." + field));
            }
        } catch (Search.Unavailable e) {
            unavailable = true;
        }
    }

    private Trends.Interval interval() {
        String value = get("interval");
        try {
            return value == null ? Trends.Interval.MONTH : Trends.Interval.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("interval", "must be day, week or month");
        }
    }

    private Question question() {
        return new Question(get("q"), list("type"), list("topic"), List.of(), list("status"), list("tag"), list("language"),
                get("from"), get("to"), new Segment(list("ageBand"), list("region"), list("customerType")), null, false,
                null, "true".equals(get("versusRest")), MATCHES, null);
    }

    /** The page with this filter changed (null removes it), as a link. */
    public String with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(filter);
        if (value == null || value.equals(next.get(name))) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return href(next);
    }

    static String href(Map<String, String> filters) {
        String query = query(filters, FILTERS);
        return "/insights.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The API's export of this filter in this format (csv or json); the session logs the download in. */
    public String export(String format) {
        return "/api/v1/insights/export/" + format + "?" + query(filter, EXPORTED);
    }

    private static String query(Map<String, String> filters, List<String> names) {
        return names.stream().filter(f -> filters.get(f) != null && !filters.get(f).isBlank())
                .map(f -> f + "=" + URLEncoder.encode(filters.get(f), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The trend as a line chart: contributions now and, dashed, in the period before, per bucket. */
    public LineChart getChart() {
        if (chart == null && trend != null) {
            List<String> labels = trend.series().stream().map(Trends.Point::start).toList();
            chart = LineChart.of(labels, List.of(
                    new LineChart.Series(PageMessages.text("insights.trend.now"), "kring-chart-now",
                            trend.series().stream().map(Trends.Point::contributions).toList()),
                    new LineChart.Series(PageMessages.text("insights.trend.before"), "kring-chart-before",
                            trend.series().stream().map(Trends.Point::previousContributions).toList())));
        }
        return chart;
    }

    /** The chart in words, for screen readers: each line's total. */
    public String getChartSummary() {
        return getChart() == null ? "" : getChart().lines().stream()
                .map(line -> PageMessages.text("insights.trend.total", line.name(),
                        line.points().stream().mapToLong(LineChart.Point::value).sum()))
                .collect(Collectors.joining("; "));
    }

    public List<String> getShown() {
        return exploration == null ? List.of()
                : SHOWN.stream().filter(d -> !exploration.breakdowns().getOrDefault(d, List.of()).isEmpty()).toList();
    }

    public List<Exploration.Bucket> breakdown(String dimension) {
        return exploration == null ? List.of() : exploration.breakdowns().getOrDefault(dimension, List.of()).stream().limit(8).toList();
    }

    public Map<String, String> getFilter() {
        return filter;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public Exploration getExploration() {
        return exploration;
    }

    public Themes.Emerging getEmerging() {
        return emerging;
    }

    public Trends.Trend getTrend() {
        return trend;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** True when the filter matched nothing: the page says so instead of showing empty panels. */
    public boolean isNothingFound() {
        return exploration != null && exploration.total() == 0;
    }

    private String get(String name) {
        String value = filter.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<String> list(String name) {
        String value = get(name);
        return value == null ? List.of() : List.of(value);
    }

    /** To the login page, which brings the reader back here (Pages.redirect would refuse a login target). */
    private static void toLogin() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?returnTo="
                    + URLEncoder.encode(Pages.safeReturn("/insights.xhtml"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, "Forbidden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
