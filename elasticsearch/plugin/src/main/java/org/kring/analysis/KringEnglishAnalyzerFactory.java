package org.kring.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code kring_english} analyzer: English possessives, stop words and Porter stemming, then ASCII folding. */
@NamedComponent(KringEnglishAnalyzerFactory.NAME)
public class KringEnglishAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "kring_english";

    @Override
    public Analyzer create() {
        return KringAnalysisChains.english();
    }
}
