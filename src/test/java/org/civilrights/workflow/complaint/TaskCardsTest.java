package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every role that works a task sees its case on the card, as Tasklist asks for it (staff issue, item 3). */
class TaskCardsTest extends ComplaintScenario {

    @Autowired TestRestTemplate http;

    @Test
    void intakeSeesTheDocketAndThePartiesOnItsTaskCards_andAConfidentialComplaintOnlyByItsPseudonym() {
        fileComplaint(LocalDate.now(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).minusDays(1),
                Map.of("confidential", true, "confidentialGround", "HIV_RELATED", "pseudonym", "John Doe",
                        "complainantName", "Casey Card-Test"));
        String filter = ((Map<?, ?>) http.withBasicAuth("irene", "irene").getForEntity("/engine-rest/filter", Map[].class)
                .getBody()[0]).get("id").toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept", "application/hal+json");

        ResponseEntity<String> cards = http.withBasicAuth("irene", "irene").exchange(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=1000", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);

        assertThat(cards.getBody()).contains("\"value\":\"" + docket + "\"")
                .contains("John Doe v. Acme Manufacturing LLC").doesNotContain("Casey Card-Test");
    }
}
