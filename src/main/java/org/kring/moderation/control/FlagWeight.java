package org.kring.moderation.control;

import java.math.BigDecimal;

/**
 * What one flag adds to an item's score, and why. A member starts at 1; each earlier flag of theirs that a
 * moderator upheld adds a quarter (at most +1), each rejected one takes a quarter off (at least 0.5 left); a
 * moderator's flag weighs 2. Quarters add up exactly, so a score is the exact sum of its flags.
 */
public record FlagWeight(BigDecimal weight, String basis) {

    static final BigDecimal STAFF = BigDecimal.valueOf(2);
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal MIN = new BigDecimal("0.5");

    public static FlagWeight of(boolean staff, long upheld, long rejected) {
        if (staff) {
            return new FlagWeight(STAFF, "moderator");
        }
        BigDecimal weight = BigDecimal.ONE.add(QUARTER.multiply(BigDecimal.valueOf(Math.min(upheld, 4))))
                .subtract(QUARTER.multiply(BigDecimal.valueOf(rejected)));
        weight = weight.max(MIN);
        String basis = upheld == 0 && rejected == 0 ? "member"
                : "member, " + upheld + " upheld, " + rejected + " rejected";
        return new FlagWeight(weight, basis);
    }

    /** A number as the explanation shows it: 1, 1.25, 2. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
