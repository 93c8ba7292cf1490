package org.kring.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.cell("statiegeld, blikjes")).isEqualTo("\"statiegeld, blikjes\"");
        assertThat(Csv.cell("de \"beste\" automaat")).isEqualTo("\"de \"\"beste\"\" automaat\"");
        assertThat(Csv.cell("regel 1\nregel 2")).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(Csv.cell("crème brûlée, één € en ë")).isEqualTo("\"crème brûlée, één € en ë\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell(-3)).as("a number stays a number").isEqualTo("-3");
        assertThat(Csv.cell("e-mail")).isEqualTo("e-mail");
    }

    @Test
    void aLineEndsWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        Csv.line(out, Arrays.asList("idea", 12, null, "a,b"));
        assertThat(out).hasToString("idea,12,,\"a,b\"\r\n");
    }
}
