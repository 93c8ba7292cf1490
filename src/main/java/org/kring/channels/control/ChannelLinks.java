package org.kring.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Short links that admins make per channel (a newsletter, the web site, a receipt's QR code, a social account):
 * {@code /c/{code}} leads to a page inside Kring and counts the visit under the link's channel. Every change is in
 * the admin audit log. A community has tens of them: read whole.
 */
@ApplicationScoped
public class ChannelLinks {

    public static final String AUDIT_TYPE = "CHANNEL_LINK";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** A path on this site: one leading slash (not "//host"), no back-slash, white space or control character. */
    private static final Pattern TARGET = Pattern.compile("/(?![/\\\\])[^\\s\\\\\\p{Cntrl}]{0,299}");

    /** A short link: {@code /c/{code}} leads to {@code target} and counts under {@code channel}. */
    public record Link(long id, String code, String channel, String target, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminLog log;

    public List<Link> all() {
        return select("order by channel, code", null);
    }

    public Optional<Link> byCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return select("where code = ?1", code).stream().findFirst();
    }

    /** A new link; 400 naming code, channel or target; 409 on code when it is taken. */
    @Transactional
    public Link create(String code, String channel, String target, long adminId) {
        String path = target == null || target.isBlank() ? "/" : target.strip();
        Optional<String> name = ChannelName.of(channel);
        InvalidInput.check()
                .that("code", code != null && CODE.matcher(code).matches(), "must be 1–40 lower-case letters, digits or hyphens")
                .that("channel", name.isPresent(), "must name the channel (letters, digits, at most 40 characters)")
                .that("target", TARGET.matcher(path).matches(), "must be a path on this site, starting with one /")
                .orThrow();
        if (byCode(code).isPresent()) {
            throw new Conflict("The short link /c/" + code + " exists already.", "code", "is taken");
        }
        long id = ((Number) em.createNativeQuery("select nextval('channel_link_seq')").getSingleResult()).longValue();
        Instant now = Instant.now();
        em.createNativeQuery("insert into channel_link (id, code, channel, target, created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, code).setParameter(3, name.get()).setParameter(4, path)
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).setParameter(6, adminId).executeUpdate();
        Link link = new Link(id, code, name.get(), path, now);
        log.record(adminId, "CHANNEL_LINK_CREATED", AUDIT_TYPE, id, null, describe(link));
        return link;
    }

    /** Removes a link (its counts stay: they are per channel, not per link); 404 when there is none. */
    @Transactional
    public void delete(long id, long adminId) {
        Link link = select("where id = ?1", id).stream().findFirst().orElseThrow(() -> new NotFound("There is no short link " + id + "."));
        em.createNativeQuery("delete from channel_link where id = ?1").setParameter(1, id).executeUpdate();
        log.record(adminId, "CHANNEL_LINK_DELETED", AUDIT_TYPE, id, describe(link), null);
    }

    private static String describe(Link link) {
        return "/c/" + link.code() + " → " + link.target() + " (" + link.channel() + ")";
    }

    private List<Link> select(String rest, Object parameter) {
        var query = em.createNativeQuery("select id, code, channel, target, created_at from channel_link " + rest);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> link((Object[]) r)).toList();
    }

    private static Link link(Object[] r) {
        Object at = r[4];
        Instant created = at instanceof OffsetDateTime o ? o.toInstant() : at instanceof java.sql.Timestamp t ? t.toInstant()
                : (Instant) at;
        return new Link(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], created);
    }
}
