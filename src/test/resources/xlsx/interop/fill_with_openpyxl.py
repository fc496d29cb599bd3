#!/usr/bin/python3
"""Fill the nianbao template through its defined names with openpyxl (another program than POI).

Usage (Debian's python3 with openpyxl 3.0.9):
    /usr/bin/python3 fill_with_openpyxl.py TEMPLATE.xlsx REPORT.json OUT.xlsx

Every field of the report is written into the cell its defined name (t3_new_natural ...) points at,
except cells holding a formula (the totals), which stay formulas: that is what a clerk's macro or
another system would do. The result is a fixture for nianbao's interop tests.
"""
import json
import sys

import openpyxl


def main(template, report_json, out):
    report = json.load(open(report_json, encoding="utf-8"))
    values = {}
    for group in ("meta", "text", "values"):
        values.update(report.get(group, {}))
    wb = openpyxl.load_workbook(template)
    written = 0
    for dn in wb.defined_names.definedName:
        field = dn.name.replace("_", ".", 1)
        field = next((k for k in values if k.replace(".", "_") == dn.name), None)
        if field is None:
            continue
        for sheet, coord in dn.destinations:
            cell = wb[sheet][coord.replace("$", "")]
            if isinstance(cell.value, str) and cell.value.startswith("="):
                continue
            cell.value = values[field]
            written += 1
    wb.save(out)
    print("wrote %d cells into %s" % (written, out))


if __name__ == "__main__":
    main(*sys.argv[1:4])
