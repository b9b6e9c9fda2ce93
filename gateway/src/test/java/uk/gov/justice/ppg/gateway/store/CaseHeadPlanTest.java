package uk.gov.justice.ppg.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded store, migrated as the gateway migrates it, looks up a case's head through
 * the index made for it: through the state index instead, each delivery read every
 * pending delivery of its partner, a cost that grew with the backlog.
 */
class CaseHeadPlanTest {

    @TempDir
    Path data;

    @Test
    void theCaseHeadIsReadThroughItsOwnIndex() {
        JdbcDataSource dataSource = MigratedStore.h2(this.data);
        String plan = new JdbcTemplate(dataSource).queryForObject("EXPLAIN " + DeliveryStore.CASE_HEAD, String.class,
                "a-delivery", "PENDING", "PENDING");
        assertThat(plan).contains("ix_delivery_case_head").doesNotContain("ix_delivery_state");
    }

}
