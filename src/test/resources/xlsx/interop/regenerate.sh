#!/usr/bin/env sh
# Rebuilds the interop fixtures after the template changes (needs Debian's /usr/bin/python3 with
# openpyxl 3.0.9 and LibreOffice; CI has neither, which is why the outputs are committed).
# 用法：sh src/test/resources/xlsx/interop/regenerate.sh   （在项目目录运行）
set -e
cd "$(dirname "$0")"
root=../../../../..
java -jar "$root/target/nianbao-cli.jar" template -o "$root/templates/年报模板.xlsx"
/usr/bin/python3 fill_with_openpyxl.py "$root/templates/年报模板.xlsx" input.json openpyxl-filled.xlsx
out=$(mktemp -d)
libreoffice --headless --convert-to xlsx --outdir "$out" openpyxl-filled.xlsx
cp "$out/openpyxl-filled.xlsx" libreoffice-resaved.xlsx
rm -rf "$out"
