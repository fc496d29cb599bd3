package nianbao.legacy.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports and pages print them: {@code 2022-02-08 16:34}, {@code 2022/2/8}, {@code 2022.02.08},
 * {@code 2022年2月8日}, a weekday after them ({@code 星期三}), and in a signature written out {@code 二〇二三年一月二十日}; years written out
 * ({@code 二〇二二年}) in titles.
 */
final class Dates {

    /** A year of four digits or four written-out numerals (二〇二二, 二零二二, 二○二二). */
    static final String YEAR = "(\\d{4}|[一二][〇○零Ｏ0О][一二三四五六七八九〇○零Ｏ0О]{2})";
    private static final Pattern DIGITS = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?");
    private static final Pattern WRITTEN = Pattern.compile(
            "^" + YEAR + "\\s*年\\s*([一二三四五六七八九十]{1,2}|\\d{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*日");
    /** A time after the date: 16:34, 16:34:05, 16时34分, 16时34分05秒. */
    private static final Pattern TIME = Pattern.compile(
            "^\\s*\\d{1,2}\\s*[:：时]\\s*\\d{1,2}\\s*分?(\\s*[:：]\\s*\\d{1,2}|\\s*\\d{1,2}\\s*秒)?");

    /** A weekday after the date or time: 星期三, 周三, （星期三）. */
    private static final Pattern WEEKDAY = Pattern.compile("^\\s*[（(]?\\s*(?:星期|周)[一二三四五六日天]\\s*[）)]?");

    private Dates() {
    }

    /**
     * The date at the start of the text as ISO {@code yyyy-MM-dd}, or null when it does not start
     * with a real date (of a year 2000–2099).
     *
     * @param text the text, blanks in front allowed
     * @param whole true when nothing but the date (and a time) may follow
     */
    static String at(String text, boolean whole) {
        String t = text.strip();
        Matcher m = DIGITS.matcher(t);
        if (!m.find()) {
            m = WRITTEN.matcher(t);
            if (!m.find()) {
                return null;
            }
        }
        if (whole) {
            String rest = t.substring(m.end());
            Matcher time = TIME.matcher(rest);
            if (time.find()) {
                rest = rest.substring(time.end());
            }
            Matcher weekday = WEEKDAY.matcher(rest);
            if (weekday.find()) {
                rest = rest.substring(weekday.end());
            }
            if (!rest.isBlank()) {
                return null;
            }
        }
        return iso(year(m.group(1)), number(m.group(2)), number(m.group(3)));
    }

    /** A year of digits or written-out numerals as four digits, or null. */
    static String year(String y) {
        if (y.chars().allMatch(Character::isDigit)) {
            return y;
        }
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < y.length(); i++) {
            int d = digit(y.charAt(i));
            if (d < 0) {
                return null;
            }
            sb.append(d);
        }
        return sb.toString();
    }

    private static String iso(String year, int month, int day) {
        if (year == null || month < 1 || day < 1) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < 2000 || y > 2099) {
            return null;
        }
        try {
            return LocalDate.of(y, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1–31 written as digits or as 一 … 十二, 二十, 二十一, 三十一; -1 otherwise. */
    private static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens < 1 || ones < 0 || s.length() > ten + 2 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return switch (c) {
            case '○', '零', 'Ｏ', '0', 'О' -> 0;
            default -> Character.isDigit(c) ? Character.digit(c, 10) : -1;
        };
    }
}
