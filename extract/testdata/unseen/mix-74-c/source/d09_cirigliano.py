# Esito di gara, Comune di Cirigliano (MT): reportlab; justified lines set Tw; letterhead and foot are Form XObjects on both pages
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setProducer("ReportLab PDF Library - www.reportlab.com"); c.setCreator("Halley EG - Contratti")
c.beginForm("head")
c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, 805, "COMUNE DI CIRIGLIANO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, 791, "Provincia di Matera – Piazza Municipio, 1 – 75010 Cirigliano (MT)")
c.drawCentredString(W/2, 780, "AREA TECNICA – Servizio Lavori Pubblici e Manutenzioni"); c.line(60, 772, 535, 772)
c.endForm()
c.beginForm("foot")
c.setFont("Helvetica", 7.5); c.line(60, 45, 535, 45)
c.drawString(60, 35, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – C.F. 83000570776 – cirigliano@cert.ruparbasilicata.it")
c.endForm()
FONT, SZ, X0, WID = "Helvetica", 10, 60, 475
def just(y, text, font=FONT, size=SZ, lead=14, x0=X0, width=WID):
    words = text.split(); line = []
    out = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line: out.append((line, True)); line = [w]
        else: line.append(w)
    out.append((line, False))
    for ln, j in out:
        s = " ".join(ln); t = c.beginText(x0, y); t.setFont(font, size)
        if j and len(ln) > 1: t.setWordSpace((width - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 5
def page_frame(n):
    c.doForm("foot"); c.doForm("head")
    c.setFont("Helvetica", 7.5); c.drawRightString(535, 25, f"pag. {n} di 2")
page_frame(1)
y = 745
c.setFont("Helvetica", 9.5); c.drawString(60, y, "Prot. n. 1324"); c.drawRightString(535, y, "Cirigliano, 27/03/2026"); y -= 30
c.setFont("Helvetica-Bold", 12.5)
for s in ["AVVISO DI APPALTO AGGIUDICATO", "(ESITO DI GARA)", "art. 111 del D.Lgs. 31 marzo 2023, n. 36"]:
    c.drawCentredString(W/2, y, s); y -= 16
y -= 6
rows = [("Stazione appaltante", "Comune di Cirigliano – Area Tecnica"),
        ("Oggetto", "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA \"G. PASCOLI\""),
        ("", "E DELLA PALESTRA COMUNALE"),
        ("CUP / CIG", "G37H25000310001 / B9D44E1A07"),
        ("Procedura", "negoziata senza bando, art. 50, c. 1, lett. c), D.Lgs. 36/2023"),
        ("Criterio", "minor prezzo"),
        ("Importo a base di gara", "€ 412.680,00 oltre € 9.850,00 per oneri della sicurezza"),
        ("Aggiudicazione", "determinazione Reg. Gen. n. 88 del 24/03/2026")]
c.setFont("Helvetica", 9.5)
for a, b in rows:
    c.rect(60, y - 5, 140, 17); c.rect(200, y - 5, 335, 17)
    c.setFont("Helvetica-Bold", 9); c.drawString(64, y, a); c.setFont("Helvetica", 9); c.drawString(204, y, b); y -= 17
y -= 18
y = just(y, "Si rende noto che, a seguito della procedura in oggetto, esperita mediante la piattaforma telematica di approvvigionamento in uso presso l'Ente, sono stati invitati cinque operatori economici individuati mediante sorteggio dall'elenco degli operatori qualificati e che entro il termine fissato sono pervenute quattro offerte, di seguito riepilogate con il ribasso offerto:")
c.setFont("Helvetica-Bold", 9)
c.drawString(70, y, "n."); c.drawString(95, y, "Operatore economico"); c.drawString(360, y, "Sede"); c.drawRightString(530, y, "Ribasso %"); y -= 14
c.setFont("Helvetica", 9)
for r in [("1", "Edil Sinni S.r.l.", "Senise (PZ)", "14,215"), ("2", "Costruzioni Lorusso Giuseppe", "Stigliano (MT)", "12,870"),
          ("3", "Agri Impianti Basento S.r.l.s.", "Ferrandina (MT)", "11,004"), ("4", "Tecnoedil Val d'Agri S.r.l.", "Villa d'Agri (PZ)", "9,560")]:
    c.drawString(70, y, r[0]); c.drawString(95, y, r[1]); c.drawString(360, y, r[2]); c.drawRightString(530, y, r[3]); y -= 13
c.showPage()
page_frame(2)
y = 740
y = just(y, "L'appalto è stato aggiudicato all'operatore economico Edil Sinni S.r.l., con sede in Senise (PZ), P.IVA 01893450764, che ha offerto il ribasso del 14,215% sull'importo a base di gara, per un importo contrattuale di € 354.017,54 oltre oneri per la sicurezza ed IVA.")
y = just(y, "L'aggiudicazione è divenuta efficace a seguito della verifica, con esito positivo, del possesso dei requisiti dichiarati in sede di gara, effettuata attraverso il Fascicolo Virtuale dell'Operatore Economico.")
y = just(y, "Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale della Basilicata entro 30 giorni dalla pubblicazione, ai sensi dell'art. 120 del D.Lgs. 104/2010.")
y = just(y, "Responsabile Unico del Progetto: ing. Francesco Guarino.")
y -= 20
c.setFont("Helvetica-Bold", 10); c.drawCentredString(430, y, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 14
c.setFont("Helvetica-Oblique", 10); c.drawCentredString(430, y, "ing. Francesco Guarino")
c.showPage(); c.save()
