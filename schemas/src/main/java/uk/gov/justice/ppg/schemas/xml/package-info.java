/**
 * Hardened XML handling: factories with DTDs, external entities and XInclude off, and a
 * streaming guard that enforces size, depth, element-count and text limits before any DOM
 * is built.
 */
package uk.gov.justice.ppg.schemas.xml;
