package org.kring.insights.entity;

/** Where a saved insight stands: its owner's draft, shared with colleagues, or acted on by the company. */
public enum InsightState {
    DRAFT, SHARED, ACTED_ON;

    /** The literal for a JPQL query. */
    public String jpql() {
        return InsightState.class.getName() + "." + name();
    }
}
