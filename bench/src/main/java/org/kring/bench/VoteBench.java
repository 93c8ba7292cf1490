package org.kring.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Votes through Kring ({@code PUT /api/v1/ideas/{id}/vote}) at 64 clients, against the raw limit: the same
 * SQL statements that Kring runs for a vote, sent straight to PostgreSQL over JDBC by 64 connections, one
 * transaction per vote. Both pick voter and idea the same way (newer ideas more often).
 */
final class VoteBench {

    static final int CLIENTS = 64;

    /** What Kring's vote runs (token check, Ideas.require, Votes.record, Ideas.votesChanged + outbox, Follows.follow, voteCount). */
    private static final String[] STATEMENTS = {
        "select t.id, t.member_id, t.expires_at, t.revoked_at, m.id, m.role, m.suspended_until from auth_token t "
            + "join member m on m.id = t.member_id where t.token_hash = ?",
        "select i.*, t.slug, m.display_name, c.slug from idea i join topic t on t.id = i.topic_id "
            + "join member m on m.id = i.author_id left join challenge c on c.id = i.challenge_id where i.id = ?",
        "insert into vote (idea_id, member_id, created_at) values (?, ?, ?) on conflict do nothing",
        "update idea set vote_count = vote_count + 1, hot_score = log10(vote_count + 1 + 1) + extract(epoch from created_at) / 45000 where id = ?",
        "insert into search_outbox (id, entity_type, entity_id, created_at, counters_only) values (nextval('search_outbox_seq'), 'idea', ?, ?, true)",
        "insert into follow (id, member_id, target_type, target_id, created_at) values (nextval('follow_seq'), ?, 'IDEA', ?, current_timestamp) on conflict do nothing",
        "select vote_count from idea where id = ?"};

    private VoteBench() {
    }

    /** Newer ideas get more votes: u² towards the newest. */
    static long idea(Size size, SplittableRandom random) {
        double u = random.nextDouble();
        return size.ideas() - (long) (size.ideas() * u * u);
    }

    static long voter(Size size, SplittableRandom random) {
        return 1 + random.nextInt(size.tokens());
    }

    static void run(Env env, Facts facts, Duration warmup, Duration measure) throws Exception {
        Size size = env.size();
        long before = Queries.executed(env);
        double idle = Cpu.idleMillisPerSecond(Duration.ofSeconds(5));
        Load.Result kring;
        try (Rss.Sampler rss = new Rss.Sampler(); Cpu.Window cpu = new Cpu.Window(warmup, measure)) {
            kring = Load.run(CLIENTS, warmup, measure, env.seed(), (client, random) -> {
                long member = voter(size, random);
                return Http.send("PUT", env.kringUrl() + "/api/v1/ideas/" + idea(size, random) + "/vote",
                        Env.token(member), null).ok();
            });
            facts.put("rss.load", rss.peak());
            double cpuMillis = cpu.millis();
            long votes = kring.ok() + kring.errors();
            if (cpuMillis >= 0 && votes > 0) {
                facts.put("votes.kring.cpuMs", cpuMillis / votes);
                if (idle >= 0) {
                    facts.put("votes.kring.cpuMsAboveIdle", (cpuMillis - idle * measure.toMillis() / 1000.0) / votes);
                    facts.put("kring.idleCpuMsPerSecond", idle);
                }
            }
        }
        kring.save(facts, "votes.kring", CLIENTS);
        Queries.save(facts, "votes.kring", before, Queries.executed(env), kring.calls());

        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement[]> prepared = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Connection db = env.connect();
            db.setAutoCommit(false);
            connections.add(db);
            PreparedStatement[] ps = new PreparedStatement[STATEMENTS.length];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = db.prepareStatement(STATEMENTS[i]);
            }
            prepared.add(ps);
        }
        try {
            Load.Result raw = Load.run(CLIENTS, warmup, measure, env.seed() + 1, (client, random) ->
                    vote(connections.get(client), prepared.get(client), voter(size, random), idea(size, random)));
            raw.save(facts, "votes.raw", CLIENTS);
        } finally {
            for (Connection db : connections) {
                db.close();
            }
        }
        facts.put("votes.raw.statements", STATEMENTS.length);
    }

    private static boolean vote(Connection db, PreparedStatement[] ps, long member, long idea) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            ps[0].setString(1, Generator.sha256(Env.token(member)));
            drain(ps[0]);
            ps[1].setLong(1, idea);
            drain(ps[1]);
            ps[2].setLong(1, idea);
            ps[2].setLong(2, member);
            ps[2].setTimestamp(3, now);
            if (ps[2].executeUpdate() == 1) {
                ps[3].setLong(1, idea);
                ps[3].executeUpdate();
                ps[4].setLong(1, idea);
                ps[4].setTimestamp(2, now);
                ps[4].executeUpdate();
            }
            ps[5].setLong(1, member);
            ps[5].setLong(2, idea);
            ps[5].executeUpdate();
            ps[6].setLong(1, idea);
            drain(ps[6]);
            db.commit();
            return true;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private static void drain(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }
}
