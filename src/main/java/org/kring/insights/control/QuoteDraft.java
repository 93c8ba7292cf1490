package org.kring.insights.control;

/** A passage to keep as evidence: sourceType idea or post, the source's id, and the passage as it stands there. */
public record QuoteDraft(String sourceType, Long sourceId, String quote) {
}
