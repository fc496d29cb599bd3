package nianbao.legacy.decode;

import nianbao.legacy.read.LineSpan;
import nianbao.legacy.read.TextLine;

import nianbao.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Bridges to the statistics parser (tables 二、三、四), owned by its own stage. */
public final class StatsStage {

    private StatsStage() {
    }

    public static Tables parse(List<TextLine> lines, Schema schema, String file) {
        return parse(lines, schema, file, null, null);
    }

    /**
     * Parses with last year's report (null for none) adding its equations, see {@link StatsParser};
     * {@code tokens} gives the lines' tokens when they are already under way (null: tokenise here).
     */
    public static Tables parse(List<TextLine> lines, Schema schema, String file, nianbao.model.Report previous,
                               Supplier<nianbao.legacy.tokens.Tokenizer> tokens) {
        StatsResult r = previous == null ? StatsParser.parse(lines, schema, file, null, null, tokens)
                : StatsParser.parse(lines, schema, file, previous::numberIfPresent, previous.file(), tokens);
        List<LineSpan> spans = new ArrayList<>();
        for (StatsResult.TableSpan s : r.spans()) {
            spans.add(new LineSpan(s.firstLine(), s.lastLine()));
        }
        return new Tables(r.values(), r.layout(), r.format(), r.notes(), spans);
    }
}
