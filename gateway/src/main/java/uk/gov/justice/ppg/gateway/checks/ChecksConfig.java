package uk.gov.justice.ppg.gateway.checks;

import java.time.Clock;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;

/** The check ledger: its tables, its rules and the overdue sweep. */
@Configuration(proxyBeanMethods = false)
class ChecksConfig {

    @Bean
    CheckRequests checkRequests(JdbcTemplate jdbc) {
        return new CheckRequests(jdbc);
    }

    @Bean
    CheckHistory checkHistory(JdbcTemplate jdbc) {
        return new CheckHistory(jdbc);
    }

    @Bean
    CheckLedger checkLedger(CheckRequests requests, CheckHistory history, CaseRegister register, AuditTrail audit,
            CheckNotices notices, GatewayProperties properties) {
        return new CheckLedger(requests, history, register, audit, notices,
                Set.copyOf(properties.checks().escalationReasons()), properties.checks().escalationDue());
    }

    @Bean
    OverdueChecks overdueChecks(CheckRequests requests, CheckLedger ledger, CheckNotices notices,
            TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        return new OverdueChecks(requests, ledger, notices, transactions, meters, clock);
    }

    @Bean
    SchedulingConfigurer overdueCheckSchedule(OverdueChecks overdue, GatewayProperties properties) {
        return (tasks) -> tasks.addFixedDelayTask(new FixedDelayTask(overdue::sweep,
                properties.housekeeping().overdueChecks(), properties.housekeeping().overdueChecks()));
    }

}
