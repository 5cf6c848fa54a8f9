package org.civilrights.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.civilrights.workflow.complaint.Disposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every name the application writes into a bounded column of the case file fits it (staff issue,
 * item 2: "Value too long for column NOTICE VARCHAR(80)" stuck a dismissal at its mailing). The names
 * are read from the sources (each literal or constant passed as a notice or clock name), the widths
 * from the database itself; names built from what staff typed are checked at the form's maxLength.
 */
class NoticeNamesFitTest extends ProcessTest {

    private static final Path SOURCES = Path.of("src/main/java/org/civilrights/workflow");
    /** caseFile.served(docket, NAME, …), serveOnParties(docket, NAME, …), caseFile.open(docket, NAME, …). */
    private static final Pattern CASE_FILE_CALL = Pattern.compile(
            "(?:\\.served|serveOnParties|caseFile\\.open)\\(\\s*docket,\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Z_][A-Za-z_.]*)\\s*[,)]");
    /** new ServedNotices.Notice(NAME, …) */
    private static final Pattern PROCEEDING_NOTICE = Pattern.compile(
            "new ServedNotices\\.Notice\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Z_][A-Za-z_.]*)\\s*[,)]");
    private static final Pattern CONSTANT = Pattern.compile(
            "static final String ([A-Z_]+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired DataSource dataSource;

    static Stream<Arguments> caseFileNames() throws IOException {
        return names(CASE_FILE_CALL);
    }

    static Stream<Arguments> proceedingNoticeNames() throws IOException {
        return names(PROCEEDING_NOTICE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFileNames")
    void aComplaintsNoticeOrClockNameFitsItsColumn(String name) throws SQLException {
        assertThat(name.length()).as(name).isLessThanOrEqualTo(
                Math.min(width("SERVED_NOTICE", "NOTICE"), width("CASE_DEADLINE", "DEADLINE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proceedingNoticeNames")
    void aProceedingsNoticeNameFitsItsColumn(String name) throws SQLException {
        assertThat(name.length()).as(name).isLessThanOrEqualTo(width("PROCEEDING_NOTICE", "NOTICE"));
    }

    @Test
    void theSourceScanFindsTheNames() throws IOException {
        assertThat(caseFileNames().count()).as("names passed to the complaint's case file").isGreaterThan(20);
        assertThat(proceedingNoticeNames().count()).as("names passed to the proceedings' notices").isGreaterThan(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dispositions")
    void everyDismissalsMailingNoticeFits_46a_54_61a_b(Disposition disposition) throws SQLException {
        String name = disposition.label() + ", with notice of the right to request reconsideration";
        assertThat(name.length()).as(name).isLessThanOrEqualTo(width("SERVED_NOTICE", "NOTICE"));
    }

    static Stream<Disposition> dispositions() {
        return Stream.of(Disposition.values());
    }

    @Test
    void namesBuiltFromWhatStaffTypedFitAtTheFormsLimit() throws Exception {
        int place = maxLength("forms/complaint/complaint-mediation-notice.form", "mediationPlace");
        int vacancy = maxLength("forms/certificate/certificate-exemption-petition.form", "vacancy");
        // Mediation.notify (46a-54-56a(c)); Certificates.recordExemptionPetition (46a-68-70(a))
        assertThat(("Notice of mandatory mediation on 2026-12-31 at " + "x".repeat(place)).length())
                .isLessThanOrEqualTo(width("SERVED_NOTICE", "NOTICE"));
        assertThat(("petition for a certificate of exemption: " + "x".repeat(vacancy)).length())
                .isLessThanOrEqualTo(width("PROCEEDING_NOTICE", "NOTICE"));
        // Defaults.recordRequest: the requester is one of the fixed words of 46a-54-46a(b)
        assertThat("Request to Enter Default (by the complainant or the commission)".length())
                .isLessThanOrEqualTo(width("SERVED_NOTICE", "NOTICE"));
    }

    @Test
    void everyCertificateStatusFitsItsColumn() throws SQLException {
        for (var status : org.civilrights.workflow.certificate.Certificates.Status.values()) {
            assertThat(status.name().length()).as(status.name())
                    .isLessThanOrEqualTo(width("NONCOMPLIANCE_CERTIFICATE", "STATUS"));
        }
    }

    private static Stream<Arguments> names(Pattern call) throws IOException {
        Map<String, String> constants = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            Matcher constant = CONSTANT.matcher(Files.readString(file));
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
                constants.put(file.getFileName().toString().replace(".java", "") + "." + constant.group(1),
                        constant.group(2));
            }
        }
        for (Path file : files) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                String argument = m.group(1);
                String name = argument.startsWith("\"") ? argument.substring(1, argument.length() - 1)
                        : constants.get(argument);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names.stream().distinct().map(Arguments::of);
    }

    private int width(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String[] names : new String[][] {{table, column}, {table.toLowerCase(), column.toLowerCase()}}) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, names[0], names[1])) {
                    if (columns.next()) {
                        return columns.getInt("COLUMN_SIZE");
                    }
                }
            }
        }
        throw new IllegalStateException("no column " + table + "." + column);
    }

    private static int maxLength(String form, String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of(form).toFile());
        return find(root.path("components"), key).path("validate").path("maxLength").asInt();
    }

    private static JsonNode find(JsonNode components, String key) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode inner = find(component.path("components"), key);
            if (!inner.isMissingNode()) {
                return inner;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
