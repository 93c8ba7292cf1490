package org.kring.platform.settings;

import java.util.Optional;

/** Where a value the environment sets may be overridden by an admin: the stored settings (tests give a map). */
@FunctionalInterface
public interface SettingOverrides {

    /** The overriding value of this MicroProfile Config name, or empty (the environment's counts). */
    Optional<String> get(String name);
}
