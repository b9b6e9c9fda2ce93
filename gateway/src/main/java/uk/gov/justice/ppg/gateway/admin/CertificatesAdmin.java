package uk.gov.justice.ppg.gateway.admin;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.security.CertificateExpiry;

/**
 * Which certificates expire when, soonest first, each with the 60, 30 or 7 day warning it
 * is within: the gateway's own, the trusted CAs, and the partners' as they last presented
 * them to this node.
 */
@RestController
class CertificatesAdmin {

    private final CertificateExpiry expiry;

    CertificatesAdmin(CertificateExpiry expiry) {
        this.expiry = expiry;
    }

    @Allowed({ AdminRole.OPERATOR, AdminRole.ADMIN })
    @GetMapping("/admin/api/v1/certificates")
    List<CertificateExpiry.Entry> certificates() {
        return this.expiry.all();
    }

}
