package org.kring.platform.privacy;

import jakarta.json.stream.JsonGenerator;

/**
 * One feature's share of what Kring holds about a member, for the member's right to get it (export) and to have it
 * erased. Every feature with rows that point at a member implements this for its own tables (as a CDI bean), so the
 * members feature can export and erase an account without knowing the features above it, and a new feature with
 * personal data adds its own implementation instead of a rule somewhere else.
 */
public interface PersonalData {

    /** The name of this share in the export, e.g. "ideas". */
    String section();

    /** Writes this member's data as the value of {@link #section()}: an array or object, started and ended here. */
    void export(long memberId, JsonGenerator out);

    /**
     * The member is leaving: their personal rows of this feature are deleted; what they contributed to the community
     * (content, votes, likes) is handed to {@code formerMemberId}, a placeholder with no personal data that stands in
     * for them, or, for content when {@code deleteContent}, emptied as a deleted post is. Runs in the erasure's
     * transaction; must leave every counter exact.
     */
    void handOver(long memberId, long formerMemberId, boolean deleteContent);
}
