package org.kring.feeds.control;

import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link Feed} as an Atom document (RFC 4287): the feed and each entry with id, title, updated, an alternate link
 * to its page, and an author; entries carry their sanitised HTML as content. Ids are the pages' absolute URLs,
 * which never change for an idea or a post.
 */
public final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /**
     * The JDK's own, made once: {@code newFactory()} looks for a provider on the class path at every call, which in
     * Payara scans every jar of the application (a sixth of a feed's time in the profile). It makes a new writer per
     * call (it reuses one only when asked to), so one factory serves every thread.
     */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private AtomWriter() {
    }

    /** The document; {@code site} is the community's absolute base URL ending in "/", {@code self} the feed's URL. */
    public static String write(Feed feed, String site, String self, String language, String community) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language);
            text(xml, "id", self);
            text(xml, "title", feed.title() + " · " + community);
            if (feed.subtitle() != null && !feed.subtitle().isBlank()) {
                text(xml, "subtitle", feed.subtitle());
            }
            text(xml, "updated", time(feed.updated()));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", site + feed.pagePath(), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", community);
            xml.writeEndElement();
            text(xml, "generator", "Kring");
            for (Feed.Entry entry : feed.entries()) {
                xml.writeStartElement("entry");
                text(xml, "id", site + entry.pagePath());
                text(xml, "title", entry.title());
                text(xml, "published", time(entry.published()));
                text(xml, "updated", time(entry.updated()));
                link(xml, "alternate", site + entry.pagePath(), "text/html");
                if (entry.author() != null) { // else the feed's author, the community (RFC 4287, 4.2.1)
                    xml.writeStartElement("author");
                    text(xml, "name", entry.author());
                    xml.writeEndElement();
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.html() == null ? "" : entry.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing an Atom feed to a string failed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
