package com.claimwire.ingest.parsing.feeds;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads sanitised feed XML ({@link XmlSanitizer}) into an {@link XmlElement} tree.
 *
 * <p>The strict pass is the JDK's StAX parser with DTD support, external entities and external access all
 * switched off and a resolver that refuses everything: even if a declaration slipped past the sanitiser, it
 * could neither expand an entity nor fetch a byte. A feed that is not well-formed (unclosed tags, undeclared
 * namespace prefixes, stray text before the root) is common in the wild; it gets a second, forgiving pass
 * through jsoup's XML tree builder, which never reads DTDs at all. Namespaces in that pass are resolved from the
 * {@code xmlns} attributes in scope, and undeclared prefixes from the prefixes feeds conventionally use.
 */
final class XmlTreeReader {

    private static final int MAX_DEPTH = 512;
    private static final Map<String, String> CONVENTIONAL_PREFIXES = Map.of(
            "dc", FeedNamespaces.DUBLIN_CORE,
            "dcterms", FeedNamespaces.DUBLIN_CORE_TERMS,
            "content", FeedNamespaces.CONTENT,
            "atom", FeedNamespaces.ATOM_10,
            "rdf", FeedNamespaces.RDF,
            "xml", XmlElement.XML_NAMESPACE);

    private XmlTreeReader() {
    }

    /** The document's root element; throws with the strict parser's message when neither pass finds one. */
    static XmlElement read(String sanitizedXml) throws MalformedXmlException {
        try {
            return readStrict(sanitizedXml);
        } catch (XMLStreamException | MalformedXmlException strictFailure) {
            XmlElement forgiving = readForgiving(sanitizedXml);
            if (forgiving == null) {
                throw new MalformedXmlException("not well-formed XML: " + describe(strictFailure));
            }
            return forgiving;
        }
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        // The JDK prefixes messages with "ParseError at [row,col]:[r,c]\nMessage: "; keep both parts on one line.
        return message.replace("\nMessage:", "").replaceAll("\\s+", " ").strip();
    }

    static final class MalformedXmlException extends Exception {

        MalformedXmlException(String message) {
            super(message);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static XmlElement readStrict(String xml) throws XMLStreamException, MalformedXmlException {
        XMLStreamReader reader = secureFactory().createXMLStreamReader(new StringReader(xml));
        try {
            XmlElement root = null;
            XmlElement current = null;
            int depth = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new MalformedXmlException("elements nested deeper than " + MAX_DEPTH);
                        }
                        current = new XmlElement(current, reader.getNamespaceURI(), reader.getPrefix(),
                                reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            current.addAttribute(reader.getAttributeNamespace(i), reader.getAttributePrefix(i),
                                    reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (root == null) {
                            root = current;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        current = current.parent();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != null) {
                            current.addText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (current != null) {
                            current.addText("&" + reader.getLocalName() + ";");
                        }
                    }
                    default -> {
                        // Comments, processing instructions and the document events carry nothing for feeds.
                    }
                }
            }
            if (root == null) {
                throw new MalformedXmlException("no root element");
            }
            return root;
        } finally {
            reader.close();
        }
    }

    private static XmlElement readForgiving(String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = null;
        for (Element candidate : document.children()) {
            String local = localPart(candidate.tagName());
            if (local.equalsIgnoreCase("rss") || local.equalsIgnoreCase("RDF") || local.equalsIgnoreCase("feed")) {
                root = candidate;
                break;
            }
            if (root == null) {
                root = candidate;
            }
        }
        if (root == null) {
            return null;
        }
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        scopes.push(CONVENTIONAL_PREFIXES);
        return convert(root, null, scopes, 0);
    }

    private static XmlElement convert(Element source, XmlElement parent, Deque<Map<String, String>> scopes,
                                      int depth) {
        Map<String, String> declared = new HashMap<>();
        for (Attribute attribute : source.attributes()) {
            String key = attribute.getKey();
            if (key.equals("xmlns")) {
                declared.put("", attribute.getValue().strip());
            } else if (key.startsWith("xmlns:")) {
                declared.put(key.substring(6), attribute.getValue().strip());
            }
        }
        scopes.push(declared);
        String tag = source.tagName();
        XmlElement element = new XmlElement(parent, namespaceOf(prefixPart(tag), scopes), prefixPart(tag),
                localPart(tag));
        for (Attribute attribute : source.attributes()) {
            String key = attribute.getKey();
            if (key.equals("xmlns") || key.startsWith("xmlns:")) {
                continue;
            }
            String prefix = prefixPart(key);
            element.addAttribute(prefix.isEmpty() ? "" : namespaceOf(prefix, scopes), prefix, localPart(key),
                    attribute.getValue());
        }
        for (Node child : source.childNodes()) {
            if (child instanceof TextNode text) {
                element.addText(text.getWholeText());
            } else if (child instanceof Element childElement && depth < MAX_DEPTH) {
                convert(childElement, element, scopes, depth + 1);
            }
        }
        scopes.pop();
        return element;
    }

    private static String namespaceOf(String prefix, Deque<Map<String, String>> scopes) {
        for (Map<String, String> scope : scopes) {
            String namespace = scope.get(prefix);
            if (namespace != null) {
                return namespace;
            }
        }
        return prefix.isEmpty() ? "" : prefix + ":";
    }

    private static String prefixPart(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }

    private static String localPart(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    }
}
