package nianbao.compare;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A field's value in a report of either format: the field itself when the report's format has it, else the
 * sum of the fields its format counts it in ({@link Field#sameAs()}, both ways); absent when neither.
 */
final class Values {

    private Values() {
    }

    /**
     * The entry of a line in a report.
     *
     * @param report the report
     * @param field the line's field (of any format)
     */
    static Entry entry(Report report, Field field) {
        Schema s = report.schema();
        if (s.field(field.id()).isPresent()) {
            return of(report.value(field.id()));
        }
        if (!field.sameAs().isEmpty() && field.sameAs().stream().allMatch(id -> s.field(id).isPresent())) {
            return combine(report, field.sameAs());
        }
        return Entry.absent();
    }

    /**
     * The sum of fields in a report, each taken across formats as {@link #entry} takes it; the fields a format
     * joins into one (the 2019 format's （六）其他处理 for the 2021 format's three rows) are taken together.
     */
    static Entry sum(Report report, List<String> ids) {
        Schema s = report.schema();
        Set<String> rest = new LinkedHashSet<>();
        List<String> own = new ArrayList<>();
        for (String id : ids) {
            if (s.field(id).isPresent()) {
                own.add(id);
            } else {
                rest.add(id);
            }
        }
        for (Field g : s.numericFields()) {
            if (!g.sameAs().isEmpty() && rest.containsAll(g.sameAs())) {
                rest.removeAll(g.sameAs());
                own.add(g.id());
            }
        }
        for (String id : List.copyOf(rest)) {
            Optional<Field> other = Schemas.anyField(id);
            if (other.isPresent() && !other.get().sameAs().isEmpty()
                    && other.get().sameAs().stream().allMatch(x -> s.field(x).isPresent())) {
                rest.remove(id);
                own.addAll(other.get().sameAs());
            }
        }
        if (!rest.isEmpty()) {
            return Entry.absent();
        }
        return own.size() == 1 ? of(report.value(own.get(0))) : combine(report, own);
    }

    /** The entry of a field the report's format has. */
    static Entry of(Value v) {
        if (v.number() != null) {
            return new Entry(Entry.State.NUMBER, v.number(), v.how(), v.note(), null, List.of());
        }
        if (v.how() == Provenance.MISSING) {
            return new Entry(Entry.State.MISSING, null, v.how(), v.note(), null, List.of());
        }
        if (v.isUnparsedNumber()) {
            return new Entry(Entry.State.NOT_NUMBER, null, v.how(), v.note(), v.text(), List.of());
        }
        return new Entry(Entry.State.BLANK, null, v.how(), v.note(), null, List.of());
    }

    /** The sum of fields of the report's own format, as one entry: a number only when every part is one. */
    private static Entry combine(Report report, List<String> ids) {
        BigDecimal sum = BigDecimal.ZERO;
        Provenance how = Provenance.READ;
        List<String> names = new ArrayList<>();
        Entry worst = null;
        for (String id : ids) {
            Entry e = of(report.value(id));
            names.add(Lines.name(report.schema(), report.schema().require(id)));
            if (e.state() != Entry.State.NUMBER) {
                if (worst == null || rank(e.state()) > rank(worst.state())) {
                    worst = e;
                }
                continue;
            }
            sum = sum.add(e.number());
            if (e.how() == Provenance.INFERRED || (e.how() == Provenance.COMPUTED && how == Provenance.READ)) {
                how = e.how();
            }
        }
        String parts = String.join("、", names);
        if (worst != null) {
            return new Entry(worst.state(), null, worst.how(), "由" + parts + "相加，其中有" + worst.shown() + "的格子",
                    worst.text(), ids);
        }
        String note = report.schema().formatName() + "分为" + parts + "，此处为各项之和";
        return new Entry(Entry.State.NUMBER, sum, how, how == Provenance.INFERRED ? note + "（其中有推断的数字）" : note,
                null, ids);
    }

    private static int rank(Entry.State s) {
        return switch (s) {
            case MISSING -> 3;
            case NOT_NUMBER -> 2;
            case BLANK -> 1;
            default -> 0;
        };
    }
}
