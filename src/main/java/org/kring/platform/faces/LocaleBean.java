package org.kring.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The reader's language (nl or en): from the browser at first, then from the language switch. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    /** The zone of the community's dates on pages (and of the moments admins type in). */
    public static final ZoneId COMMUNITY_ZONE = ZoneId.of("Europe/Amsterdam");
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.of("nl");
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the page the reader is on. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.of("nl");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** A date as readers of this language write it, in the community's time zone. */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(COMMUNITY_ZONE).format(instant);
    }

    /** A date and time as readers of this language write them, in the community's time zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(COMMUNITY_ZONE).format(instant);
    }

    /** A number as readers of this language write it (1.234 in Dutch, 1,234 in English). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }
}
