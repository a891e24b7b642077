#!/usr/bin/env python3
"""Sets each PDF's CreationDate/ModDate (and XMP dates where the producer wrote XMP) to the
day the office printed it (signature or publication, June-July 2028), so that no file claims
to have been made before the act it carries. Content streams are not touched.
Usage: stamp_dates.py SETDIR
"""
import os
import sys
import pikepdf

DATES = {
    "deliberazione-giunta-anticolicorrado-padigitale.pdf": "20280612091400",
    "deliberazione-consiglio-anticolicorrado-padigitale.pdf": "20280630100200",
    "determinazione-tecnica-anticolicorrado-padigitale.pdf": "20280616113700",
    "determinazione-amministrativa-anticolicorrado-padigitale.pdf": "20280622085500",
    "deliberazione-giunta-caldarola-halley.pdf": "20280610122000",
    "deliberazione-consiglio-caldarola-halley.pdf": "20280702094000",
    "determinazione-tecnica-caldarola-halley.pdf": "20280614100500",
    "determinazione-amministrativa-caldarola-halley.pdf": "20280626093100",
    "determinazione-tecnica-chiaramonti-sipal.pdf": "20280615084700",
    "deliberazione-giunta-chiaramonti-sipal.pdf": "20280613120300",
    "determinazione-amministrativa-chiaramonti-sipal.pdf": "20280620091200",
    "deliberazione-consiglio-chiaramonti-sipal.pdf": "20280630112600",
}

d = sys.argv[1]
for name, stamp in DATES.items():
    path = os.path.join(d, name)
    tmp = path + ".tmp"
    with pikepdf.open(path) as pdf:
        pdate = "D:%s+02'00'" % stamp
        pdf.docinfo[pikepdf.Name.CreationDate] = pdate
        pdf.docinfo[pikepdf.Name.ModDate] = pdate
        if "/Metadata" in pdf.Root:
            iso = "%s-%s-%sT%s:%s:%s+02:00" % (stamp[:4], stamp[4:6], stamp[6:8], stamp[8:10], stamp[10:12], stamp[12:14])
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    if k in m:
                        m[k] = iso
        pdf.save(tmp)
    os.replace(tmp, path)
