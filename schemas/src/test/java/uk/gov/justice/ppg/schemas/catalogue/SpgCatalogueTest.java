package uk.gov.justice.ppg.schemas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Body;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Item;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Occurrence;
import uk.gov.justice.ppg.schemas.validation.SchemaViolationException;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * The XSDs follow SPG's bodies exactly (spg-catalogue.txt, after spg-bodies.md), in both
 * live versions: each body with every element accepted, and with only what is required;
 * refused without any one required element, with any two neighbours swapped, with an
 * element SPG did not have, and with any always-written element left empty unless SPG
 * leaves it empty.
 */
class SpgCatalogueTest {

    static Stream<Arguments> bodies() {
        return SpgCatalogue.load()
            .bodies()
            .stream()
            .flatMap((body) -> Stream.of(SchemaVersion.values()).map((version) -> Arguments.of(body.name(), version)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bodies")
    void theSchemaHoldsTheBodyToSpgsStructure(String name, SchemaVersion version) {
        Body body = SpgCatalogue.load().body(name);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(violation(full(body, version))).as("with every element").isNull();
        softly.assertThat(violation(minimal(body, version))).as("with only the required elements").isNull();
        for (Place place : places(body, version)) {
            Item element = place.element();
            if (element.leaf() && element.occurrence().required()) {
                softly.assertThat(violation(mutated(body, version, place, this::remove)))
                    .as("without " + place)
                    .isNotNull();
            }
            if (element.leaf() && !element.occurrence().mayBeEmpty() && !"N".equals(element.occurrence().name())) {
                softly.assertThat(violation(mutated(body, version, place, this::empty)))
                    .as(place + " empty")
                    .isNotNull();
            }
            if (!element.leaf()) {
                softly.assertThat(violation(mutated(body, version, place, this::appendUnlisted)))
                    .as("an element SPG lacks inside " + place)
                    .isNotNull();
            }
            if (place.hasNextSibling()) {
                softly.assertThat(violation(mutated(body, version, place, this::swapWithNext)))
                    .as(place + " swapped with the element after it")
                    .isNotNull();
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transferBodies")
    void aTransferCarriesOnePartOrOmThenOs(String name) {
        SoftAssertions softly = new SoftAssertions();
        for (String part : List.of("CR", "IR", "LC", "NSI", "OM", "OS", "PSS", "RQ")) {
            softly.assertThat(violation(transfer(name).parts(part).document())).as(part + " alone").isNull();
        }
        softly.assertThat(violation(transfer(name).parts("OM", "OS").document())).as("OM then OS").isNull();
        softly.assertThat(violation(transfer(name).parts("OS", "OM").document())).as("OS then OM").isNotNull();
        softly.assertThat(violation(transfer(name).parts("CR", "RQ").document())).as("two other parts").isNotNull();
        softly.assertThat(violation(transfer(name).parts().document())).as("no part").isNotNull();
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transferBodies")
    void aRejectedPartMayLeaveItsReasonEmptyAsSpgDoes(String name) {
        Document rejected = transfer(name).parts("RQ").status("TR").document();
        assertThat(violation(rejected)).isNull();
        if (name.endsWith("Response")) {
            assertThat(Dom.descendant(rejected.getDocumentElement(), SpgNamespaces.SPG, "RQTransferRejectedReason"))
                .get()
                .satisfies((reason) -> assertThat(reason.getTextContent()).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spgBodies")
    void everySpgBodyIsInTheCatalogueAndEveryCatalogueBodyInTheGateway(String name) {
        assertThat(MessageBody.fromLocalName(name)).get().satisfies((body) -> assertThat(body.fromSpg()).isTrue());
    }

    static Stream<String> transferBodies() {
        return Stream.of("ConsolidatedTransferRequest", "ConsolidatedTransferResponse");
    }

    static Stream<String> spgBodies() {
        return SpgCatalogue.load().bodies().stream().map(Body::name);
    }

    private static SpgTooling transfer(String name) {
        return SpgTooling.of(name, SchemaVersion.V0_9_14).parties("C00", "N00");
    }

    private static Document full(Body body, SchemaVersion version) {
        SpgTooling tooling = tooling(body, version);
        for (Item leaf : leaves(body)) {
            if (leaf.occurrence() == Occurrence.E) {
                tooling.value(leaf.name(), SampleValues.of(leaf, "D100001", "C00"));
            }
        }
        if ("UPWContact".equals(body.name())) {
            tooling.value("Notes", "Y").value("HighVisibilityVest", "Bring boots");
        }
        return tooling.document();
    }

    private static Document minimal(Body body, SchemaVersion version) {
        SpgTooling tooling = tooling(body, version);
        for (Item leaf : leaves(body)) {
            if (!leaf.occurrence().required()) {
                tooling.value(leaf.name(), null);
            }
        }
        return tooling.document();
    }

    private static SpgTooling tooling(Body body, SchemaVersion version) {
        SpgTooling tooling = SpgTooling.of(body.name(), version).parties("C00", "N00");
        if (body.transfer()) {
            tooling.parts("OM", "OS").status("TR").value("OMTransferRejectedReason", "CAPACITY");
        }
        return tooling;
    }

    private static List<Item> leaves(Body body) {
        List<Item> leaves = new ArrayList<>();
        collect(body.root(), leaves);
        if (body.transfer()) {
            String suffix = "request".equals(body.parts()) ? "TransferRequest" : "TransferResponse";
            collect(SpgCatalogue.load().part("OM" + suffix), leaves);
            collect(SpgCatalogue.load().part("OS" + suffix), leaves);
        }
        return leaves;
    }

    private static void collect(Item element, List<Item> leaves) {
        if (element.leaf()) {
            leaves.add(element);
        }
        element.children().forEach((child) -> collect(child, leaves));
    }

    /**
     * Every element of the full document below the body root, with its path of child
     * indexes.
     */
    private static List<Place> places(Body body, SchemaVersion version) {
        List<Place> places = new ArrayList<>();
        List<Item> top = new ArrayList<>(body.root().children());
        if (body.transfer()) {
            String suffix = "request".equals(body.parts()) ? "TransferRequest" : "TransferResponse";
            top.add(SpgCatalogue.load().part("OM" + suffix));
            top.add(SpgCatalogue.load().part("OS" + suffix));
        }
        walk(top, List.of(), places, body.name());
        return places;
    }

    private static void walk(List<Item> siblings, List<Integer> parentPath, List<Place> places, String trail) {
        List<Item> written = siblings.stream().filter((element) -> element.occurrence() != Occurrence.N).toList();
        for (int i = 0; i < written.size(); i++) {
            Item element = written.get(i);
            List<Integer> path = new ArrayList<>(parentPath);
            path.add(i);
            String name = trail + "/" + element.name();
            places.add(new Place(element, List.copyOf(path), i + 1 < written.size(), name));
            walk(element.children(), path, places, name);
        }
    }

    private Document mutated(Body body, SchemaVersion version, Place place, Consumer<Element> mutation) {
        Document document = full(body, version);
        Element target = bodyElement(document, body.name());
        for (int index : place.path()) {
            target = Dom.children(target).get(index);
        }
        mutation.accept(target);
        return document;
    }

    private void remove(Element element) {
        element.getParentNode().removeChild(element);
    }

    private void empty(Element element) {
        element.setTextContent("");
    }

    private void appendUnlisted(Element element) {
        element.appendChild(element.getOwnerDocument().createElementNS(SpgNamespaces.SPG, "Unlisted"));
    }

    private void swapWithNext(Element element) {
        Element next = Dom.children((Element) element.getParentNode())
            .get(Dom.children((Element) element.getParentNode()).indexOf(element) + 1);
        if (next.getLocalName().equals(element.getLocalName())) {
            throw new IllegalStateException("neighbours share a name: " + element.getLocalName());
        }
        element.getParentNode().insertBefore(next, element);
    }

    private static Element bodyElement(Document document, String name) {
        Element message = Dom.child(document.getDocumentElement(), SpgNamespaces.SPG, "SPGMessage").orElseThrow();
        return Dom.child(message, SpgNamespaces.SPG, name).orElseThrow();
    }

    private static String violation(Document document) {
        SchemaVersion version = SchemaVersion.fromWire(document.getDocumentElement().getAttribute("SchemaVersion"))
            .orElseThrow();
        try {
            SpgSchemas.interchange(version).validate(document.getDocumentElement());
            return null;
        }
        catch (SchemaViolationException ex) {
            return ex.rule() + ": " + ex.getMessage();
        }
    }

    /**
     * An element of the rendered body.
     *
     * @param element the catalogue's element
     * @param path child indexes from the body root
     * @param hasNextSibling whether another element follows it in its parent
     * @param name its path by names, for messages
     */
    private record Place(Item element, List<Integer> path, boolean hasNextSibling, String name) {

        @Override
        public String toString() {
            return this.name;
        }

    }

}
