package org.kring.platform.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.settings.SettingOverrides;

/**
 * How long a new member's contributions wait for a moderator (pre-moderation): their first N contributions until that
 * many were published, and everything in their first D days; 0 switches either off (the default). The environment
 * (KRING_MODERATION_HOLD_FIRST_...) sets them; an admin may change them on the settings page without a restart.
 */
@ApplicationScoped
public class NewMemberHold {

    public static final String FIRST_CONTRIBUTIONS = "kring.moderation.hold-first-contributions";
    public static final String FIRST_DAYS = "kring.moderation.hold-first-days";
    /** The most either setting may be (contributions, days). */
    public static final int MAX = 1_000;

    @Inject
    @ConfigProperty(name = FIRST_CONTRIBUTIONS, defaultValue = "0")
    int firstContributions;

    @Inject
    @ConfigProperty(name = FIRST_DAYS, defaultValue = "0")
    int firstDays;

    @Inject
    SettingOverrides overrides;

    /** How many of a new member's contributions wait (0: none). */
    public int firstContributions() {
        return Math.max(0, overrides.get(FIRST_CONTRIBUTIONS).map(Integer::parseInt).orElse(firstContributions));
    }

    /** How long after signing up a member's contributions wait (zero: not at all). */
    public Duration firstDays() {
        return Duration.ofDays(Math.max(0, overrides.get(FIRST_DAYS).map(Integer::parseInt).orElse(firstDays)));
    }
}
