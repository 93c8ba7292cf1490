package org.kring.insights.control;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180): UTF-8 with a byte order mark so that Excel shows é, ë and € right, a cell
 * quoted when it holds a comma, quote or line break (quotes doubled), and a cell that a spreadsheet would run as a
 * formula (it starts with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe (OWASP "CSV injection").
 * Pure, so unit tested.
 */
public final class Csv {

    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    /** One line: the cells, escaped, separated by commas, ended by CRLF. */
    public static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
