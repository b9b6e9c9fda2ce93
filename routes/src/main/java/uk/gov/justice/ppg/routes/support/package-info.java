/** Route ids, exchange property and header names, shared by every route. */
package uk.gov.justice.ppg.routes.support;
