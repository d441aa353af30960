package io.outpost.app.updates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an Atom feed of releases, as GitHub serves one for every repository ({@code /releases.atom}): each entry's
 * version from its id ({@code tag:github.com,2008:Repository/1/v0.2.0}), its title or its link, and its page from
 * its link. A document with a DOCTYPE is refused outright (no DTDs, no entities, nothing external is ever loaded).
 * Entries without a version's shape or without an https page are left out.
 */
public final class ReleaseFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private ReleaseFeed() {
    }

    /** The releases the feed lists, in its order; empty when it lists none this app can use. */
    public static List<Release> parse(byte[] body) throws FeedException {
        Element feed = document(body).getDocumentElement();
        if (!"feed".equals(feed.getLocalName()) || !ATOM.equals(feed.getNamespaceURI())) {
            throw new FeedException("not an Atom feed (root element " + feed.getTagName() + ")");
        }
        List<Release> releases = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            release(entry).ifPresent(releases::add);
        }
        return releases;
    }

    private static Optional<Release> release(Element entry) {
        Optional<URI> page = page(entry);
        Optional<Version> version = Stream.of(lastSegment(text(entry, "id")), text(entry, "title"),
                        page.map(URI::getPath).map(ReleaseFeed::lastSegment).orElse(""))
                .map(Version::parse).flatMap(Optional::stream).findFirst();
        return version.flatMap(v -> page.map(p -> new Release(v, p)));
    }

    // The entry's page: its link with rel="alternate" (or no rel), only when it is an https address with a host.
    private static Optional<URI> page(Element entry) {
        for (Element link : children(entry, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || "alternate".equals(rel)) {
                return httpsAddress(link.getAttribute("href"));
            }
        }
        return Optional.empty();
    }

    static Optional<URI> httpsAddress(String href) {
        try {
            URI uri = new URI(href.strip());
            boolean https = "https".equals(Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse(""));
            return https && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String text(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(Element::getTextContent).map(String::strip).orElse("");
    }

    private static String lastSegment(String text) {
        return text.substring(text.lastIndexOf('/') + 1);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName()) && ATOM.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document document(byte[] body) throws FeedException {
        try {
            return builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new FeedException("not a readable XML document: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FeedException("the feed could not be read", e);
        }
    }

    // JAXP's hardening (OWASP's XXE advice): DOCTYPE refused, so no entity is ever declared or expanded.
    private static DocumentBuilder builder() throws FeedException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET); // the default prints "[Fatal Error]" to the console
            return builder;
        } catch (ParserConfigurationException e) {
            throw new FeedException("the XML parser cannot be made safe", e);
        }
    }

    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
