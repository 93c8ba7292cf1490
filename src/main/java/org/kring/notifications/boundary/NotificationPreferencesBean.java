package org.kring.notifications.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.notifications.control.Preferences;
import org.kring.notifications.entity.Delivery;
import org.kring.platform.faces.PageMessages;

/** The notification preferences page: per kind, how my e-mails come (the API's rules, through {@link Preferences}). */
@Named
@ViewScoped
public class NotificationPreferencesBean implements Serializable {

    /** One kind's row: its name and the delivery chosen (the select's value). */
    public static final class Choice implements Serializable {
        private final String kind;
        private String delivery;

        Choice(String kind, String delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public String getKind() {
            return kind;
        }

        public String getDelivery() {
            return delivery;
        }

        public void setDelivery(String delivery) {
            this.delivery = delivery;
        }
    }

    @Inject
    Preferences preferences;

    @Inject
    CurrentMember current;

    private final List<Choice> choices = new ArrayList<>();

    /** View action: my choices now (the page asks visitors to log in). */
    public void load() {
        current.id().ifPresent(me -> {
            choices.clear();
            preferences.of(me).forEach((kind, delivery) -> choices.add(new Choice(kind.name(), delivery.name())));
        });
    }

    public void save() {
        long me = current.requireId();
        Map<String, String> email = new LinkedHashMap<>();
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            email.put(choices.get(i).getKind(), choices.get(i).getDelivery());
            fields.put("email." + choices.get(i).getKind(), "preferences:kinds:" + i + ":delivery");
        }
        if (PageMessages.attempt(() -> preferences.change(me, email), fields)) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "preferences.saved");
        }
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public List<String> getDeliveries() {
        return Arrays.stream(Delivery.values()).map(Delivery::name).toList();
    }
}
