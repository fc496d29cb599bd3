"""Baseline: openpyxl reading the same cells as the merge (load_workbook per file, data_only).
Usage: /usr/bin/python3 bench/openpyxl_baseline.py DIR LIMIT CELLS_FILE
"""
import os
import sys
import time

import openpyxl

root, limit, cells_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cells = [line.rstrip("\n").split("\t") for line in open(cells_file, encoding="utf-8") if line.strip()]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".xlsx"))[:limit]
t0 = time.time()
total = 0.0
for path in files:
    wb = openpyxl.load_workbook(path, data_only=True)
    for sheet, cell in cells:
        if sheet in wb.sheetnames:
            v = wb[sheet][cell].value
            if isinstance(v, (int, float)):
                total += v
    wb.close()
s = time.time() - t0
print("openpyxl files=%d seconds=%.2f per_file_ms=%.3f checksum=%.2f" % (len(files), s, s * 1000 / len(files), total))
