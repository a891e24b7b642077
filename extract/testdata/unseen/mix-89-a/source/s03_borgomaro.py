# Comune di Borgomaro (IM): decreto del Sindaco; number printed rotated in the right margin; body drawn glyph by glyph (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
def glyphs(x, y, s, f="Times-Roman", sz=11):
    for ch in s:
        c.setFont(f, sz); c.drawString(x, y, ch); x += stringWidth(ch, f, sz)
def wrap(s, f, sz, w):
    out, cur = [], ""
    for wd in s.split():
        t = (cur + " " + wd).strip()
        if stringWidth(t, f, sz) > w: out.append(cur); cur = wd
        else: cur = t
    return out + [cur]
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-60, "COMUNE DI BORGOMARO")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-74, "Provincia di Imperia")
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, H-110, "DECRETO DEL SINDACO")
c.saveState(); c.translate(W-30, 300); c.rotate(90)
c.setFont("Helvetica-Bold", 11); c.drawString(0, 0, "Decreto n. 3 del 2 marzo 2026")
c.restoreState()
y = H-145
subj = "OGGETTO: Nomina del Responsabile del Servizio Finanziario e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per l'anno 2026."
for ln in wrap(subj, "Times-Bold", 11, W-150): glyphs(70, y, ln, "Times-Bold"); y -= 15
y -= 10
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "IL SINDACO"); y -= 20
body = ["Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
 "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi; ritenuto di confermare l'incarico alla dipendente rag. Silvia Ardissone, istruttore direttivo contabile;"]
for para in body:
    for ln in wrap(para, "Times-Roman", 11, W-150): glyphs(70, y, ln); y -= 14
    y -= 6
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "DECRETA"); y -= 20
pts = ["1. di nominare la rag. Silvia Ardissone Responsabile del Servizio Finanziario dal 1° marzo al 31 dicembre 2026;",
 "2. di attribuire alla stessa la retribuzione di posizione nella misura prevista dal sistema di pesatura vigente;",
 "3. di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e la sua notifica all'interessata."]
for para in pts:
    for ln in wrap(para, "Times-Roman", 11, W-150): glyphs(70, y, ln); y -= 14
    y -= 6
y -= 10; c.setFont("Times-Roman", 11); c.drawString(70, y, "Borgomaro, 02/03/2026")
c.drawString(360, y, "IL SINDACO"); c.drawString(360, y-15, "Massimo Martini")
c.setFont("Helvetica", 7); c.drawString(70, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.showPage(); c.save()
