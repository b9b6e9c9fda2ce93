package uk.gov.justice.ppg.gateway.agency;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.accept.AgencyAcceptance;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.RefusalsUnrecorded;
import uk.gov.justice.ppg.gateway.checks.CheckHistory;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.delivery.ControlReferences;
import uk.gov.justice.ppg.gateway.delivery.Inboxes;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InboxStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;

/**
 * The agency channel's parts: who calls, what it may read, and how refusals are recorded.
 */
@Configuration(proxyBeanMethods = false)
class AgencyConfig {

    @Bean
    Callers agencyCallers(PartnerDirectoryHolder directory) {
        return new Callers(directory);
    }

    @Bean
    ApiRefusals apiRefusals(AuditTrail audit, MeterRegistry meters) {
        return new ApiRefusals(audit, RefusalsUnrecorded.counter(meters));
    }

    /** What the OpenAPI document says of the API as a whole: who may call and how. */
    @Bean
    OpenAPI agencyOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Probation partner gateway: agency API")
                .version("v1")
                .description("Check requests and results for police forces and children's services, and the"
                        + " check ledger, as JSON."
                        + " Mutual TLS with the agency's certificate, and a Keycloak token bound to it"
                        + " (docs/agency-api.md). Errors are RFC 9457 problem details with GW codes."))
            .components(new Components().addSecuritySchemes("keycloak",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
            .addSecurityItem(new SecurityRequirement().addList("keycloak"));
    }

    @Bean
    CheckResultPosts checkResultPosts(CheckLedger ledger, AgencyAcceptance acceptance, ControlReferences references,
            Clock clock, KillSwitches switches) {
        return new CheckResultPosts(new CheckResultIntake(new JsonBodies()), ledger, acceptance, references, clock,
                (partnerId) -> switches.isOff(partnerId, KillSwitches.Direction.INTAKE));
    }

    @Bean
    InboxItems inboxItems(InterchangeStore interchanges) {
        return new InboxItems(interchanges);
    }

    @Bean
    InboxPages inboxPages(InboxStore inbox, DeliveryStore deliveries, InboxItems items, Inboxes inboxes) {
        return new InboxPages(inbox, deliveries, items, inboxes);
    }

    @Bean
    CheckQueries checkQueries(CheckRequests requests, CheckHistory history, CaseRegister register, AuditTrail audit,
            Clock clock) {
        return new CheckQueries(requests, history, register, audit, clock);
    }

    @Bean
    MessageStatusQuery messageStatusQuery(JdbcTemplate jdbc) {
        return new MessageStatusQuery(jdbc);
    }

}
