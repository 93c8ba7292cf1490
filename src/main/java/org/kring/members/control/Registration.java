package org.kring.members.control;

import java.util.regex.Pattern;
import org.kring.platform.problems.InvalidInput;

/** What a new member gives, through the API or the registration page, and the rules it must meet. */
public record Registration(String email, String displayName, String password,
                           String ageBand, String region, String customerType) {

    /** One @, something before it, a dot in the domain, no spaces: the mail itself proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The rules of a registration; a 400 naming each bad field. */
    public InvalidInput.Checks check() {
        String normalised = Members.normaliseEmail(email);
        return new Profile(ageBand, region, customerType).check(InvalidInput.check()
                .that("email", normalised != null && !normalised.isEmpty(), "must not be empty")
                .that("email", normalised == null || normalised.isEmpty()
                        || normalised.length() <= 254 && EMAIL.matcher(normalised).matches(),
                        "must be a valid email address of at most 254 characters")
                .text("displayName", displayName, DisplayNameRules.MIN, DisplayNameRules.MAX)
                .that("displayName", DisplayNameRules.refusal(displayName) == null, DisplayNameRules.refusal(displayName))
                .that("password", PasswordRules.refusal(password, normalised, displayName) == null,
                        PasswordRules.refusal(password, normalised, displayName)));
    }
}
