#!/usr/bin/env python3
"""Merge the ordinanza and its Allegato A the way PDFsam Basic does and leave
its producer string, as the office's merged file would carry."""
import sys, pikepdf
out, *parts = sys.argv[1:]
pdf = pikepdf.new()
for p in parts:
    pdf.pages.extend(pikepdf.open(p).pages)
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Ordinanza n. 6/2026"
pdf.docinfo["/Title"] = "Ordinanza n. 6/2026"
pdf.docinfo["/Producer"] = "PDFsam Basic v5.2.9 (Sejda SDK)"
pdf.docinfo["/Creator"] = "PDFsam Basic v5.2.9"
pdf.save(out)
