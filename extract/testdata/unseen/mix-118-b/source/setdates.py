#!/usr/bin/env python3
"""Give each PDF the creation and modification date of the day it was signed
(the build machine's clock is not in June 2027).  Only the Info dictionary and
the XMP dates are touched; content streams and the producer string stay as the producer wrote them.
Usage: setdates.py SETDIR
"""
import os
import re
import sys

import pikepdf

DATES = {
    "deliberazione-aslbari-docsuite.pdf": "20270615123012",
    "determinazione-aslbari-docsuite.pdf": "20270611101544",
    "determinazione-aslbari-docsuite-impianti.pdf": "20270622093310",
    "deliberazione-aslbari-docsuite-prontosoccorso.pdf": "20270625131907",
    "deliberazione-asstpavia-archiflow.pdf": "20270624114821",
    "determinazione-asstpavia-archiflow.pdf": "20270617155002",
    "avviso-asstpavia-archiflow.pdf": "20270628084736",
    "deliberazione-asstpavia-archiflow-cardiologia.pdf": "20270630120455",
    "decreto-provinciaverona-ascotweb.pdf": "20270610172239",
    "decreto-provinciaverona-ascotweb-deleghe.pdf": "20270618112604",
    "determinazione-provinciaverona-ascotweb.pdf": "20270614164211",
    "determinazione-provinciaverona-ascotweb-modulo.pdf": "20270623102958",
}
d = sys.argv[1]
for f, t in DATES.items():
    p = os.path.join(d, f)
    pdf = pikepdf.open(p, allow_overwriting_input=True)
    s = "D:%s+02'00'" % t
    pdf.docinfo["/CreationDate"] = s
    pdf.docinfo["/ModDate"] = s
    if "/Metadata" in pdf.Root:          # ps2pdf also writes the dates into XMP
        iso = "%s-%s-%sT%s:%s:%s+02:00" % (t[:4], t[4:6], t[6:8], t[8:10], t[10:12], t[12:14])
        x = pdf.Root.Metadata.read_bytes().decode("utf-8")
        x = re.sub(r"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(<)", r"\g<1>%s\2" % iso, x)
        pdf.Root.Metadata.write(x.encode("utf-8"))
    pdf.save(p, deterministic_id=True)
