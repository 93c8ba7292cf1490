package org.kring.notifications.control;

import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;

/**
 * What the weekly internal digest for staff tells (issue 14, item 9): notifications only mails it; a higher feature
 * (insights) knows what the community did that week and implements this. Read when the mail is written.
 */
public interface StaffDigestContent {

    /** A line of a section: its text and the page it leads to (a path on the site). */
    record Line(String text, String link) {
    }

    /** A titled part of the digest; a section without lines says so in {@code empty}. */
    record Section(String heading, List<Line> lines, String empty) {
    }

    /** The sections for the week up to {@code weekEnd}, in the bundle's language. */
    List<Section> sections(Instant weekEnd, ResourceBundle bundle);
}
