#!/usr/bin/env python3
"""Give each built PDF the creation/modification date of the day its office
produced it (the date printed on it, at a plausible hour), in the Info
dictionary and, where the producer wrote XMP, in the XMP too.  Nothing else
in the file is changed."""
import sys, pikepdf

DATES = {
    "avviso-missaglia-civilianext.pdf": "20271108101512",
    "esito-missaglia-civilianext.pdf": "20271115122741",
    "graduatoria-missaglia-civilianext.pdf": "20271122091003",
    "avviso-loculi-missaglia-civilianext.pdf": "20271103113020",
    "bando-carmiano-halley.pdf": "20271104094455",
    "avviso-carmiano-halley.pdf": "20271110103318",
    "graduatoria-carmiano-halley.pdf": "20271118124506",
    "avviso-derattizzazione-carmiano-halley.pdf": "20271124083952",
    "avviso-viabilita-casteldilama-sicraweb.pdf": "20271105100741",
    "avviso-associazioni-casteldilama-sicraweb.pdf": "20271112112205",
    "graduatoria-casteldilama-sicraweb.pdf": "20271119093617",
    "esito-casteldilama-sicraweb.pdf": "20271126105048",
}

for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1]
    d = DATES[name]
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        stamp = "D:%s+01'00'" % d
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        iso = "%s-%s-%sT%s:%s:%s+01:00" % (d[:4], d[4:6], d[6:8], d[8:10], d[10:12], d[12:14])
        if "/Metadata" in pdf.Root:
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as m:
                for k in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                    if k in m:
                        m[k] = iso
        pdf.save(path)
