package org.kring.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.problems.InvalidInput;
import org.kring.search.control.Search;
import org.kring.search.control.VisitorSearchQuota;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public static final int MAX_SIZE = 100;

    public static final int MAX_PAGE = 1000;
    public static final int MAX_QUERY = 500;
    public static final int MAX_SUGGESTIONS = 10;

    private static final List<String> TYPES = List.of("idea", "post", "thread", "answer");

    /** A search sent as JSON, for clients that build longer queries. */
    public record SearchRequest(String query, Integer page, Integer size) {
    }

    /** What {@code GET /search/suggest} answers. */
    public record Suggestions(List<Search.Completion> suggestions) {
    }

    static final String PAGE_EXAMPLE = """
            {"total": 1, "page": 0, "size": 20,
             "results": [{"type": "idea", "id": 168, "title": "Statiegeld op blikjes ook in kleine winkels", "score": 7.42,
               "highlights": ["Lever alle <em>blikjes</em> in bij de kassa, ook in de kleine filialen."]}],
             "facets": {"type": [{"value": "idea", "count": 1}], "topic": [{"value": "duurzaamheid", "count": 1}],
               "status": [{"value": "NEW", "count": 1}], "language": [{"value": "nl", "count": 1}]}}""";

    static final String SUGGESTIONS_EXAMPLE = """
            {"suggestions": [{"text": "Statiegeld op blikjes ook in kleine winkels", "type": "idea", "id": 168},
              {"text": "Statiegeld op flesjes", "type": "thread", "id": 311}]}""";

    @Inject
    Search search;

    @Inject
    VisitorSearchQuota quota;

    @Inject
    CurrentMember member;

    @GET
    @Operation(summary = "Full-text search over contributions, Dutch and English, with filters, facets, sort and pages",
            description = "Members see published contributions only; moderators, analysts and admins may add includeHidden=true. "
                    + "Each filter may be repeated (any of its values matches). from/to are dates (2026-11-01) or instants, inclusive. "
                    + "Types: idea, thread, post, answer (the team's official answer; its id is its idea's).")
    @APIResponse(responseCode = "200", description = "The hits of this page, with facets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Search.Page.class),
                    examples = @ExampleObject(name = "blikjes", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "q, type, language, sort, from, to, page or size is not valid, or the page goes past the first 10,000 hits")
    @APIResponse(responseCode = "401", description = "includeHidden=true without logging in")
    @APIResponse(responseCode = "403", description = "includeHidden=true by a member who is not a moderator, analyst or admin")
    @APIResponse(responseCode = "429", description = "An anonymous caller searched too often this minute; see Retry-After")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public Search.Page get(@QueryParam("q") String q,
                           @QueryParam("type") List<String> type,
                           @QueryParam("topic") List<String> topic,
                           @QueryParam("challenge") List<String> challenge,
                           @QueryParam("status") List<String> status,
                           @QueryParam("tag") List<String> tag,
                           @QueryParam("language") List<String> language,
                           @Parameter(description = "created on or after: 2026-11-01 or 2026-11-01T10:00:00Z") @QueryParam("from") String from,
                           @Parameter(description = "created on or before: 2026-11-30 or 2026-11-30T23:59:59Z") @QueryParam("to") String to,
                           @Parameter(description = "relevance (default), newest or votes") @QueryParam("sort") @DefaultValue("relevance") String sort,
                           @QueryParam("includeHidden") @DefaultValue("false") boolean includeHidden,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size,
                           @Parameter(description = "the facets to count, comma-separated, of type, topic, challenge, status, tag, "
                                   + "language, month; all when absent, none when empty (each one costs the search engine work)")
                           @QueryParam("facets") String facets) {
        InvalidInput.Checks checks = InvalidInput.check()
                .text("q", q, 1, MAX_QUERY)
                .range("page", page, 0, MAX_PAGE)
                .range("size", size, 1, MAX_SIZE);
        List<String> types = clean(type);
        checks.that("type", TYPES.containsAll(types), "must be one of " + TYPES);
        List<String> languages = clean(language);
        checks.that("language", List.of("nl", "en").containsAll(languages), "must be nl or en");
        Search.Sort order = null;
        try {
            order = Search.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.that("sort", false, "must be relevance, newest or votes");
        }
        Set<String> counted = facets == null ? Search.FACET_NAMES : clean(List.of(facets.split(",", -1))).stream()
                .collect(Collectors.toSet());
        checks.that("facets", Search.FACET_NAMES.containsAll(counted), "must be some of " + new TreeSet<>(Search.FACET_NAMES));
        InvalidInput.Period period = checks.period(from, to);
        checks.orThrow();
        if (includeHidden) {
            member.requireRole(Role.MODERATOR, Role.ANALYST, Role.ADMIN);
        }
        quota.charge();
        return search.query(new Search.Criteria(q.strip(), types, clean(topic), clean(challenge),
                clean(status).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(), clean(tag), languages,
                period.from(), period.to(), order, includeHidden, page, size, counted));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same search (text only, published only, by relevance), with the query in a JSON body")
    @APIResponse(responseCode = "200", description = "The hits of this page, with facets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Search.Page.class),
                    examples = @ExampleObject(name = "blikjes", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "query, page or size is not valid, or the page goes past the first 10,000 hits")
    @APIResponse(responseCode = "429", description = "An anonymous caller searched too often this minute; see Retry-After")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public Search.Page post(SearchRequest request) {
        if (request == null) {
            InvalidInput.check().text("query", null, 1, MAX_QUERY).orThrow();
        }
        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? 20 : request.size();
        InvalidInput.check()
                .text("query", request.query(), 1, MAX_QUERY)
                .range("page", page, 0, MAX_PAGE)
                .range("size", size, 1, MAX_SIZE)
                .orThrow();
        quota.charge();
        return search.query(Search.Criteria.text(request.query().strip(), page, size));
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Completions of what a member has typed, from the titles of published ideas and threads")
    @APIResponse(responseCode = "200", description = "Up to size completions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Suggestions.class),
                    examples = @ExampleObject(name = "statie", value = SUGGESTIONS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "prefix or size is not valid")
    @APIResponse(responseCode = "503", description = "The search engine is unavailable; see Retry-After")
    public Suggestions suggest(@QueryParam("prefix") String prefix,
                               @QueryParam("size") @DefaultValue("5") int size) {
        InvalidInput.check().text("prefix", prefix, 1, 100).range("size", size, 1, MAX_SUGGESTIONS).orThrow();
        return new Suggestions(search.suggest(prefix.strip(), size));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
