package org.kring.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.search.boundary.SearchPageBean.Piece;
import org.kring.search.control.Search;

class SearchPageBeanTest {

    @Test
    void splitsAHighlightIntoPlainPiecesWithTheMatchesMarked() {
        assertThat(SearchPageBean.pieces("Meer <em>statiegeld</em> op &lt;script&gt; &amp; <em>blik</em>"))
                .containsExactly(new Piece("Meer ", false), new Piece("statiegeld", true),
                        new Piece(" op <script> & ", false), new Piece("blik", true));
    }

    @Test
    void leavesOutThePassageThatOnlyRepeatsTheTitle() {
        Search.Result hit = new Search.Result("idea", 1, "Statiegeld op blik", 1.0,
                List.of("<em>Statiegeld</em> op blik", "Al jaren <em>statiegeld</em>"));
        assertThat(SearchPageBean.passages(hit)).hasSize(1);
        assertThat(SearchPageBean.passages(hit).get(0).get(0).text()).isEqualTo("Al jaren ");
    }
}
