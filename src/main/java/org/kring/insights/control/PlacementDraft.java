package org.kring.insights.control;

/**
 * An item's place on the matrix: valueMode MANUAL (manualValue 0–10) or RICE (impact 0.25, 0.5, 1, 2 or 3; confidence
 * 0–100 %;
 * reachBasis MEMBERS, the default, or SEGMENTS: reach is computed from votes and segments); effort in person-weeks (more than 0, at most 1,000) with an optional note.
 */
public record PlacementDraft(String valueMode, Integer manualValue, Double impact, Integer confidence, String reachBasis,
                             Double effort, String effortNote) {
}
