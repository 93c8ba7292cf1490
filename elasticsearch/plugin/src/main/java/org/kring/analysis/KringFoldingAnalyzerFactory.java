package org.kring.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * The {@code kring_folding} analyzer: standard tokenizer, lower case, ASCII folding. No stop
 * words and no stemming, so it suits any language and near-exact matching.
 */
@NamedComponent(KringFoldingAnalyzerFactory.NAME)
public class KringFoldingAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "kring_folding";

    @Override
    public Analyzer create() {
        return KringAnalysisChains.folding();
    }
}
