/**
 * The SPG interchange format: schema versions, the message catalogue, hardened XML
 * parsing, XSD validation and the envelope rules. No Spring, no Camel: everything here is
 * plain Java over the JDK's XML stack.
 */
package uk.gov.justice.ppg.schemas;
