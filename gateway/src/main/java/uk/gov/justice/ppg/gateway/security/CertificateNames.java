package uk.gov.justice.ppg.gateway.security;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** How certificates are named in metrics and health: by their subject's common name. */
public final class CertificateNames {

    private CertificateNames() {
    }

    /** The subject's CN, or {@code unnamed} if it has none. */
    public static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        }
        catch (InvalidNameException ex) {
            return "unnamed";
        }
        return "unnamed";
    }

}
