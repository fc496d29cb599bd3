package nianbao.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of 一、总体情况 that a comparison drafts from the numbers, as the format's schema words it: the
 * part's heading and sentences with slots in braces. A slot is {@code {a+b}} (the sum of the fields, printed),
 * {@code {a+b|比上年}} or {@code {a|比上年|万元}} (the change against the report before, as agencies write it:
 * “，比上年增加38件，增长10.0%”; the unit defaults to 件) or {@code {a|占 b+c}} (a as a share of b: “48.1%”).
 * The wording lives in the schema so that each format speaks of its own table rows and a new format needs no code.
 *
 * @param heading the heading the sentences belong under, e.g. （二）依申请公开情况
 * @param sentences the sentences in order
 */
public record Draft(String heading, List<Sentence> sentences) {

    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");
    private static final String FIELD = "[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+";
    private static final Pattern SUM = Pattern.compile(FIELD + "(?:\\+" + FIELD + ")*");

    public Draft {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence: literal text and slots, in order.
     *
     * @param template the sentence as the schema writes it
     * @param parts the text and slots it is made of
     */
    public record Sentence(String template, List<Part> parts) {
        public Sentence {
            parts = List.copyOf(parts);
        }

        /** Every field the sentence reads, in order of appearance (a field may repeat). */
        public List<String> fields() {
            List<String> out = new ArrayList<>();
            for (Part p : parts) {
                if (p instanceof Slot s) {
                    out.addAll(s.fields());
                    out.addAll(s.base());
                }
            }
            return out;
        }
    }

    /** Literal text or a slot. */
    public sealed interface Part permits Text, Slot {
    }

    /** Text printed as it stands. */
    public record Text(String text) implements Part {
    }

    /** What a slot prints. */
    public enum Kind {
        /** The sum of the fields. */
        NUMBER,
        /** The change of the sum against the report before, as a clause. */
        CHANGE,
        /** The sum as a share of the base's sum, in per cent. */
        SHARE
    }

    /**
     * A slot.
     *
     * @param kind what it prints
     * @param fields the fields summed
     * @param base for a share, the fields of the denominator; else empty
     * @param unit for a change, the unit of the amount (件, 万元)
     */
    public record Slot(Kind kind, List<String> fields, List<String> base, String unit) implements Part {
        public Slot {
            fields = List.copyOf(fields);
            base = List.copyOf(base);
        }
    }

    /**
     * Parses a sentence of a schema file.
     *
     * @throws IllegalArgumentException when a slot is not one of the forms above
     */
    public static Sentence parse(String template) {
        List<Part> parts = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Text(template.substring(at, m.start())));
            }
            parts.add(slot(m.group(1), template));
            at = m.end();
        }
        if (at < template.length()) {
            parts.add(new Text(template.substring(at)));
        }
        for (Part p : parts) {
            if (p instanceof Text t && (t.text().contains("{") || t.text().contains("}"))) {
                throw new IllegalArgumentException("unbalanced braces in draft sentence: " + template);
            }
        }
        return new Sentence(template, parts);
    }

    private static Slot slot(String body, String template) {
        String[] pieces = body.split("\\|", -1);
        List<String> fields = sum(pieces[0], template);
        if (pieces.length == 1) {
            return new Slot(Kind.NUMBER, fields, List.of(), null);
        }
        String how = pieces[1].strip();
        if (how.equals("比上年") && pieces.length <= 3) {
            String unit = pieces.length == 3 ? pieces[2].strip() : "件";
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("empty unit in draft slot {" + body + "}: " + template);
            }
            return new Slot(Kind.CHANGE, fields, List.of(), unit);
        }
        if (how.startsWith("占") && pieces.length == 2) {
            return new Slot(Kind.SHARE, fields, sum(how.substring(1), template), null);
        }
        throw new IllegalArgumentException("unknown draft slot {" + body + "}: " + template);
    }

    private static List<String> sum(String text, String template) {
        String s = text.replace(" ", "");
        if (!SUM.matcher(s).matches()) {
            throw new IllegalArgumentException("draft slot is not a sum of field IDs: " + text + " in " + template);
        }
        return List.of(s.split("\\+"));
    }
}
