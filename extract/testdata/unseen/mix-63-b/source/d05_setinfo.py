# Sets the document information the way Google Docs' "Download > PDF" writes it (the page itself is
# printed by headless Chromium, the same Skia PDF backend Google Docs uses).
import sys, pikepdf
with pikepdf.open(sys.argv[1], allow_overwriting_input=True) as p:
    p.docinfo["/Title"] = "Avviso pubblico n. 4_2026 - orti sociali"
    p.docinfo["/Producer"] = "Skia/PDF m131 Google Docs Renderer"
    for k in ("/Creator", "/CreationDate", "/ModDate"):
        if k in p.docinfo: del p.docinfo[k]
    p.save(sys.argv[1])
