package org.kring.webhooks.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.PageMessages;
import org.kring.webhooks.control.Webhooks;
import org.kring.webhooks.entity.Webhook;
import org.kring.webhooks.entity.WebhookEvent;

/**
 * The admins' webhook page: the hooks, adding one (its secret shown once), switching one on or off, deleting it, and
 * a hook's delivery log ({@code ?hook=}) with redelivery. The same control as the API, so the same rules.
 */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {

    static final int LOG_PAGE = 20;
    private static final Map<String, String> FIELDS = Map.of("url", "add:url", "events", "add:events", "voteThreshold", "add:threshold");

    @Inject
    CurrentMember member;

    @Inject
    Webhooks webhooks;

    private boolean allowed;
    private List<WebhookViews.HookView> hooks = List.of();
    private String hookParam;
    private String beforeParam;
    private WebhookViews.HookView selected;
    private WebhookViews.DeliveryPage log;
    private String url;
    private List<String> events = new ArrayList<>();
    private Integer threshold;
    private String newSecret;

    /** View action: the hooks and, with {@code ?hook=}, that hook's log; admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (!allowed) {
            return;
        }
        hooks = webhooks.list().stream().map(h -> WebhookViews.HookView.of(h, null)).toList();
        Long hook = number(hookParam);
        selected = hook == null ? null : hooks.stream().filter(h -> h.id() == hook).findFirst().orElse(null);
        log = selected == null ? null : WebhookViews.DeliveryPage.of(webhooks.deliveries(selected.id(), number(beforeParam), LOG_PAGE));
    }

    public void add() {
        member.requireRole(Role.ADMIN);
        Webhooks.Draft draft = new Webhooks.Draft(url, events, threshold, true, false);
        String[] secret = new String[1];
        if (PageMessages.attempt(() -> secret[0] = webhooks.create(draft).newSecret(), FIELDS)) {
            newSecret = secret[0];
            url = null;
            events = new ArrayList<>();
            threshold = null;
            PageMessages.global(FacesMessage.SEVERITY_INFO, "webhooks.added");
            load();
        }
    }

    /** Switches a hook on (its failure count starts afresh, what waited goes out) or off. */
    public void toggle(long id) {
        member.requireRole(Role.ADMIN);
        Webhook hook = webhooks.require(id);
        List<String> names = hook.getEvents().stream().map(WebhookEvent::wireName).toList();
        if (PageMessages.attempt(() -> webhooks.update(id, new Webhooks.Draft(hook.getUrl(), names, hook.getVoteThreshold(),
                !hook.isEnabled(), false)), Map.of())) {
            load();
        }
    }

    public void delete(long id) {
        member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> webhooks.delete(id), Map.of())) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "webhooks.deleted");
            hookParam = null;
            load();
        }
    }

    public void redeliver(long deliveryId) {
        member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> webhooks.redeliver(deliveryId), Map.of(), "webhooks.redeliverRefused")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "webhooks.redelivered");
            beforeParam = null;
            load();
        }
    }

    /** The events an admin can choose, by their wire names. */
    public List<String> getEventChoices() {
        return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<WebhookViews.HookView> getHooks() {
        return hooks;
    }

    public WebhookViews.HookView getSelected() {
        return selected;
    }

    public WebhookViews.DeliveryPage getLog() {
        return log;
    }

    public String getHookParam() {
        return hookParam;
    }

    public void setHookParam(String hookParam) {
        this.hookParam = hookParam;
    }

    public String getBeforeParam() {
        return beforeParam;
    }

    public void setBeforeParam(String beforeParam) {
        this.beforeParam = beforeParam;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }

    public String getNewSecret() {
        return newSecret;
    }
}
