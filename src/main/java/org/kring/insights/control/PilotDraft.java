package org.kring.insights.control;

/** A matrix item chosen as a pilot: itemType idea or insight, its id, the start date (yyyy-mm-dd), the expected return. */
public record PilotDraft(String itemType, Long itemId, String startDate, String expectedReturn) {
}
