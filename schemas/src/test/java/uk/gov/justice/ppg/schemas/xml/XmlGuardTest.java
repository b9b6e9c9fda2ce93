package uk.gov.justice.ppg.schemas.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.schemas.xml.XmlRejectedException.Reason;

class XmlGuardTest {

    private final XmlGuard guard = new XmlGuard(new XmlLimits(1000, 4, 10, 2, 20));

    @Test
    void passesADocumentAtEveryLimit() {
        assertThatCode(() -> inspect("<a x='1' y='2'><b><c><d>" + "t".repeat(20) + "</d></c></b></a>"))
            .doesNotThrowAnyException();
    }

    @Test
    void refusesOneStepPastEachLimit() {
        assertRejected("<a><b><c><d><e/></d></c></b></a>", Reason.TOO_DEEP);
        assertRejected("<a>" + "<b/>".repeat(10) + "</a>", Reason.TOO_MANY_ELEMENTS);
        assertRejected("<a x='1' y='2' z='3'/>", Reason.TOO_MANY_ATTRIBUTES);
        assertRejected("<a>" + "t".repeat(21) + "</a>", Reason.TEXT_TOO_LONG);
        assertRejected("<a>" + "t".repeat(1000) + "</a>", Reason.TOO_LARGE);
    }

    @Test
    void countsTextAcrossCdataAndEntityBoundaries() {
        assertRejected("<a>" + "t".repeat(10) + "<![CDATA[" + "u".repeat(6) + "]]>&amp;&amp;&amp;&amp;&amp;</a>",
                Reason.TEXT_TOO_LONG);
    }

    @Test
    void refusesEveryKindOfDtd() {
        assertRejected("<!DOCTYPE a><a/>", Reason.DTD_FORBIDDEN);
        assertRejected("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", Reason.DTD_FORBIDDEN);
        assertRejected("<!DOCTYPE a SYSTEM 'http://127.0.0.1:1/x.dtd'><a/>", Reason.DTD_FORBIDDEN);
    }

    @Test
    void refusesProcessingInstructionsAndMalformedDocuments() {
        assertRejected("<a><?pi x?></a>", Reason.PROCESSING_INSTRUCTION_FORBIDDEN);
        assertRejected("<a><b></a>", Reason.MALFORMED);
        assertRejected("<a>&undeclared;</a>", Reason.MALFORMED);
        assertRejected("", Reason.MALFORMED);
    }

    @Test
    void theDomParserRefusesDtdsOnItsOwnToo() {
        assertThatThrownBy(() -> SecureXml.parse(
                "<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/hostname'>]><a>&e;</a>".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(XmlRejectedException.class);
    }

    private void inspect(String xml) throws XmlRejectedException {
        this.guard.inspect(xml.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRejected(String xml, Reason reason) {
        assertThatThrownBy(() -> inspect(xml)).isInstanceOf(XmlRejectedException.class)
            .satisfies((ex) -> assertThat(((XmlRejectedException) ex).reason()).isEqualTo(reason));
    }

}
