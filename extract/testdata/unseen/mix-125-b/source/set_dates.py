# -*- coding: utf-8 -*-
"""Last step of build.sh: gives each PDF the creation and modification date
of the day its act was registered (the machine that built the set has a
2026 clock, the acts are of January 2028). Only the Info dictionary (and the
XMP dates where a producer wrote XMP) are touched; content streams, fonts
and the producer strings stay as the producers wrote them.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pikepdf
import data

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMES = {"A1": "1042", "A2": "1215", "A3": "0958", "A4": "1620", "B1": "1105", "B2": "1302",
         "B3": "1031", "B4": "1248", "C1": "0917", "C2": "1144", "C3": "1209", "C4": "1026"}

for d in data.DOCS:
    path = os.path.join(SET, data.filename(d))
    dd, mm, yy = d["date"].split("/")
    hm = TIMES[d["id"]]
    pdfdate = "D:%s%s%s%s%s00+01'00'" % (yy, mm, dd, hm, "")
    iso = "%s-%s-%sT%s:%s:00+01:00" % (yy, mm, dd, hm[:2], hm[2:])
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.docinfo["/CreationDate"] = pikepdf.String(pdfdate)
        pdf.docinfo["/ModDate"] = pikepdf.String(pdfdate)
        if "/Metadata" in pdf.Root:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    if k in m:
                        m[k] = iso
        pdf.save(path)
