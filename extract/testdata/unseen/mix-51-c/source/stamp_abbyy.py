#!/usr/bin/env python3
"""Leave on the LibreOffice conversion of the Castellana Grotte verbale the
Creator/Producer strings a Word document printed through ABBYY FineReader
PDF's converter carries (the layout is the .docx's own)."""
import sys, pikepdf
src, out = sys.argv[1:3]
with pikepdf.open(src) as pdf:
    pdf.docinfo["/Creator"] = "Microsoft Word - delibera CC 18-2026.docx"
    pdf.docinfo["/Producer"] = "ABBYY FineReader PDF 15"
    pdf.docinfo["/Title"] = "Delibera di C.C. n. 18 del 27/03/2026"
    pdf.save(out)
