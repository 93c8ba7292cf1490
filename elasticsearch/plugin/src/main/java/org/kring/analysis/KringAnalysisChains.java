package org.kring.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene analysis chains behind Kring's analyzers. Everything here is built from
 * lucene-analysis-common, which Elasticsearch already has on its class path; the plugin
 * ships none of it.
 *
 * <p>The language chains follow what Lucene 10.3's {@link DutchAnalyzer} and
 * {@link EnglishAnalyzer} do, with ASCII folding added as the last step so that
 * "crème" and "creme" (or "ideeën" and "ideeen") end up as the same term. Folding comes
 * after stop words and stemming: the stop lists and the stem overrides are written with
 * their diacritics, and the stemmers see the words as they are written.
 */
final class KringAnalysisChains {

    private KringAnalysisChains() {}

    /**
     * DutchAnalyzer's default stem overrides (its holder class is package-private, so the
     * four entries are repeated here). Without them "fiets" stems to "fiet" while
     * "fietsen" stems to "fiets".
     */
    private static final StemmerOverrideFilter.StemmerOverrideMap DUTCH_STEM_OVERRIDES = buildDutchOverrides();

    private static StemmerOverrideFilter.StemmerOverrideMap buildDutchOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        builder.add("fiets", "fiets");
        builder.add("bromfiets", "bromfiets");
        builder.add("ei", "eier");
        builder.add("kind", "kinder");
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Dutch stem overrides", e);
        }
    }

    /** Lower case and ASCII folding: what every Kring chain does to a single term (prefix, wildcard, fuzzy queries). */
    static TokenStream normalize(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** standard, lowercase, Dutch stop words, stem overrides, Snowball Dutch, ASCII folding. */
    static Analyzer dutch() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
                stream = new StemmerOverrideFilter(stream, DUTCH_STEM_OVERRIDES);
                stream = new SnowballFilter(stream, new DutchStemmer());
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return KringAnalysisChains.normalize(in);
            }
        };
    }

    /** standard, English possessive, lowercase, English stop words, Porter stemmer, ASCII folding. */
    static Analyzer english() {
        CharArraySet stopWords = EnglishAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new PorterStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return KringAnalysisChains.normalize(in);
            }
        };
    }

    /** standard, lowercase, ASCII folding: language-neutral, no stop words, no stemming. */
    static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, KringAnalysisChains.normalize(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return KringAnalysisChains.normalize(in);
            }
        };
    }
}
