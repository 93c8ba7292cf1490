package org.kring.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Atom documents as written, by their ETag: a reader's plain GET of an unchanged feed gets the document written for
 * the first one, without reading the database or writing XML again (that was most of a feed's time). Exactly as fresh
 * as the 304s, which trust the same ETag: a change raises the feed's counter ({@link FeedVersions}), so the next
 * request misses and writes the new document. The key also holds the requested URL (the document names itself and
 * its site) and the community's name (stored settings may change it). Bounded by bytes, least recently used
 * first out: discussion feeds are many, and a key made up by a client must not grow the heap.
 */
@ApplicationScoped
public class RenderedFeeds {

    /** A topic's feed of 30 ideas is some tens of kilobytes. */
    static final long MAX_BYTES = 16_000_000;

    /**
     * A document in UTF-8 and its newest entry's time (Last-Modified). Bytes, not a String: encoding the document for
     * every answer was a tenth of a whole feed's time once the document itself was kept.
     */
    public record Rendered(byte[] body, Instant updated) {
    }

    private final Map<String, Rendered> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /**
     * The document for this ETag, written from {@code feed} when not known yet (the other arguments as
     * {@link AtomWriter#write} takes them). {@code etag} must be read before the feed ({@link FeedVersions#etag}): a
     * document is then never older than the ETag it is kept under.
     */
    public Rendered document(String etag, String self, String site, String language, String community, Supplier<Feed> feed) {
        String key = etag + ' ' + self + ' ' + site + ' ' + community;
        synchronized (recent) {
            Rendered known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        Feed built = feed.get();
        Rendered rendered = new Rendered(AtomWriter.write(built, site, self, language, community).getBytes(StandardCharsets.UTF_8),
                built.updated());
        keep(key, rendered);
        return rendered;
    }

    private void keep(String key, Rendered rendered) {
        if (rendered.body().length > MAX_BYTES) {
            return;
        }
        synchronized (recent) {
            Rendered replaced = recent.put(key, rendered);
            bytes += rendered.body().length - (replaced == null ? 0 : replaced.body().length);
            Iterator<Rendered> eldest = recent.values().iterator();
            while (bytes > MAX_BYTES) {
                bytes -= eldest.next().body().length;
                eldest.remove();
            }
        }
    }
}
