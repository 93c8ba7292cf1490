package org.kring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;

/**
 * Messages for the reader, from the bundles in the reader's language. A control's {@link InvalidInput}
 * names fields; each is shown next to its field: the field name maps to a component id, and the text
 * comes from the bundle key {@code invalid.<field>} (the control's own English reason when there is none).
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** The bundle text of this key in the reader's language, with {0}, {1}, ... filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    private static String textOr(String key, String fallback) {
        try {
            return text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Shows each refused field next to its component: fields maps field names to client ids. */
    public static void fieldErrors(InvalidInput invalid, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem.FieldError error : invalid.errors()) {
            String clientId = fields.get(error.field());
            String message = textOr("invalid." + error.field(), error.reason());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.validationFailed();
    }

    /** A message for the whole page (shown at the top of the form), from the bundle. */
    public static void global(FacesMessage.Severity severity, String key, Object... arguments) {
        String message = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, message));
    }

    /** A message for one component, from the bundle. */
    public static void on(String clientId, String key, Object... arguments) {
        String message = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
