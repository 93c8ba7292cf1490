package org.kring.channels.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.ideas.control.IdeaPosted;
import org.kring.members.control.SignedUp;
import org.kring.platform.imports.ImportContext;
import org.kring.threads.control.PostWritten;
import org.kring.votes.control.IdeaVoted;

/**
 * Counts per channel and month: visits (a landing with a channel), and the sign-ups, ideas, votes and posts made in a
 * visit that came through a channel. A counter row per month, channel and kind, raised by one update inside the
 * writing transaction (so it counts exactly what committed); a write without a channel costs nothing but reading the
 * session. No member or visitor is stored, only the totals.
 */
@ApplicationScoped
public class ChannelCounts {

    /** Channels that links may name in one month; a month's further new names count as {@value #OTHER}. */
    public static final int MAX_CHANNELS_PER_MONTH = 100;
    public static final String OTHER = "other";

    public enum Kind { VISIT, SIGNUP, IDEA, VOTE, POST }

    /** One channel in one month (yyyy-MM). */
    public record ChannelMonth(String month, String channel, long visits, long signUps, long ideas, long votes, long posts) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    VisitChannel visit;
    @Inject
    ImportContext imports;

    /**
     * A visit landed with this channel (a link's utm values, or a short link: {@code named} by an admin). Counts the
     * visit and answers the channel to remember for it: a name a link made up is counted as {@value #OTHER} once the
     * month already has {@value #MAX_CHANNELS_PER_MONTH} channels, so nobody fills the table by inventing names.
     */
    @Transactional
    public String landed(String channel, boolean named) {
        Date month = month(Instant.now());
        String counted = channel;
        if (!named) {
            Object[] seen = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(case when channel = ?2 then 1 else 0 end), 0) "
                            + "from channel_count where month = ?1 and kind = 'VISIT'")
                    .setParameter(1, month).setParameter(2, channel).getSingleResult();
            if (((Number) seen[1]).longValue() == 0 && ((Number) seen[0]).longValue() >= MAX_CHANNELS_PER_MONTH) {
                counted = OTHER;
            }
        }
        add(month, counted, Kind.VISIT);
        return counted;
    }

    void signedUp(@Observes SignedUp event) {
        count(Kind.SIGNUP);
    }

    void ideaPosted(@Observes IdeaPosted event) {
        count(Kind.IDEA);
    }

    void voted(@Observes IdeaVoted event) {
        count(Kind.VOTE);
    }

    void postWritten(@Observes PostWritten event) {
        count(Kind.POST);
    }

    /** Inside the writing transaction: one update when the visit has a channel, nothing otherwise. */
    private void count(Kind kind) {
        if (imports.importing()) {
            return;
        }
        Optional<String> channel;
        try {
            channel = visit.current();
        } catch (ContextNotActiveException e) {
            return; // a write by server code outside any request (a loader, a worker): no visit
        }
        channel.ifPresent(c -> add(month(Instant.now()), c, kind));
    }

    /** One row per month, channel and kind: an update, an insert for its first (a racing insert does nothing, then updates). */
    private void add(Date month, String channel, Kind kind) {
        if (raise(month, channel, kind) == 0 && em.createNativeQuery("insert into channel_count (month, channel, kind, total) "
                        + "values (?1, ?2, ?3, 1) on conflict do nothing")
                .setParameter(1, month).setParameter(2, channel).setParameter(3, kind.name()).executeUpdate() == 0) {
            raise(month, channel, kind);
        }
    }

    private int raise(Date month, String channel, Kind kind) {
        return em.createNativeQuery("update channel_count set total = total + 1 where month = ?1 and channel = ?2 and kind = ?3")
                .setParameter(1, month).setParameter(2, channel).setParameter(3, kind.name()).executeUpdate();
    }

    /** Every channel of the months from .. to (both inclusive), newest month first, channels by visits then name. */
    public List<ChannelMonth> months(YearMonth from, YearMonth to) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select month, channel, kind, total from channel_count where month >= ?1 "
                        + "and month <= ?2 order by month desc, channel")
                .setParameter(1, Date.valueOf(from.atDay(1))).setParameter(2, Date.valueOf(to.atDay(1))).getResultList()) {
            Object[] r = (Object[]) row;
            String key = YearMonth.from(day(r[0])) + "\t" + r[1];
            rows.computeIfAbsent(key, k -> new long[Kind.values().length])[Kind.valueOf((String) r[2]).ordinal()] =
                    ((Number) r[3]).longValue();
        }
        List<ChannelMonth> months = new ArrayList<>();
        rows.forEach((key, t) -> {
            String[] k = key.split("\t", 2);
            months.add(new ChannelMonth(k[0], k[1], t[0], t[1], t[2], t[3], t[4]));
        });
        months.sort((a, b) -> a.month().equals(b.month()) ? Long.compare(b.visits(), a.visits()) != 0
                ? Long.compare(b.visits(), a.visits()) : a.channel().compareTo(b.channel()) : b.month().compareTo(a.month()));
        return months;
    }

    private static Date month(Instant at) {
        return Date.valueOf(YearMonth.from(at.atOffset(ZoneOffset.UTC)).atDay(1));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
