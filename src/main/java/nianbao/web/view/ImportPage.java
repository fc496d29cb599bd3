package nianbao.web.view;

import nianbao.legacy.ImportResult;

import java.util.List;

/**
 * An imported published report on the 导入结果 page.
 *
 * @param result what the importer made of it
 * @param downloadBase the path the downloads hang from ({@code /import/ID/})
 * @param tables its statistics tables with each value marked read, inferred or missing
 */
public record ImportPage(ImportResult result, String downloadBase, List<StatsTable> tables) {

    public ImportPage {
        tables = List.copyOf(tables);
    }
}
