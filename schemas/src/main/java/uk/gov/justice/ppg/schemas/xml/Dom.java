package uk.gov.justice.ppg.schemas.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small, namespace-strict DOM navigation helpers: elements are matched by QName, never by
 * prefix.
 */
public final class Dom {

    private Dom() {
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    public static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream().filter((child) -> is(child, namespace, localName)).toList();
    }

    public static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    /** The trimmed text of the named child, if the child exists. */
    public static Optional<String> childText(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map((child) -> child.getTextContent().trim());
    }

    /** The first descendant with the given QName, in document order. */
    public static Optional<Element> descendant(Element root, String namespace, String localName) {
        var found = root.getElementsByTagNameNS(namespace, localName);
        return (found.getLength() > 0) ? Optional.of((Element) found.item(0)) : Optional.empty();
    }

    public static boolean is(Node node, String namespace, String localName) {
        String actual = node.getNamespaceURI();
        boolean sameNamespace = (namespace == null || namespace.isEmpty()) ? (actual == null || actual.isEmpty())
                : namespace.equals(actual);
        return node instanceof Element && sameNamespace

                && localName.equals(node.getLocalName());
    }

}
