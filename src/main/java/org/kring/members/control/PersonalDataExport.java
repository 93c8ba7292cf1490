package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import org.kring.platform.privacy.PersonalData;

/**
 * Everything Kring holds about a member, as one JSON document (GDPR art. 15 and 20): each feature writes its own
 * share ({@link PersonalData}); rows are streamed, so a long-standing member's export takes no more memory than a
 * new one's. Read in one transaction, so the shares agree with each other.
 */
@ApplicationScoped
public class PersonalDataExport {

    @Inject
    @Any
    Instance<PersonalData> shares;

    Clock clock = Clock.systemUTC();

    @Transactional
    public void write(long memberId, OutputStream to) {
        try (JsonGenerator out = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(to)) {
            out.writeStartObject();
            out.write("memberId", memberId);
            out.write("exportedAt", clock.instant().toString());
            shares.stream().sorted(Comparator.comparing(PersonalData::section)).forEach(share -> {
                out.writeKey(share.section());
                share.export(memberId, out);
            });
            out.writeEnd();
        }
    }
}
