# -*- coding: utf-8 -*-
"""Give each PDF the creation date it would have had: the day the office
printed it for publication (December 2027), not the day this set was built.
Only /CreationDate and /ModDate (and the XMP dates where a producer wrote
XMP) change; the producer strings are left as the producers wrote them."""
import sys
import pikepdf

DATES = {
    "deliberazione-lamon-boxxapps-38.pdf": "20271206101512",
    "deliberazione-lamon-boxxapps-41.pdf": "20271220093044",
    "deliberazione-lamon-boxxapps-42.pdf": "20271220093821",
    "deliberazione-lamon-boxxapps-45.pdf": "20271230120310",
    "deliberazione-bovilleernica-sicraweb-58.pdf": "20271220110205",
    "deliberazione-bovilleernica-sicraweb-59.pdf": "20271220111432",
    "deliberazione-bovilleernica-sicraweb-60.pdf": "20271227094550",
    "deliberazione-bovilleernica-sicraweb-61.pdf": "20271227095917",
    "deliberazione-portoempedocle-halley-71.pdf": "20271223124006",
    "deliberazione-portoempedocle-halley-72.pdf": "20271223124541",
    "deliberazione-portoempedocle-halley-73.pdf": "20271229102233",
    "deliberazione-portoempedocle-halley-74.pdf": "20271230113012",
}
SET = sys.argv[1]
for f, d in DATES.items():
    path = SET + "/" + f
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    ds = "D:%s+01'00'" % d
    pdf.docinfo["/CreationDate"] = ds
    pdf.docinfo["/ModDate"] = ds
    if "/Metadata" in pdf.Root:
        iso = "%s-%s-%sT%s:%s:%s+01:00" % (d[:4], d[4:6], d[6:8], d[8:10], d[10:12], d[12:14])
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
            for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                if k in m:
                    m[k] = iso
    pdf.save(path)
