package org.kring.platform.text;

import java.util.Locale;
import java.util.Set;

/** Kring's texts come in Dutch and English; Dutch readers get the Dutch one, everyone else the English one. */
public final class Bilingual {

    /** The languages a contribution may be written in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "en");

    private Bilingual() {
    }

    public static String pick(Locale reader, String dutch, String english) {
        return "nl".equals(reader.getLanguage()) ? dutch : english;
    }
}
