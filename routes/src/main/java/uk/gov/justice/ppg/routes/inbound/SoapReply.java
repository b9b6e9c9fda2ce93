package uk.gov.justice.ppg.routes.inbound;

/**
 * What the inbound endpoint answers: a SOAP envelope, its content type and the HTTP
 * status.
 *
 * @param body the serialised SOAP envelope
 * @param contentType the HTTP content type
 * @param status the HTTP status code
 */
public record SoapReply(byte[] body, String contentType, int status) {
}
