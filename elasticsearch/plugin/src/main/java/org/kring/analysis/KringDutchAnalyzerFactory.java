package org.kring.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code kring_dutch} analyzer: Dutch stop words and stemming, then ASCII folding. */
@NamedComponent(KringDutchAnalyzerFactory.NAME)
public class KringDutchAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "kring_dutch";

    @Override
    public Analyzer create() {
        return KringAnalysisChains.dutch();
    }
}
