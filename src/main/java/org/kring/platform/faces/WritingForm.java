package org.kring.platform.faces;

import jakarta.inject.Inject;
import java.io.Serializable;

/** What every "write something new" page asks: a title, a Markdown body and its language (the reader's by default). */
public abstract class WritingForm implements Serializable {

    @Inject
    protected LocaleBean locale;

    private String title;
    private String body;
    private String language;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
