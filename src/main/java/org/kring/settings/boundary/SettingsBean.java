package org.kring.settings.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.PageMessages;
import org.kring.settings.control.Settings;

/**
 * The admins' settings page: each setting with what counts now and the environment's value; a filled-in field stores
 * a value that overrides the environment, an emptied one goes back to it.
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    @Inject
    CurrentMember member;

    @Inject
    Settings settings;

    private boolean allowed;
    private List<Settings.Entry> entries = List.of();
    /** The form's value per setting name: the stored value, or empty for the environment's. */
    private final Map<String, String> values = new LinkedHashMap<>();

    /** View action: admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (allowed) {
            show(settings.all());
        }
    }

    public void save() {
        long admin = member.requireRole(Role.ADMIN);
        Map<String, String> fields = Settings.NAMES.stream().collect(Collectors.toMap(Function.identity(), SettingsBean::clientId));
        if (PageMessages.attempt(() -> settings.change(new LinkedHashMap<>(values), admin), fields)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "settings.saved");
            show(settings.all());
        }
    }

    private void show(List<Settings.Entry> now) {
        entries = now;
        values.clear();
        now.forEach(e -> values.put(e.name(), e.stored() ? e.value() : ""));
    }

    /** The client id of a setting's field: admin-settings.xhtml names each field after the setting, dots as hyphens. */
    private static String clientId(String name) {
        return "settings:" + name.replace("kring.", "").replace('.', '-');
    }

    /** What counts now for this name, for the hint next to its field. */
    public String current(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Settings.Entry::value).findFirst().orElse("");
    }

    /** The environment's value for this name (empty: Kring's default). */
    public String environment(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Settings.Entry::environment)
                .filter(v -> v != null).findFirst().orElse("");
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<Settings.Entry> getEntries() {
        return entries;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
