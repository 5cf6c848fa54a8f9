package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case record for staff, and the confidential identity for those with the need to know (46a-54-37a). */
class CaseApiTest extends ComplaintScenario {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @Test
    void staffReadTheCaseRecordWithItsNoticesAndDeadlines() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());

        ResponseEntity<String> response = http.withBasicAuth("irene", "irene")
                .getForEntity("/api/complaints/" + docket, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains(docket, "Service of the complaint", "Acme Manufacturing LLC");
        assertThat(http.getForEntity("/api/complaints/" + docket, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("irene", "irene").getForEntity("/api/complaints/2026-99999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheExecutiveDirectorAndInvestigatorsReadAConfidentialIdentityAndEachReadingIsRecorded_46a_54_37a() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of("confidential", true, "confidentialGround", "SEXUAL_ASSAULT",
                "pseudonym", "Jane Roe", "representativeAddress", "CHRO Hartford"));
        String path = "/api/complaints/" + docket + "/confidential-identity";

        assertThat(http.withBasicAuth("irene", "irene").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("mona", "mona").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> read = http.withBasicAuth("edward", "edward").getForEntity(path, String.class);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).contains("Jordan Avery");
        assertThat(http.withBasicAuth("irene", "irene").getForEntity("/api/complaints/" + docket, String.class).getBody())
                .contains("Jane Roe").doesNotContain("Jordan Avery");
        assertThat(jdbc.sql("SELECT user_id FROM confidential_access WHERE docket_number = :d AND outcome = 'READ'")
                .param("d", docket).query(String.class).list()).containsExactly("edward");
        // security issue, item 9: the refused attempts are recorded too, and the executive director reads the log
        ResponseEntity<String> log = http.withBasicAuth("edward", "edward")
                .getForEntity("/api/complaints/" + docket + "/confidential-access", String.class);
        assertThat(log.getBody()).contains("\"user\":\"irene\"").contains("\"user\":\"mona\"").contains("REFUSED")
                .contains("\"user\":\"edward\"").doesNotContain("Jordan Avery");
        assertThat(http.withBasicAuth("ivan", "ivan").getForEntity("/api/complaints/" + docket + "/confidential-access",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
