package nianbao.model;

import nianbao.schema.Field;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One annual report: a value for every field of its schema, in schema order. Immutable; build one
 * with {@link #builder(Schema)} or change one with {@link #with(Value)}.
 */
public final class Report {

    /**
     * How an imported report's note on a blank sub-section of 一 begins when the original text has
     * that section but not under its own heading: all of 一 is in {@code text.overview}. The TEXT
     * check reports such a field as a remark, not as a section the report lacks.
     */
    public static final String IN_OVERVIEW = "原文未按（一）至（五）分节，全文在“总体情况”中";
    /**
     * How an imported report's note on a blank sub-section of 一 begins when the original text writes it
     * together with another under one heading ("（四）政府信息公开平台建设、监督保障情况"): its text is in
     * that other sub-section. The TEXT check reports such a field as a remark too.
     */
    public static final String WRITTEN_TOGETHER = "原文把这一小节与另一小节合写在一个小标题下";

    private final Schema schema;
    private final Map<String, Value> values;
    private final String file;

    private Report(Schema schema, Map<String, Value> values, String file) {
        this.schema = schema;
        this.values = values;
        this.file = file;
    }

    /**
     * A report from values a reader produced complete and in schema order, without copying them: the
     * caller hands the map over and must not change it afterwards. Values that are not complete, not in
     * order or not of this schema go through the builder instead, with the same result.
     */
    public static Report of(Schema schema, Map<String, Value> values, String file) {
        List<Field> fields = schema.fields();
        boolean ordered = values.size() == fields.size();
        if (ordered) {
            int i = 0;
            for (Map.Entry<String, Value> e : values.entrySet()) {
                String id = fields.get(i++).id();
                if (!id.equals(e.getKey()) || !id.equals(e.getValue().fieldId())) {
                    ordered = false;
                    break;
                }
            }
        }
        if (ordered) {
            return new Report(schema, values, file);
        }
        Builder b = builder(schema).file(file);
        values.values().forEach(b::put);
        return b.build();
    }

    /** A builder whose every field starts blank. */
    public static Builder builder(Schema schema) {
        return new Builder(schema);
    }

    /** The schema this report follows. */
    public Schema schema() {
        return schema;
    }

    /** The file the report was read from, or null. */
    public String file() {
        return file;
    }

    /** The value of a field (blank when never set). */
    public Value value(String fieldId) {
        Value v = values.get(fieldId);
        if (v == null) {
            schema.require(fieldId);
            return Value.blank(fieldId, Source.none());
        }
        return v;
    }

    /** The number of a field, or null when blank or not a number. */
    public BigDecimal number(String fieldId) {
        return value(fieldId).number();
    }

    /**
     * The number of a field if this report's format has it: null when blank, not a number, or not a
     * field of this format (last year's report may be of an older format).
     */
    public BigDecimal numberIfPresent(String fieldId) {
        return schema.field(fieldId).isPresent() ? number(fieldId) : null;
    }

    /** The text of a field, or null when blank. For numbers, their plain form. */
    public String text(String fieldId) {
        Value v = value(fieldId);
        if (v.text() != null) {
            return v.text();
        }
        return v.number() == null ? null : v.number().toPlainString();
    }

    /** The agency name, or null. */
    public String agency() {
        return text("meta.agency");
    }

    /** The report year as text, or null. */
    public String year() {
        return text("meta.year");
    }

    /** The report title, e.g. 某县卫生健康委员会2025年政府信息公开工作年度报告. */
    public String title() {
        return schema.title(agency(), year());
    }

    /** Every value, in schema order. */
    public Collection<Value> values() {
        return values.values();
    }

    /** A copy with one value replaced. */
    public Report with(Value v) {
        schema.require(v.fieldId());
        Map<String, Value> copy = new LinkedHashMap<>(values);
        copy.put(v.fieldId(), v);
        return new Report(schema, copy, file);
    }

    /** A copy that remembers another source file name. */
    public Report withFile(String newFile) {
        return new Report(schema, values, newFile);
    }

    /** A builder prefilled with this report's values. */
    public Builder toBuilder() {
        Builder b = new Builder(schema);
        b.values.putAll(values);
        b.file = file;
        return b;
    }

    /** Two reports are equal when they follow the same schema and hold the same numbers and texts. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Report r) || !r.schema.id().equals(schema.id())) {
            return false;
        }
        for (Field f : schema.fields()) {
            Value a = value(f.id());
            Value b = r.value(f.id());
            if (!Objects.equals(a.text(), b.text()) || !sameNumber(a.number(), b.number())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema.id(), agency(), year());
    }

    @Override
    public String toString() {
        return "Report[" + schema.id() + ", " + title() + "]";
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Collects values for a new report. */
    public static final class Builder {
        private final Schema schema;
        private final Map<String, Value> values = new LinkedHashMap<>();
        private String file;

        private Builder(Schema schema) {
            this.schema = Objects.requireNonNull(schema);
        }

        /** Sets a value (replacing any earlier one for the same field). */
        public Builder put(Value v) {
            schema.require(v.fieldId());
            values.put(v.fieldId(), v);
            return this;
        }

        /** Sets a number read from nowhere in particular (tests, code). */
        public Builder number(String fieldId, long n) {
            return put(Value.number(fieldId, BigDecimal.valueOf(n), Source.none()));
        }

        /** Sets a number read from nowhere in particular (tests, code). */
        public Builder number(String fieldId, BigDecimal n) {
            return put(Value.number(fieldId, n, Source.none()));
        }

        /** Sets a text read from nowhere in particular (tests, code). */
        public Builder text(String fieldId, String text) {
            return put(Value.text(fieldId, text, Source.none()));
        }

        /** Remembers the file the report comes from. */
        public Builder file(String name) {
            this.file = name;
            return this;
        }

        /** The current value of a field, blank when not set. */
        public Value get(String fieldId) {
            Value v = values.get(fieldId);
            return v != null ? v : Value.blank(schema.require(fieldId).id(), Source.none());
        }

        /** The report, with every unset field blank, in schema order. */
        public Report build() {
            Map<String, Value> ordered = new LinkedHashMap<>();
            for (Field f : schema.fields()) {
                Value v = values.get(f.id());
                ordered.put(f.id(), v != null ? v : Value.blank(f.id(), Source.none()));
            }
            return new Report(schema, ordered, file);
        }
    }
}
