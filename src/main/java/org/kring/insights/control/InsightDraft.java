package org.kring.insights.control;

import java.util.List;

/**
 * What an analyst sends to save or change an insight. state: DRAFT (default), SHARED or ACTED_ON; filter: the
 * workbench's query string; evidence: quotes to add along with a new insight.
 */
public record InsightDraft(String title, String statement, String filter, List<String> tags, String state,
                           List<Long> ideaIds, List<QuoteDraft> evidence) {
}
