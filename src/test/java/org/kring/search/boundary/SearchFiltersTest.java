package org.kring.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kring.search.control.Search.Bucket;

class SearchFiltersTest {

    private static final Map<String, List<Bucket>> BUCKETS = Map.of(
            "type", List.of(new Bucket("idea", 30), new Bucket("post", 7)),
            "topic", List.of(new Bucket("verpakking", 37)),
            "tag", List.of(new Bucket("glas", 3)),
            "status", List.of());

    @Test
    void eachValueNarrowsTheSearchAndAChosenOneWidensItAgain() {
        Map<String, String> chosen = new HashMap<>(Map.of("type", "idea"));
        chosen.put("language", null);
        List<SearchFilters.Facet> facets = SearchFilters.facets("glas & blik", chosen, BUCKETS, (facet, value) -> facet + ":" + value);

        assertThat(facets).extracting(SearchFilters.Facet::name).containsExactly("type", "topic");
        SearchFilters.Choice idea = facets.get(0).choices().get(0);
        assertThat(idea.chosen()).isTrue();
        assertThat(idea.href()).isEqualTo("/search.xhtml?q=glas+%26+blik");
        SearchFilters.Choice post = facets.get(0).choices().get(1);
        assertThat(post).isEqualTo(new SearchFilters.Choice("type:post", 7, false, "/search.xhtml?q=glas+%26+blik&type=post"));
        assertThat(facets.get(1).choices().get(0).href()).isEqualTo("/search.xhtml?q=glas+%26+blik&type=idea&topic=verpakking");
    }
}
