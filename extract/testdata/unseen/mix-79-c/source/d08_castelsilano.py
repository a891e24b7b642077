# decreto sindacale: reportlab, every justified line with its own Tw, heading letter-spaced with Tc, Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab")
W, H = A4; L, R = 70, W - 60; y = [H - 70]
def ctr(t, f, s, tc=0, lead=15):
    w = stringWidth(t, f, s) + tc * (len(t) - 1); o = c.beginText((W - w) / 2, y[0]); o.setFont(f, s); o.setCharSpace(tc); o.textOut(t); c.drawText(o); y[0] -= lead
def para(t, f="Helvetica", s=10, lead=13.5):
    words = t.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur + [wd]), f, s) > R - L: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ws in enumerate(lines):
        s_ = " ".join(ws); o = c.beginText(L, y[0]); o.setFont(f, s)
        if i < len(lines) - 1 and len(ws) > 1: o.setWordSpace((R - L - stringWidth(s_, f, s)) / (len(ws) - 1))
        o.textOut(s_); c.drawText(o); y[0] -= lead
    y[0] -= 5
ctr("COMUNE DI CASTELSILANO", "Helvetica-Bold", 15, 2.2, 17)
ctr("Provincia di Crotone", "Helvetica", 10, 0, 26)
ctr("DECRETO DEL SINDACO", "Helvetica-Bold", 13, 3, 17)
ctr("Registro Decreti N. 3 del 2 aprile 2026", "Helvetica-Bold", 10.5, 0, 24)
para("OGGETTO: Nomina del Vice Segretario comunale e attribuzione delle funzioni vicarie del Segretario Generale.", "Helvetica-Bold", 10.5)
ctr("IL SINDACO", "Helvetica-Bold", 11, 2, 18)
para("Premesso che la sede di segreteria comunale è retta dal Segretario Generale dott.ssa Elvira Covelli, titolare della convenzione di segreteria tra i Comuni di Castelsilano e Cerenzia; Visto l'art. 97, comma 5, del D.Lgs. 18 agosto 2000, n. 267, secondo cui il regolamento sull'ordinamento degli uffici e dei servizi può prevedere un Vice Segretario per coadiuvare il Segretario e sostituirlo nei casi di vacanza, assenza o impedimento; Visto il curriculum del dott. Domenico Cosentino, funzionario dell'Area Amministrativa, in possesso della laurea in giurisprudenza;")
ctr("DECRETA", "Helvetica-Bold", 11, 2, 18)
para("1) di nominare il dott. Domenico Cosentino Vice Segretario comunale con decorrenza dalla data del presente decreto e fino alla scadenza del mandato sindacale;")
para("2) di stabilire che il Vice Segretario sostituisce il Segretario Generale in caso di assenza o impedimento, senza ulteriori atti di incarico;")
para("3) di disporre che il presente decreto sia notificato all'interessato, comunicato al Segretario Generale e pubblicato all'Albo Pretorio on line.")
y[0] -= 10; para("Dato in Castelsilano dalla Residenza Municipale, lì 2 aprile 2026")
y[0] -= 10
c.setFont("Helvetica-Bold", 10); c.drawCentredString(430, y[0], "IL SINDACO"); c.setFont("Helvetica", 10); c.drawCentredString(430, y[0] - 13, "avv. Giuseppe Talarico")
c.saveState(); c.translate(32, 300); c.rotate(90); c.setFillColorRGB(0.15, 0.2, 0.6)
c.setFont("Helvetica-Bold", 8); c.drawString(0, 0, "PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 02/04/2026 AL 17/04/2026 – REG. PUBBL. N. 287"); c.restoreState()
c.showPage(); c.save()
