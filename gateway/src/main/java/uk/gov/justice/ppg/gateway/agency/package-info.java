/**
 * The agency channel (issue 12): police forces and children's services send and receive
 * check bodies as JSON instead of signed SOAP. Bodies are read within limits and checked
 * against their JSON Schemas ({@link uk.gov.justice.ppg.gateway.agency.JsonBodies}), then
 * written as the {@code SPGInterchange} every other path handles
 * ({@link uk.gov.justice.ppg.gateway.agency.JsonToSpg}); check requests addressed to an
 * agency are read back as JSON ({@link uk.gov.justice.ppg.gateway.agency.SpgToJson}). One
 * field table ({@link uk.gov.justice.ppg.gateway.agency.CheckFields}) drives both
 * directions. The API under {@code /api/v1/}: posted results
 * ({@link uk.gov.justice.ppg.gateway.agency.CheckResultsController}), the inbox
 * ({@link uk.gov.justice.ppg.gateway.agency.InboxController}) and message status, behind
 * certificate-bound Keycloak tokens
 * ({@link uk.gov.justice.ppg.gateway.agency.AgencySecurityConfig}).
 */
package uk.gov.justice.ppg.gateway.agency;
