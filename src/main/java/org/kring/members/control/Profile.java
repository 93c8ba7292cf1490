package org.kring.members.control;

import org.kring.platform.problems.InvalidInput;

/** A member's optional profile attributes (their segment): given at registration, changed later on the profile. */
public record Profile(String ageBand, String region, String customerType) {

    /** The rules of the attributes, added to {@code checks}: each may be empty. */
    public InvalidInput.Checks check(InvalidInput.Checks checks) {
        return checks
                .that("ageBand", ageBand == null || Members.AGE_BANDS.contains(ageBand), "must be one of " + Members.AGE_BANDS)
                .that("region", region == null || region.strip().length() <= 60, "must be at most 60 characters")
                .that("customerType", customerType == null || Members.CUSTOMER_TYPES.contains(customerType),
                        "must be one of " + Members.CUSTOMER_TYPES);
    }
}
