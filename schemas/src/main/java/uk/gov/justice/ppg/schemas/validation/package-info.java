/**
 * XSD validation: schemas loaded only from the classpath, compiled once per version, and
 * validators handed out per (version, body) that ignore {@code xsi:schemaLocation} and
 * report errors without payload values.
 */
package uk.gov.justice.ppg.schemas.validation;
