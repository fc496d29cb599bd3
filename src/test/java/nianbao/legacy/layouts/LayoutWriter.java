package nianbao.legacy.layouts;

import nianbao.model.Report;

import java.util.List;

/** Writes a report's full published text in one lossy layout, with that layout's quirks chosen by a seed. */
interface LayoutWriter {

    /** The four layouts of issue 10. */
    List<LayoutWriter> ALL = List.of(new CrawlerWriter(), new ColumnPdfWriter(), new ShreddedMarkdownWriter(),
            new WordHtmlWriter());

    /** Short name used in figures and messages. */
    String name();

    /** The file and what it prints, deterministic from the seed. */
    Printed write(Report report, long seed);
}
