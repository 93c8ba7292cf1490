package org.kring.insights.control;

/**
 * An item's place on the matrix: valueMode MANUAL (manualValue 0–10) or RICE (impact 0.25, 0.5, 1, 2 or 3; confidence
 * 0–100 %; reach is computed from votes); effort in person-weeks (more than 0, at most 1,000) with an optional note.
 */
public record PlacementDraft(String valueMode, Integer manualValue, Double impact, Integer confidence, Double effort,
                             String effortNote) {
}
