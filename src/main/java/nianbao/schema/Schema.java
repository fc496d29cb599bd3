package nianbao.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the report format: every field in official order, the tables and their layout,
 * the sections of the published report and the consistency rules. Immutable; load it with
 * {@link Schemas}.
 *
 * @param id schema ID, e.g. {@code gov-info-disclosure/2021}
 * @param version schema file version, e.g. {@code 1.0}
 * @param name the report's name (政府信息公开工作年度报告)
 * @param basis the document defining the format (国办公开办函〔2021〕30号)
 * @param basisTitle the full title of that document
 * @param formatName the format's short Chinese name, e.g. {@code 2019 年试行格式}
 * @param firstYear the first report year published in this format; {@link Schemas#forYear} picks by it
 * @param titlePattern report title with {@code {meta.agency}} and {@code {meta.year}} placeholders
 * @param sheets role → sheet name for the non-table sheets (guide, meta, text, check, schema)
 * @param meta the 基本信息 fields
 * @param narrative the 正文 fields
 * @param sections the sections 一 … 六 of the published report
 * @param tables the statistics tables
 * @param rules every consistency rule, expanded per row/column/group
 * @param checks the built-in checks with their parameters
 * @param byId every field by its ID, in official order
 * @param bounds for each numeric type the schema's fields use, the values it allows
 * @param drafts the sentences of 一、总体情况 a comparison drafts from the numbers, by heading
 */
public record Schema(String id, String version, String name, String basis, String basisTitle, String formatName,
                    int firstYear, String titlePattern,
                    Map<String, String> sheets, List<Field> meta, List<Field> narrative, List<Section> sections,
                    List<Table> tables, List<Rule> rules, List<Check> checks, Map<String, Field> byId,
                    Map<FieldType, Bounds> bounds, List<Draft> drafts) {

    public Schema {
        sheets = Map.copyOf(sheets);
        meta = List.copyOf(meta);
        narrative = List.copyOf(narrative);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        rules = List.copyOf(rules);
        checks = List.copyOf(checks);
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        drafts = List.copyOf(drafts);
        bounds = Map.copyOf(bounds);
        for (Field f : byId.values()) {
            if (f.isNumeric() && !bounds.containsKey(f.type())) {
                throw new IllegalArgumentException("schema " + id + " declares no bounds for " + f.type());
            }
        }
    }

    /**
     * The values a numeric field may hold.
     *
     * @throws IllegalArgumentException for a field that is not numeric (a programming error)
     */
    public Bounds bounds(Field field) {
        Bounds b = bounds.get(field.type());
        if (b == null) {
            throw new IllegalArgumentException(field.id() + " is not numeric");
        }
        return b;
    }

    /** Every field in official order: meta, narrative, then tables 2, 3, 4. */
    public List<Field> fields() {
        return List.copyOf(byId.values());
    }

    /** The numeric fields of the tables in official order. */
    public List<Field> numericFields() {
        return byId.values().stream().filter(Field::isNumeric).toList();
    }

    /** The field with this ID. */
    public Optional<Field> field(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The field with this ID.
     *
     * @throws IllegalArgumentException when the schema has no such field (a programming error)
     */
    public Field require(String id) {
        Field f = byId.get(id);
        if (f == null) {
            throw new IllegalArgumentException("schema " + this.id + " has no field " + id);
        }
        return f;
    }

    /** The table with this ID. */
    public Table table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("schema " + id + " has no table " + tableId));
    }

    /** The built-in check with this ID, if the schema declares it. */
    public Optional<Check> check(String checkId) {
        return checks.stream().filter(c -> c.id().equals(checkId)).findFirst();
    }

    /** Sheet name for a role: {@code guide}, {@code meta}, {@code text}, {@code check} or {@code schema}. */
    public String sheet(String role) {
        String s = sheets.get(role);
        if (s == null) {
            throw new IllegalArgumentException("schema " + id + " names no sheet for " + role);
        }
        return s;
    }

    /** The report title for an agency and year, e.g. 某县卫生健康委员会2025年政府信息公开工作年度报告. */
    public String title(String agency, String year) {
        return titlePattern.replace("{meta.agency}", agency == null ? "" : agency)
                .replace("{meta.year}", year == null ? "" : year);
    }

    /** The short key of this format: the part of the ID after the last slash, e.g. {@code 2019}. */
    public String key() {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The rules whose stated side is one total field filled by a formula in a fresh template. */
    public List<Rule> totalRules() {
        return rules.stream().filter(Rule::total).toList();
    }

    /**
     * Consistent with the record's equals (equal schemas have the same ID and version) but cheap: a
     * schema is a map key in several caches, and the record's own hash walks every field and rule.
     */
    @Override
    public int hashCode() {
        return id.hashCode() * 31 + version.hashCode();
    }
}
