#!/usr/bin/env sh
# Rebuilds the 2019-format interop fixtures after the 2019 template changes (needs Debian's
# /usr/bin/python3 with openpyxl 3.0.9 and LibreOffice; CI has neither, so the outputs are committed).
# 用法：sh src/test/resources/xlsx/interop-2019/regenerate.sh   （在项目目录运行，先 mvn package）
set -e
cd "$(dirname "$0")"
root=../../../../..
out=$(mktemp -d)
java -jar "$root/target/nianbao-cli.jar" template --schema 2019 -o "$out/template-2019.xlsx"
/usr/bin/python3 ../interop/fill_with_openpyxl.py "$out/template-2019.xlsx" input.json openpyxl-filled.xlsx
libreoffice --headless --convert-to xlsx --outdir "$out" openpyxl-filled.xlsx
cp "$out/openpyxl-filled.xlsx" libreoffice-resaved.xlsx
rm -rf "$out"
