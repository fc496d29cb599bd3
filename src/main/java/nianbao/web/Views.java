package nianbao.web;

import nianbao.web.view.Badge;
import nianbao.web.view.Review;
import nianbao.web.view.Version;
import nianbao.web.view.View;

import java.util.List;

/** The store's records as the pages show them: status and result badges, version rows, marks. */
final class Views {

    private Views() {
    }

    /** The status of a slot: 已提交, 有错误（N） or 未提交. */
    static Badge status(Submission latest) {
        if (latest == null) {
            return new Badge("none", "未提交");
        }
        return latest.errors() > 0 ? new Badge("err", "有错误（" + latest.errors() + "）") : new Badge("ok", "已提交");
    }

    /** The validation result of one version in words. */
    static Badge result(Submission v) {
        if (v.errors() > 0) {
            return new Badge("err", v.errors() + " 个错误");
        }
        return v.warnings() > 0 ? new Badge("warn", "通过，" + v.warnings() + " 个警告") : new Badge("ok", "通过");
    }

    /** The office's review of a slot: 待改正（N） while a finding is marked 需改正, else 已核实（N）, else null. */
    static Badge review(List<Marks.Mark> marks) {
        long fix = marks.stream().filter(m -> m.kind() == Marks.Kind.FIX).count();
        if (fix > 0) {
            return new Badge("warn", Marks.Kind.FIX.status() + "（" + fix + "）");
        }
        return marks.isEmpty() ? null : new Badge("ok", Marks.Kind.OK.status() + "（" + marks.size() + "）");
    }

    /** One version as a row of a versions table. */
    static Version version(Submission v, String href) {
        return new Version(v.version(), View.time(v.time()), v.address(), v.originalName(), v.agencyInFile(), result(v), href);
    }

    /** A mark as the pages show it. */
    static Review.Mark mark(Marks.Mark m) {
        return m == null ? null : new Review.Mark(m.kind().key(), m.kind().zh(), m.note(), View.time(m.time()), m.version());
    }
}
