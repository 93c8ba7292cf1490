package org.kring.channels.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kring.channels.control.ChannelLinks;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.platform.faces.PageMessages;

/** The admins' channels page: the short links per channel, a form that makes one, and delete. */
@Named
@ViewScoped
public class AdminChannelsBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("code", "link:code", "channel", "link:channel", "target", "link:target");

    @Inject
    CurrentMember member;
    @Inject
    ChannelLinks links;

    private boolean allowed;
    private List<ChannelLinks.Link> list = List.of();
    private String code;
    private String channel;
    private String target = "/";

    /** View action: admins only (others see why not). */
    public void load() {
        allowed = member.hasRole(Role.ADMIN);
        if (allowed) {
            list = links.all();
        }
    }

    public void create() {
        long admin = member.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> links.create(code, channel, target, admin), FIELDS)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "admin.channels.created");
            code = null;
            channel = null;
            target = "/";
            list = links.all();
        }
    }

    public void delete(long id) {
        long admin = member.requireRole(Role.ADMIN);
        PageMessages.attempt(() -> links.delete(id, admin), Map.of());
        list = links.all();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<ChannelLinks.Link> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
