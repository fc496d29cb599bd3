package nianbao.xlsx.read;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.xlsx.write.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CommentNotesTest {

    @TempDir
    Path dir;

    @Test
    void missingValuesKeepTheirReasonThroughTheWorkbook() throws Exception {
        Report r = Fixtures.example().toBuilder()
                .put(Value.missing("text.overview_platform", Source.none(), Report.IN_OVERVIEW))
                .put(Value.missing("t2.rules.made", Source.none(), "原文“107”可拆成几种读法"))
                .put(Value.inferred("t4.review.pending", BigDecimal.ZERO, Source.none(), "按 T4-SUM 推出"))
                .build();
        Path xlsx = dir.resolve("r.xlsx");
        WorkbookWriter.write(r, xlsx);
        Report back = WorkbookReader.read(xlsx);
        assertEquals(Provenance.MISSING, back.value("text.overview_platform").how());
        assertEquals(Report.IN_OVERVIEW, back.value("text.overview_platform").note());
        assertEquals("原文“107”可拆成几种读法", back.value("t2.rules.made").note());
        assertEquals("表二!B4", back.value("t2.rules.made").source().position());
        // an inferred number is a number; it is read as the cell holds it
        assertEquals(Provenance.READ, back.value("t4.review.pending").how());
        assertEquals(Provenance.READ, back.value("text.overview_proactive").how());
    }

    @Test
    void onlyOurOwnMissingMarksCount() throws Exception {
        String xml = "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors>"
                + "<author>张三</author><author>nianbao</author></authors><commentList>"
                + "<comment ref=\"B4\" authorId=\"1\"><text><t>缺失：原文中没有“（一）主动公开情况”</t></text></comment>"
                + "<comment ref=\"B5\" authorId=\"0\"><text><t>缺失：我自己写的</t></text></comment>"
                + "<comment ref=\"$B$6\" authorId=\"1\"><text><r><t>原文填报的总计为 3。</t></r><r><t xml:space=\"preserve\">\n缺失</t></r></text></comment>"
                + "<comment ref=\"B7\" authorId=\"1\"><text><t>推断：按 T4-SUM 推出</t></text></comment>"
                + "</commentList></comments>";
        Map<String, String> m = CommentNotes.parse(xml);
        assertEquals("原文中没有“（一）主动公开情况”", m.get("B4"));
        assertNull(m.get("B5"));
        assertEquals("", m.get("B6"));
        assertNull(m.get("B7"));
    }
}
