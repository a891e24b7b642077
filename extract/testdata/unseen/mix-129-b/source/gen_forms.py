# Grotteria: same Halley-like style, letterhead and register box in Form XObjects drawn
# after the body (out of reading order), a protocol stamp rotated up the margin;
# the ReportLab file is then rewritten by pikepdf.
import sys, pikepdf
from reportlab.lib.pagesizes import A4
from gen_rl_lib import Doc, L, R, W, H, dmy
from data import DOCS
out = sys.argv[1]

class FDoc(Doc):
    def header(s):
        c, d = s.c, s.d
        if not getattr(s, "defined", False):
            s.defined = True
            c.beginForm("letterhead")
            c.setLineWidth(1.2); c.circle(L + 22, H - 70, 20); c.setFont("Helvetica", 6); c.drawCentredString(L + 22, H - 72, "STEMMA")
            s.spaced(L + 54, H - 62, "COMUNE DI GROTTERIA", "Times-Bold", 17, 2.2)
            c.setFont("Times-Italic", 10); c.drawString(L + 54, H - 78, d["c"]["prov"])
            c.setFont("Helvetica", 7.5); c.drawString(L + 54, H - 90, "Via Cavour, 1 - 89043 Grotteria (RC) - Tel. 0964 58021 - PEC: protocollo.grotteria@asmepec.it")
            c.line(L, H - 100, R, H - 100)
            c.setFont("Helvetica", 7)
            c.drawString(L, 34, f"Determinazione Registro Generale n. {d['number']} del {dmy(d['date'])}")
            c.endForm()
        s.y = H - 122
    def flush(s):
        c = s.c
        c.doForm("letterhead")
        c.setFont("Helvetica", 7); c.drawRightString(R, 34, f"Pag. {s.page}")
        if s.page == 1:
            c.saveState(); c.translate(30, 330); c.rotate(90)
            c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
            c.roundRect(0, -6, 236, 30, 4)
            c.setFont("Helvetica-Bold", 8); c.drawString(6, 12, "COMUNE DI GROTTERIA - PROTOCOLLO")
            c.setFont("Helvetica", 8); c.drawString(6, 1, "Prot. n. 3417 del 24/05/2028 - Partenza")
            c.restoreState()
    def need(s, h):
        if s.y - h < 60:
            s.flush(); s.c.showPage(); s.page += 1; s.header()

for d in DOCS:
    if d["producer"] != "pikepdf": continue
    doc = FDoc(d, "tw")
    c = doc.c
    orig_save = c.save
    def save():
        doc.flush(); orig_save()
    c.save = save
    doc.build()
    p = f"{out}/{d['file']}"
    pdf = pikepdf.open(p, allow_overwriting_input=True)
    with pdf.open_metadata(set_pikepdf_as_editor=True) as m:
        m["dc:title"] = f"Determinazione n. {d['number']}"
    pdf.save(p)
    print(d["file"])
