package org.kring.settings.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.settings.control.Settings;

/** The branding and write limits for admins: what counts now, and storing values that override the environment. */
@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /** Every setting that may be stored. */
    public record SettingList(List<Settings.Entry> settings) {
    }

    /** The values to store, by name; null or "" goes back to the environment's; names left out stay. */
    public record SettingsChange(Map<String, String> settings) {
    }

    static final String LIST_EXAMPLE = """
            {"settings": [{"name": "kring.brand.name", "value": "Buurtwinkel", "environment": "Kring", "stored": true},
              {"name": "kring.brand.color", "value": "#0b5cad", "environment": null, "stored": false},
              {"name": "kring.rate-limit.ideas-per-hour", "value": "5", "environment": "20", "stored": true}]}""";

    static final String CHANGE_EXAMPLE = """
            {"settings": {"kring.brand.name": "Buurtwinkel", "kring.rate-limit.ideas-per-hour": "5", "kring.brand.logo": null}}""";

    private static final String NAMES = "kring.brand.name (1–60 characters), kring.brand.logo (https:// or a path on this site), "
            + "kring.brand.color and kring.brand.color-dark (#rrggbb), and the write limits kring.rate-limit.ideas-per-hour, "
            + "posts-per-minute, votes-per-minute, edits-per-minute, reactions-per-minute, anonymous-searches-per-minute, "
            + "signups-per-hour, signups-per-hour-per-network (1–1,000,000)";

    @Inject
    CurrentMember member;

    @Inject
    Settings settings;

    @GET
    @Operation(summary = "The branding and write limits (admins)",
            description = "value: what counts now; environment: the environment's value (null: Kring's default); stored: "
                    + "an admin's value overrides the environment's.")
    @APIResponse(responseCode = "200", description = "Every setting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingList.class),
                    examples = @ExampleObject(name = "a renamed community with fewer ideas per hour", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public SettingList list() {
        member.requireRole(Role.ADMIN);
        return new SettingList(settings.all());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store settings that override the environment (admins)",
            description = "Counts without a restart: at once on this server, within 5 seconds on the others of a cluster. "
                    + "Names: " + NAMES + ". Every change is in the admin audit log.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsChange.class),
            examples = @ExampleObject(name = "rename, limit, logo back to the environment's", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Stored; every setting as it counts now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingList.class),
                    examples = @ExampleObject(name = "after the change", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "An unknown name or a bad value; the field is the setting's name")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public SettingList change(SettingsChange change) {
        long admin = member.requireRole(Role.ADMIN);
        return new SettingList(settings.change(change == null || change.settings() == null ? Map.of() : change.settings(), admin));
    }
}
