package com.claimwire.ingest.parsing.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A small, immutable-after-build XML element tree. Feed documents are small, and mapping RSS and Atom is far
 * simpler over a tree than over a stream of events; both the strict and the forgiving reader build this tree.
 */
final class XmlElement {

    static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private final String namespace;
    private final String prefix;
    private final String localName;
    private final List<Attribute> attributes = new ArrayList<>();
    /** Text ({@link String}) and element ({@link XmlElement}) children in document order. */
    private final List<Object> content = new ArrayList<>();
    private final XmlElement parent;

    record Attribute(String namespace, String prefix, String localName, String value) {

        String qualifiedName() {
            return prefix.isEmpty() ? localName : prefix + ":" + localName;
        }
    }

    XmlElement(XmlElement parent, String namespace, String prefix, String localName) {
        this.parent = parent;
        this.namespace = namespace == null ? "" : namespace;
        this.prefix = prefix == null ? "" : prefix;
        this.localName = localName;
        if (parent != null) {
            parent.content.add(this);
        }
    }

    void addAttribute(String attributeNamespace, String attributePrefix, String attributeLocalName, String value) {
        attributes.add(new Attribute(attributeNamespace == null ? "" : attributeNamespace,
                attributePrefix == null ? "" : attributePrefix, attributeLocalName, value));
    }

    void addText(String text) {
        int last = content.size() - 1;
        if (last >= 0 && content.get(last) instanceof String previous) {
            content.set(last, previous + text);
        } else {
            content.add(text);
        }
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    XmlElement parent() {
        return parent;
    }

    boolean is(String elementNamespace, String elementLocalName) {
        // Namespace URIs are case-sensitive, but the iTunes one is published misspelled in every case variant.
        return namespace.equalsIgnoreCase(elementNamespace) && localName.equalsIgnoreCase(elementLocalName);
    }

    /** The attribute without a namespace (as feeds almost always write them), else one in any namespace. */
    String attribute(String name) {
        String namespaced = null;
        for (Attribute attribute : attributes) {
            if (attribute.localName().equalsIgnoreCase(name)) {
                if (attribute.namespace().isEmpty()) {
                    return attribute.value();
                }
                if (namespaced == null) {
                    namespaced = attribute.value();
                }
            }
        }
        return namespaced;
    }

    String attribute(String attributeNamespace, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.namespace().equals(attributeNamespace) && attribute.localName().equals(name)) {
                return attribute.value();
            }
        }
        return null;
    }

    Stream<XmlElement> children() {
        return content.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast);
    }

    Stream<XmlElement> children(String childNamespace, String childLocalName) {
        return children().filter(child -> child.is(childNamespace, childLocalName));
    }

    Optional<XmlElement> child(String childNamespace, String childLocalName) {
        return children(childNamespace, childLocalName).findFirst();
    }

    /** The first child with this name whose content is not blank. */
    Optional<String> childText(String childNamespace, String childLocalName) {
        return children(childNamespace, childLocalName).map(XmlElement::text).filter(text -> !text.isEmpty())
                .findFirst();
    }

    boolean hasElementChildren() {
        return content.stream().anyMatch(XmlElement.class::isInstance);
    }

    /**
     * The element's content, trimmed: its text when it holds only text, else its inner markup (feeds that put
     * unescaped HTML inside {@code <description>} mean it as HTML).
     */
    String text() {
        return hasElementChildren() ? innerXml().strip() : plainText().strip();
    }

    String plainText() {
        StringBuilder text = new StringBuilder();
        for (Object node : content) {
            if (node instanceof String string) {
                text.append(string);
            } else {
                text.append(((XmlElement) node).plainText());
            }
        }
        return text.toString();
    }

    String innerXml() {
        StringBuilder markup = new StringBuilder();
        for (Object node : content) {
            if (node instanceof String string) {
                escape(string, false, markup);
            } else {
                ((XmlElement) node).writeXml(markup);
            }
        }
        return markup.toString();
    }

    private void writeXml(StringBuilder markup) {
        String name = prefix.isEmpty() ? localName : prefix + ":" + localName;
        markup.append('<').append(name);
        for (Attribute attribute : attributes) {
            markup.append(' ').append(attribute.qualifiedName()).append("=\"");
            escape(attribute.value(), true, markup);
            markup.append('"');
        }
        if (content.isEmpty()) {
            markup.append("/>");
            return;
        }
        markup.append('>').append(innerXml()).append("</").append(name).append('>');
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    /** The effective {@code xml:base} of this element, resolved through its ancestors against the document URL. */
    String base(String documentUrl) {
        String inherited = parent == null ? documentUrl : parent.base(documentUrl);
        String own = attribute(XML_NAMESPACE, "base");
        return own == null || own.isBlank() ? inherited : Urls.resolve(inherited, own.strip());
    }

    @Override
    public String toString() {
        return "<" + (namespace.isEmpty() ? "" : "{" + namespace + "}") + localName + ">";
    }
}
