package org.kring.search.control;

import java.util.Map;
import org.kring.members.entity.Member;

/**
 * The author's segment in a contribution's document (age_band, region, customer_type): the member's profile as it is
 * now, so the insight workbench can filter and compare segments. Each feature that writes documents adds them here,
 * and writes its author's contributions to the outbox again when a member changes the profile (ProfileChanged).
 */
public final class SegmentFields {

    private SegmentFields() {
    }

    public static void add(Map<String, Object> document, Member author) {
        putIfPresent(document, "age_band", author.getAgeBand());
        putIfPresent(document, "region", author.getRegion());
        putIfPresent(document, "customer_type", author.getCustomerType());
    }

    private static void putIfPresent(Map<String, Object> document, String field, String value) {
        if (value != null) {
            document.put(field, value);
        }
    }
}
