package org.civilrights.workflow.certificate;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * Whether an agency may fill a vacancy now (46a-68-67(b), 70): {@code GET /api/hiring-bar?agency=..&vacancy=..}
 * answers in JSON; opened in a browser (HTML) it is a page with a lookup form and the certificates
 * that stand. HTTP Basic credentials of a staff member, like the engine's REST API.
 */
@RestController
@RequestMapping("/api/hiring-bar")
class HiringBarApi {

    static final Set<String> READERS = Set.of(Role.PLAN_REVIEWER.groupId(), Role.COMMISSIONER.groupId(),
            Role.EXECUTIVE_DIRECTOR.groupId(), Role.COMMISSION_COUNSEL.groupId(), Role.HEARING_REFEREE.groupId(),
            Role.REGIONAL_MANAGER.groupId(), Role.MANAGER.groupId(), "camunda-admin");

    private final Certificates certificates;
    private final IdentityService identityService;

    HiringBarApi(Certificates certificates, IdentityService identityService) {
        this.certificates = certificates;
        this.identityService = identityService;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Certificates.HiringBar answer(@RequestParam(required = false) String agency,
                                  @RequestParam(required = false) String vacancy) {
        ApiAccess.require(identityService, READERS);
        if (agency == null || agency.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "agency: the agency to ask about is required");
        }
        return certificates.hiringBar(agency, vacancy);
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String agency, @RequestParam(required = false) String vacancy) {
        ApiAccess.require(identityService, READERS);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hiring bar</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}.no{color:#a00}.yes{color:#070}</style>
                </head><body><h1>May the agency fill the vacancy?</h1>
                <p>A certificate of noncompliance bars the agency from filling any position by hire or promotion from
                its receipt until it is withdrawn or rescinded; a certificate of exemption lifts the bar for one
                vacancy (46a-68-67(b), 70).</p>
                <form method="get"><label>Agency <input name="agency" size="50" value="%s"></label>
                <label>Vacancy <input name="vacancy" size="30" value="%s"></label> <button>Ask</button></form>
                """.formatted(escape(agency), escape(vacancy)));
        if (agency != null && !agency.isBlank()) {
            Certificates.HiringBar bar = certificates.hiringBar(agency, vacancy);
            html.append("<h2 class=\"").append(bar.mayFill() ? "yes\">Yes" : "no\">No").append("</h2><ul>");
            bar.reasons().forEach(r -> html.append("<li>").append(escape(r)).append("</li>"));
            html.append("</ul>");
        }
        html.append("<h2>Certificates standing or monitored</h2><table><tr><th>Agency</th><th>Certificate</th>"
                + "<th>Status</th><th>Bar from</th><th>Vacancies petitioned (status)</th></tr>");
        List<Certificates.Certificate> standing = certificates.standingCertificates();
        if (standing.isEmpty()) {
            html.append("<tr><td colspan=\"5\">No certificate of noncompliance stands or is monitored.</td></tr>");
        }
        for (Certificates.Certificate c : standing) {
            StringBuilder vacancies = new StringBuilder();
            certificates.exemptions(c.certificateId()).forEach(e -> vacancies.append(escape(e.vacancy())).append(" (")
                    .append(e.status().toLowerCase(java.util.Locale.ROOT)).append(")<br>"));
            html.append("<tr><td>").append(escape(c.agency())).append("</td><td>").append(escape(c.certificateId()))
                    .append("</td><td>").append(c.status()).append("</td><td>")
                    .append(c.barFrom() == null ? "" : c.barFrom()).append("</td><td>").append(vacancies)
                    .append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
