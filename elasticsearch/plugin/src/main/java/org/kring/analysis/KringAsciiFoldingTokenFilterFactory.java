package org.kring.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code kring_asciifolding} token filter, for custom analyzers in index settings
 * (the minimal Elasticsearch distribution has no {@code asciifolding} filter of its own).
 * Elasticsearch does not accept stable-plugin filters in normalizers.
 */
@NamedComponent(KringAsciiFoldingTokenFilterFactory.NAME)
public class KringAsciiFoldingTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "kring_asciifolding";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream);
    }
}
