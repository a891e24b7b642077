#!/usr/bin/env python3
"""Rewrite Creator/Producer of a PDF in place (Info dict and XMP), to imitate the
application a real office would have exported from. Usage: set_meta.py file creator producer"""
import sys, pikepdf
f, creator, producer = sys.argv[1:4]
with pikepdf.open(f, allow_overwriting_input=True) as pdf:
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["xmp:CreatorTool"] = creator
        m["pdf:Producer"] = producer
    pdf.docinfo["/Creator"] = creator
    pdf.docinfo["/Producer"] = producer
    pdf.save(f)
