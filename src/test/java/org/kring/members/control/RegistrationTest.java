package org.kring.members.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.Problem;

class RegistrationTest {

    private static List<String> refusedFields(String email, String name, String password) {
        try {
            new Registration(email, name, password, null, null, null).check().orThrow();
            return List.of();
        } catch (InvalidInput refused) {
            return refused.errors().stream().map(Problem.FieldError::field).toList();
        }
    }

    @Test
    void aLongPhraseWithoutCompositionRulesIsAGoodPassword() {
        assertThat(refusedFields("fenna@x.nl", "Fenna Fiets", "fietsen langs de gracht in mei")).isEmpty();
        assertThat(refusedFields("fenna@x.nl", "Fenna Fiets", "ééééüüüü ğ ʃ 日本")).isEmpty();
    }

    @Test
    void passwordsAttackersTryFirstAreRefused() {
        for (String common : List.of("1234567890", "Wachtwoord123", "QWERTYUIOP", "aaaaaaaaaaaa", "abababababab")) {
            assertThat(refusedFields("fenna@x.nl", "Fenna Fiets", common)).as(common).containsExactly("password");
        }
    }

    @Test
    void aPasswordWithTheMembersNameOrAddressIsRefused() {
        assertThat(refusedFields("fenna.fiets@x.nl", "Fenna", "fenna.fiets2026!")).containsExactly("password");
        assertThat(refusedFields("ff@x.nl", "Fenna Fiets", "ik ben Fenna Fiets")).containsExactly("password");
    }

    @Test
    void namesThatHideOrReverseTextAreRefused() {
        for (String name : List.of("Anna\u202Enav", "Bram\u200B", "Carla\u2066x\u2069", "Do\u00ADris")) {
            assertThat(refusedFields("a@x.nl", name, "een goede lange zin")).as(name).containsExactly("displayName");
        }
    }

    @Test
    void namesThatPassForStaffAreRefusedHoweverTheyAreSpelled() {
        for (String name : List.of("Admin", "A.d.m.1.n", "Adrnin Kring", "Kring Team", "Moderator Mia", "De Beheerder",
                "Klantenservice", "Officieel")) {
            assertThat(refusedFields("a@x.nl", name, "een goede lange zin")).as(name).containsExactly("displayName");
        }
        for (String name : List.of("Fenna Fiets", "Bernard", "Team Oost", "Jan 1985")) {
            assertThat(refusedFields("a@x.nl", name, "een goede lange zin")).as(name).isEmpty();
        }
    }
}
