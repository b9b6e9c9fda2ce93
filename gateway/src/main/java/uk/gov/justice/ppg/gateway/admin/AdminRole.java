package uk.gov.justice.ppg.gateway.admin;

/**
 * The realm roles of people and scripts that run the gateway
 * (config/keycloak/ppg-realm.json), each with what it may do (docs/runbook.md, "Who may
 * do what").
 */
public enum AdminRole {

    /** Tracks messages, sees queues and dead letters, replays, switches partners. */
    OPERATOR("gateway-operator"),

    /** Searches and exports the audit log, reads the check ledger. */
    AUDITOR("gateway-auditor"),

    /** Changes the partner directory and rotates certificates. */
    ADMIN("gateway-admin");

    private final String realmRole;

    AdminRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in the realm and in the token's {@code gateway_roles} claim. */
    public String realmRole() {
        return this.realmRole;
    }

    /** The Spring Security authority a token holding the role is given. */
    public String authority() {
        return "ROLE_" + this.realmRole;
    }

}
