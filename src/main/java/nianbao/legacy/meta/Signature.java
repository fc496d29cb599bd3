package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing signature (落款) under a report's last section: the agency's name alone on a line and
 * the date, in either order or on one line ("某局　2023年1月20日"), the date in digits or written out
 * (二〇二三年一月二十日).
 *
 * @param name the agency's name as signed, or null
 * @param nameLine the decoded line of the name, or 0
 * @param date the signed date, ISO, or null
 * @param dateLine the decoded line of the date, or 0
 */
record Signature(String name, int nameLine, String date, int dateLine) {

    static final Signature NONE = new Signature(null, 0, null, 0);
    /** At most this many lines at the end: name, date, and a blank-looking remark between them. */
    private static final int LINES = 3;
    /** A name and a date on one line, apart by blanks. */
    private static final Pattern NAME_AND_DATE = Pattern.compile("^(\\S+)[\\s\\u3000]+(\\S.*)$");

    /**
     * Removes the signature from the end of a section's lines and returns it.
     *
     * @param body the section's lines; the signature's lines are removed from its end
     * @param agency the agency the title names, which counts as a signature line too, or null
     */
    static Signature take(List<Outline.Cleaned> body, String agency) {
        String name = null;
        int nameLine = 0;
        String date = null;
        int dateLine = 0;
        for (int k = 0; k < LINES && !body.isEmpty(); k++) {
            Outline.Cleaned last = body.get(body.size() - 1);
            String text = last.text();
            if (text.length() > AgencyName.MAX + 24) {
                break;
            }
            String d = date == null ? Dates.at(text, true) : null;
            Matcher both;
            if (d != null) {
                date = d;
                dateLine = last.number();
            } else if (name == null && isName(text, agency)) {
                name = Chrome.squeeze(text);
                nameLine = last.number();
            } else if (name == null && date == null && (both = nameAndDate(text, agency)) != null) {
                name = Chrome.squeeze(both.group(1));
                date = Dates.at(both.group(2), true);
                nameLine = last.number();
                dateLine = last.number();
            } else {
                break;
            }
            body.remove(body.size() - 1);
        }
        return name == null && date == null ? NONE : new Signature(name, nameLine, date, dateLine);
    }

    private static boolean isName(String text, String agency) {
        String s = Chrome.squeeze(text);
        return AgencyName.plausible(s) || agency != null && s.equals(Chrome.squeeze(agency));
    }

    /** The match of a "name date" line, or null when the line is not one. */
    private static Matcher nameAndDate(String text, String agency) {
        Matcher m = NAME_AND_DATE.matcher(Chrome.strip(text));
        return m.matches() && isName(m.group(1), agency) && Dates.at(m.group(2), true) != null ? m : null;
    }
}
