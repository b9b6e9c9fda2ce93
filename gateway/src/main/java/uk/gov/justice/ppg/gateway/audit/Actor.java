package uk.gov.justice.ppg.gateway.audit;

/**
 * Who acted through the admin API: the verified token's subject (a person's or a service
 * account's id in the realm) and the client the token was issued to.
 *
 * @param subject the token's {@code sub}
 * @param client the token's {@code azp}
 */
public record Actor(String subject, String client) {

    /**
     * How the actor reads in a change's {@code changed_by} column: at most 64 characters.
     */
    public String shortName() {
        String name = this.client + "/" + this.subject;
        return (name.length() <= 64) ? name : name.substring(0, 64);
    }

}
