# Caloveto: reportlab, each justified line sets Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1]); c.setProducer("ReportLab PDF Library - civilia")
def sp(x, y, s, f="Helvetica-Bold", sz=12, cs=2.5):
    t = c.beginText(x, y); t.setFont(f, sz); t.setCharSpace(cs); t.textOut(s); c.drawText(t)
def cen(y, s, f="Helvetica-Bold", sz=12, cs=2.5):
    w = stringWidth(s, f, sz) + cs * len(s); sp((595 - w) / 2, y, s, f, sz, cs)
def para(y, s, f="Helvetica", sz=10.5, W=460):
    ls = simpleSplit(s, f, sz, W)
    for i, l in enumerate(ls):
        t = c.beginText(68, y); t.setFont(f, sz); t.setCharSpace(0)
        if i < len(ls) - 1 and l.count(" "): t.setWordSpace((W - stringWidth(l, f, sz)) / l.count(" "))
        t.textOut(l); c.drawText(t); y -= 14
    return y - 6
cen(790, "COMUNE DI CALOVETO", sz=16, cs=4); cen(772, "Provincia di Cosenza", "Helvetica", 10, 1)
c.line(68, 764, 528, 764)
cen(740, "ORDINANZA SINDACALE", sz=13, cs=3)
cen(724, "N. 17/2026 Reg. Ord. — 12 giugno 2026", "Helvetica", 10.5, 0.5)
y = para(700, "OGGETTO: Ordinanza contingibile e urgente per la rimozione dei rifiuti abbandonati lungo la strada comunale Caloveto – Santa Lucia e la bonifica delle aree pubbliche limitrofe.", "Helvetica-Bold")
cen(y, "IL SINDACO"); y -= 22
for s in ["Vista la segnalazione del Comando Stazione Carabinieri Forestale di Cropalati del 10 giugno 2026, con la quale si rappresenta la presenza di rifiuti urbani indifferenziati, pneumatici fuori uso e materiali contenenti amianto lungo la strada comunale Caloveto – Santa Lucia;",
          "Considerato che la presenza di tali rifiuti, aggravata dalle elevate temperature del periodo estivo, costituisce grave pericolo per la salute pubblica e per il rischio di incendi;",
          "Visti gli artt. 50 e 54 del D.Lgs. 267/2000, l'art. 192 del D.Lgs. 152/2006 e il Regolamento comunale per la gestione dei rifiuti urbani;"]:
    y = para(y, s)
cen(y, "ORDINA"); y -= 22
for i, s in enumerate(["al gestore del servizio di igiene urbana, ditta Ecologia Sila s.r.l., di rimuovere entro cinque giorni i rifiuti urbani e gli pneumatici e di conferirli a impianti autorizzati;",
                       "al Responsabile dell'Area Tecnica di affidare a ditta iscritta all'Albo Gestori Ambientali la rimozione dei materiali contenenti amianto, previo piano di lavoro all'ASP di Cosenza;",
                       "alla Polizia Municipale di vigilare sull'area e di sanzionare i trasgressori ai sensi dell'art. 255 del D.Lgs. 152/2006."], 1):
    y = para(y, f"{i}) {s}")
y = para(y, "Dalla Residenza Municipale, 12 giugno 2026")
sp(380, y - 10, "IL SINDACO", "Helvetica-Bold", 10.5, 1); sp(372, y - 26, "dott. Umberto Mazza", "Helvetica", 10.5, 0)
c.save()
