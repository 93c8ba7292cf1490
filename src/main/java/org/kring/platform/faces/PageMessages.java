package org.kring.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;
import org.kring.platform.problems.Refusal;
import org.kring.platform.problems.TooManyRequests;

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
            String message = invalid.pageText(error.field()).map(t -> text(t.key(), t.arguments().toArray()))
                    .orElseGet(() -> textOr("invalid." + error.field(), error.reason()));
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.validationFailed();
    }

    /**
     * Runs a member's write and shows a refusal on the page: refused input next to its fields (fields as in
     * {@link #fieldErrors}), the rate limit at the top, and any other refusal (not yours, not in this state,
     * gone, logged out) at the top with the text of {@code refusedKey}. True when the write went through.
     */
    public static boolean attempt(Runnable write, Map<String, String> fields, String refusedKey) {
        try {
            write.run();
            return true;
        } catch (InvalidInput invalid) {
            fieldErrors(invalid, fields);
        } catch (TooManyRequests e) {
            global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
        } catch (Refusal e) {
            global(FacesMessage.SEVERITY_ERROR, refusedKey);
        }
        return false;
    }

    /** {@link #attempt(Runnable, Map, String)} with a general "that is not possible" text. */
    public static boolean attempt(Runnable write, Map<String, String> fields) {
        return attempt(write, fields, "error.refused");
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
