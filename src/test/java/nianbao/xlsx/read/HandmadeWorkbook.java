package nianbao.xlsx.read;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workbook written by hand the way unusual writers do it: every tag with an {@code x:}
 * prefix, the workbook part at {@code /xl/Book.xml} with sheets under {@code xl/sheets/},
 * rows and cells without {@code r} addresses, inline strings, a rich-text shared string with
 * a phonetic guide, a date serial and a formula total without a cached result.
 */
final class HandmadeWorkbook {

    private static final String NS = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private HandmadeWorkbook() {
    }

    static Map<String, String> parts() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                </Types>""");
        p.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="R1" Type="%sofficeDocument" Target="/xl/Book.xml"/>
                </Relationships>""".formatted(REL));
        p.put("xl/_rels/Book.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="s1" Type="%1$sworksheet" Target="sheets/a.xml"/>
                <Relationship Id="s2" Type="%1$sworksheet" Target="sheets/b.xml"/>
                <Relationship Id="s3" Type="%1$sworksheet" Target="sheets/c.xml"/>
                <Relationship Id="s4" Type="%1$sworksheet" Target="sheets/d.xml"/>
                <Relationship Id="s5" Type="%1$sworksheet" Target="sheets/e.xml"/>
                <Relationship Id="s6" Type="%1$sworksheet" Target="sheets/f.xml"/>
                <Relationship Id="ss" Type="%1$ssharedStrings" Target="../xl/strings.xml"/>
                <Relationship Id="web" Type="%1$shyperlink" Target="http://example.invalid/" TargetMode="External"/>
                </Relationships>""".formatted(REL));
        p.put("xl/Book.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:workbook %s><x:workbookPr/><x:sheets>
                <x:sheet name="表四" sheetId="1" r:id="s5"/>
                <x:sheet name="基本信息" sheetId="2" r:id="s1"/>
                <x:sheet name="正文" sheetId="3" r:id="s2"/>
                <x:sheet name="表二" sheetId="4" r:id="s3"/>
                <x:sheet name="表三" sheetId="5" r:id="s4"/>
                <x:sheet name="_schema" sheetId="6" state="veryHidden" r:id="s6"/>
                </x:sheets></x:workbook>""".formatted(NS));
        p.put("xl/strings.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:sst %s count="3" uniqueCount="3">
                <x:si><x:t>机关名称</x:t></x:si>
                <x:si><x:t xml:space="preserve"> 青石镇人民政府 </x:t></x:si>
                <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>第一段。</x:t></x:r><x:r><x:t>_x000D_
                第二段。</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ダイ</x:t></x:rPh></x:si>
                </x:sst>""".formatted(NS));
        // rows and cells without r: positions follow from order
        p.put("xl/sheets/a.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:sheetData>
                <x:row/><x:row/>
                <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>
                <x:row><x:c/><x:c t="inlineStr"><x:is><x:t>2025</x:t></x:is></x:c></x:row>
                <x:row><x:c/><x:c s="3"><x:v>46037</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(NS));
        p.put("xl/sheets/b.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:sheetData>
                <x:row r="4"><x:c r="B4" t="s"><x:v>2</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(NS));
        p.put("xl/sheets/c.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:sheetData/></x:worksheet>""".formatted(NS));
        p.put("xl/sheets/d.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:dimension ref="A1:J29"/><x:sheetData>
                <x:row r="5"><x:c/><x:c/><x:c/><x:c><x:v>7</x:v></x:c><x:c t="inlineStr"><x:is><x:t>２</x:t></x:is></x:c>
                <x:c/><x:c/><x:c/><x:c/><x:c><x:f>SUM(D5:I5)</x:f></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(NS));
        p.put("xl/sheets/e.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:sheetData>
                <x:row r="5"><x:c r="A5"><x:v>4.0</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(NS));
        p.put("xl/sheets/f.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet %s><x:sheetData>
                <x:row><x:c t="inlineStr"><x:is><x:t>schema</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>gov-info-disclosure/2021</x:t></x:is></x:c></x:row>
                <x:row><x:c t="inlineStr"><x:is><x:t>version</x:t></x:is></x:c><x:c t="str"><x:f>"1.0"</x:f><x:v>1.0</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(NS));
        return p;
    }
}
