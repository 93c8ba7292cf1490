package org.kring.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.config.KringConfig;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.moderation.NewMemberHold;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.platform.settings.StoredSettings;

/**
 * The settings admins may change without a restart: the branding, the write limits and the pre-moderation of new
 * members. The environment stays the
 * default; a stored value overrides it until it is removed (an empty value). Each change is in the admin audit log.
 */
@ApplicationScoped
public class Settings {

    /** Write limits are whole numbers in this range (per hour or minute, see WriteRateLimiter.Kind). */
    public static final int MAX_LIMIT = 1_000_000;

    /** A setting: its name, what counts now, what the environment says (null: its default) and whether it is stored. */
    public record Entry(String name, String value, String environment, boolean stored) implements Serializable {
    }

    /** Every name that may be stored, branding first. */
    public static final List<String> NAMES = Stream.of(
            Stream.of(KringConfig.BRAND_NAME, KringConfig.BRAND_LOGO, KringConfig.BRAND_COLOR, KringConfig.BRAND_COLOR_DARK),
            Arrays.stream(WriteRateLimiter.Kind.values()).map(k -> k.setting),
            Stream.of(NewMemberHold.FIRST_CONTRIBUTIONS, NewMemberHold.FIRST_DAYS)).flatMap(names -> names).toList();

    @Inject
    StoredSettings stored;

    @Inject
    KringConfig config;

    @Inject
    WriteRateLimiter limiter;

    @Inject
    NewMemberHold newMembers;

    @Inject
    AdminLog log;

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (String name : NAMES) {
            Optional<String> own = stored.get(name);
            entries.add(new Entry(name, own.orElse(effective(name)),
                    ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null), own.isPresent()));
        }
        return entries;
    }

    /**
     * Stores the given values (null or blank: back to the environment's); names left out stay as they are. Refuses
     * unknown names and bad values field by field (the field is the setting's name) and changes nothing then.
     */
    @Transactional
    public List<Entry> change(Map<String, String> values, long adminId) {
        InvalidInput.Checks checks = InvalidInput.check();
        Map<String, String> clean = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String v = value == null || value.isBlank() ? null : value.strip();
            checks.that(name, NAMES.contains(name), "is not a setting; one of " + NAMES);
            if (v != null && NAMES.contains(name)) {
                check(checks, name, v);
            }
            clean.put(name, v);
        });
        checks.orThrow();
        clean.forEach((name, value) -> {
            String before = stored.put(name, value, adminId);
            if (!Objects.equals(before, value)) { // settings have no id: the name is in the states
                log.record(adminId, "SETTING_CHANGED", "SETTING", 0, name + "=" + before, name + "=" + value);
            }
        });
        return all();
    }

    private static void check(InvalidInput.Checks checks, String name, String value) {
        switch (name) {
            case KringConfig.BRAND_NAME -> checks.text(name, value, 1, 60);
            case KringConfig.BRAND_LOGO -> checks.text(name, value, 1, 400)
                    .that(name, KringConfig.isSafeUrl(value), "must be an https:// URL or a path on this site (/logo.svg)");
            case KringConfig.BRAND_COLOR, KringConfig.BRAND_COLOR_DARK -> checks.that(name, KringConfig.color(value, null) != null,
                    "must be a colour as #rrggbb");
            case NewMemberHold.FIRST_CONTRIBUTIONS, NewMemberHold.FIRST_DAYS -> checks.that(name, value.matches("[0-9]{1,4}")
                    && Integer.parseInt(value) <= NewMemberHold.MAX, "must be a whole number from 0 (off) to " + NewMemberHold.MAX);
            default -> checks.that(name, value.matches("[0-9]{1,7}") && Integer.parseInt(value) >= 1
                    && Integer.parseInt(value) <= MAX_LIMIT, "must be a whole number from 1 to " + MAX_LIMIT);
        }
    }

    /** What counts now for a name, through the same code that uses it. */
    private String effective(String name) {
        return switch (name) {
            case KringConfig.BRAND_NAME -> config.brandName();
            case KringConfig.BRAND_LOGO -> config.brandLogo();
            case KringConfig.BRAND_COLOR -> config.brandColor();
            case KringConfig.BRAND_COLOR_DARK -> config.brandColorDark();
            case NewMemberHold.FIRST_CONTRIBUTIONS -> String.valueOf(newMembers.firstContributions());
            case NewMemberHold.FIRST_DAYS -> String.valueOf(newMembers.firstDays().toDays());
            default -> String.valueOf(limiter.limit(Arrays.stream(WriteRateLimiter.Kind.values())
                    .filter(k -> k.setting.equals(name)).findFirst().orElseThrow()));
        };
    }
}
