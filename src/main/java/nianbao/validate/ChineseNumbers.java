package nianbao.validate;

import java.math.BigDecimal;

/** Reads the Chinese numerals clerks write in prose (十二, 三十五, 一百零三, 两千, 1.2万) as numbers. */
final class ChineseNumbers {

    private static final java.util.regex.Pattern ARABIC = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern WAN = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?万");
    private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("[零一二三四五六七八九十百千万]+");

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    /**
     * Parses Arabic digits (also full-width) or a Chinese numeral up to the 万 range.
     *
     * @return the number, or null when the text is not one number
     */
    static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        String t = s.replace('〇', '零').replace('两', '二').replace('○', '零');
        StringBuilder ascii = new StringBuilder();
        for (char c : t.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        t = ascii.toString();
        if (ARABIC.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (WAN.matcher(t).matches()) {
            return new BigDecimal(t.substring(0, t.length() - 1)).multiply(BigDecimal.valueOf(10_000));
        }
        if (!CHINESE.matcher(t).matches()) {
            return null;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0 && d > 0) {
                    return null; // "二三" is not a number a clerk writes
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 10_000;
            };
            if (unit == 10_000) {
                section += Math.max(digit, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
            } else {
                // 十二 means 12: a unit without a digit before it counts once.
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        return BigDecimal.valueOf(total + section);
    }
}
