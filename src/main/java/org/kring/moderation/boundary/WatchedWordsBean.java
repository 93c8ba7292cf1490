package org.kring.moderation.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kring.members.control.CurrentMember;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.boundary.WatchedWordsResource.WatchedWordView;
import org.kring.moderation.control.WatchedWords;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;

/**
 * The admins' list of watched words (watched-words.xhtml): add a word with its language and action, remove one. Thin:
 * the rules are {@link WatchedWords}'. Visitors are sent to log in, everyone but admins gets a 404.
 */
@Named
@ViewScoped
public class WatchedWordsBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("word", "words-form:word", "language", "words-form:language",
            "action", "words-form:action", "replacement", "words-form:replacement");

    @Inject
    CurrentMember current;

    @Inject
    WatchedWords words;

    private List<WatchedWordView> list = List.of();
    private String word;
    private String language = "any";
    private String action = "HOLD";
    private String replacement;

    /** View action: admins only. */
    public void load() {
        if (current.id().isEmpty()) {
            Pages.login("/watched-words.xhtml");
            return;
        }
        if (!current.hasRole(Role.ADMIN)) {
            Pages.notFound();
            return;
        }
        refresh();
    }

    public void add() {
        long admin = current.requireRole(Role.ADMIN);
        if (PageMessages.attempt(() -> words.add(new WatchedWords.WordInput(word, language, action, replacement), admin), FIELDS,
                "watched.exists")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "watched.added", word.strip());
            word = null;
            replacement = null;
        }
        refresh();
    }

    public void remove(long id) {
        current.requireRole(Role.ADMIN);
        PageMessages.attempt(() -> words.remove(id), Map.of());
        refresh();
    }

    private void refresh() {
        list = words.list().stream().map(WatchedWordView::of).toList();
    }

    public List<WatchedWordView> getList() {
        return list;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
