package uk.gov.justice.ppg.gateway.agency;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Who is calling: the token's client ({@code azp}) is a party code of the directory, and
 * the partner holding it is the one the TLS client certificate belongs to. Both, or no
 * one.
 */
final class Callers {

    private final Supplier<PartnerDirectory> directory;

    Callers(Supplier<PartnerDirectory> directory) {
        this.directory = directory;
    }

    /**
     * The caller, as the party code its token names.
     *
     * @param partner the directory entry
     * @param partyCode the token's client, one of the partner's codes
     */
    record Caller(Partner partner, String partyCode) {
    }

    /** The refusal of a caller who is no one: GW-085. */
    static GatewayException noOne() {
        return new GatewayException(GatewayErrorCode.TOKEN_NOT_THIS_PARTNER,
                "the token's client is not the TLS certificate's partner");
    }

    Optional<Caller> of(Jwt token, HttpServletRequest request) {
        String client = token.getClaimAsString("azp");
        PartnerDirectory partners = this.directory.get();
        Optional<Partner> byToken = client == null ? Optional.empty() : partners.byPartyCode(client);
        Optional<Partner> byCertificate = CertificateBound.clientCertificate(request)
            .flatMap(partners::byTlsCertificate);
        if (byToken.isPresent() && byCertificate.isPresent() && byToken.get().id().equals(byCertificate.get().id())
                && byToken.get().enabled()) {
            return Optional.of(new Caller(byToken.get(), client));
        }
        return Optional.empty();
    }

}
