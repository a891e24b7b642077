#!/usr/bin/env python3
"""Comune di Donnas - determinazione n. 28/2028 (PA Digitale house style), ReportLab canvas.

Justification by word spacing (Tw) set line by line, the headings letter-spaced
with character spacing (Tc), a running head with the number on page 2 and a
running foot on every page.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
LM, RM = 62, 533
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 28 del 10/02/2028")
c.setAuthor("Comune di Donnas")
c.setCreator("PA Digitale - Atti Amministrativi")
page = [1]
NPAGES = 2


def letterhead():
    c.saveState()
    c.setStrokeColorRGB(0.55, 0.08, 0.12); c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(LM, H - 48); p.lineTo(LM + 34, H - 48); p.lineTo(LM + 34, H - 78)
    p.curveTo(LM + 34, H - 92, LM + 17, H - 98, LM + 17, H - 98)
    p.curveTo(LM + 17, H - 98, LM, H - 92, LM, H - 78); p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    c.setFont('Helvetica-Bold', 16); c.drawString(LM + 46, H - 62, "COMUNE DI DONNAS")
    c.setFont('Helvetica-Oblique', 11); c.drawString(LM + 46, H - 76, "COMMUNE DE DONNAS")
    c.setFont('Helvetica', 8.5)
    c.drawString(LM + 46, H - 89, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste")
    c.setLineWidth(0.6); c.line(LM, H - 104, RM, H - 104)


def foot():
    c.setFont('Helvetica', 7)
    c.drawCentredString((LM + RM) / 2, 18, "Via Roma, 1 - 11020 Donnas (AO) - tel. 0125 807011 - "
                                           "protocollo@pec.comune.donnas.ao.it")
    c.setFont('Helvetica-Oblique', 7.5)
    c.drawRightString(RM, 28, "pag. %d di %d" % (page[0], NPAGES))


def spaced(text, y, size=12, cs=3.0, font='Helvetica-Bold'):
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(cs)
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t.setTextOrigin((LM + RM - w) / 2, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


y = [0]


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    c.setFont('Helvetica-Oblique', 8)
    c.drawString(LM, H - 40, "Comune di Donnas - Determinazione n. 28 del 10/02/2028 - Area Tecnico-Manutentiva")
    c.setLineWidth(0.4); c.line(LM, H - 44, RM, H - 44)
    y[0] = H - 70


def para(lead, text, size=10, lead_h=13, x=LM, width=RM - LM, after=4, font='Helvetica'):
    words = ([(w, 'Helvetica-Bold') for w in lead.split()] if lead else []) + [(w, font) for w in text.split()]
    sp = stringWidth(' ', font, size)
    lines, cur, cw = [], [], 0
    for w, f in words:
        ww = stringWidth(w, f, size)
        need = ww if not cur else cw + sp + ww
        if cur and need > width:
            lines.append(cur); cur, cw = [(w, f)], ww
        else:
            cur.append((w, f)); cw = need
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 60:
            newpage()
        t = c.beginText(); t.setTextOrigin(x, y[0])
        nat = sum(stringWidth(w, f, size) for w, f in ln) + sp * (len(ln) - 1)
        ws = (width - nat) / (len(ln) - 1) if (i < len(lines) - 1 and len(ln) > 1) else 0
        t.setWordSpace(ws)
        # runs of the same font go out as one string so that Tw acts on their spaces
        run, rf = [], ln[0][1]
        for w, f in ln:
            if f != rf:
                t.setFont(rf, size); t.textOut(' '.join(run) + ' '); run, rf = [], f
            run.append(w)
        t.setFont(rf, size); t.textOut(' '.join(run))
        t.setWordSpace(0)
        c.drawText(t)
        y[0] -= lead_h
    y[0] -= after


letterhead()
spaced("DETERMINAZIONE", H - 132, 13, 3.5)
c.setFont('Helvetica-Oblique', 9.5)
c.drawCentredString((LM + RM) / 2, H - 146, "DÉTERMINATION")
bx, by = RM - 130, H - 192
c.setLineWidth(0.9); c.rect(bx, by, 130, 34)
c.setFont('Helvetica-Bold', 12); c.drawCentredString(bx + 65, by + 19, "N. 28")
c.setFont('Helvetica', 10); c.drawCentredString(bx + 65, by + 6, "del 10/02/2028")
c.setFont('Helvetica-Bold', 9.5); c.drawString(LM, by + 19, "AREA TECNICO-MANUTENTIVA")
c.setFont('Helvetica', 9.5); c.drawString(LM, by + 6, "Ufficio Viabilità e Manutenzioni")
y[0] = by - 20
c.setFont('Helvetica-Bold', 10.5); c.drawString(LM, y[0], "OGGETTO:")
para(None, "Servizio di sgombero neve dalle strade comunali - stagione invernale 2027/2028. Integrazione "
           "dell'impegno di spesa a favore della ditta Movimento Terra Bosonin S.n.c. - CIG B7D41E09A2.",
     size=10.5, lead_h=13.5, x=LM + 58, width=RM - LM - 58, font='Helvetica-Bold', after=0)
c.setLineWidth(0.5); c.line(LM, y[0] + 4, RM, y[0] + 4)
y[0] -= 16
spaced("IL RESPONSABILE DELL'AREA TECNICO-MANUTENTIVA", y[0], 10, 1.2); y[0] -= 18
para("RICHIAMATO", "il decreto del Sindaco n. 1 del 03/01/2028, con il quale è stata attribuita al sottoscritto la "
     "responsabilità dell'Area Tecnico-Manutentiva;")
para("RICHIAMATA", "la propria determinazione n. 187 del 07/11/2027, con la quale è stato affidato alla ditta "
     "Movimento Terra Bosonin S.n.c., con sede in Pont-Saint-Martin, il servizio di sgombero neve e spargimento "
     "di materiale antigelo sulle strade comunali per la stagione invernale 2027/2028, con un impegno di spesa "
     "di euro 24.400,00 IVA compresa, calcolato su un numero presunto di 60 ore di intervento;")
para("CONSIDERATO", "che le abbondanti nevicate dei mesi di dicembre 2027 e di gennaio 2028 hanno comportato un "
     "numero di ore di intervento superiore a quello stimato, come risulta dai rapportini giornalieri "
     "controfirmati dal personale del cantiere comunale, per complessive 71 ore al 31/01/2028;")
para("RITENUTO", "necessario integrare l'impegno di spesa per garantire la prosecuzione del servizio fino al "
     "termine della stagione invernale, stimando ulteriori 25 ore di intervento, per un importo di euro "
     "9.150,00 IVA compresa, entro il limite del quinto d'obbligo di cui all'art. 120, comma 9, del D.Lgs. "
     "n. 36/2023;")
para("VISTI", "la legge regionale 7 dicembre 1998, n. 54; il D.Lgs. n. 267/2000, per quanto applicabile; il "
     "regolamento comunale di contabilità;")
y[0] -= 2
spaced("DETERMINA", y[0], 11.5, 3.5); y[0] -= 18
pts = ["di integrare di euro 9.150,00 IVA compresa l'impegno di spesa n. 612/2027 assunto a favore della ditta "
       "Movimento Terra Bosonin S.n.c. per il servizio di sgombero neve dalle strade comunali, stagione "
       "invernale 2027/2028 (CIG B7D41E09A2);",
       "di imputare la spesa al capitolo 10810 \"Sgombero neve\" del bilancio di previsione 2028/2030, "
       "esercizio 2028;",
       "di dare atto che la liquidazione avverrà a presentazione di fattura elettronica, previa verifica delle "
       "ore di servizio effettivamente prestate e della regolarità contributiva della ditta;",
       "di trasmettere il presente provvedimento al Servizio finanziario per l'apposizione del visto di "
       "regolarità contabile."]
for i, p in enumerate(pts, 1):
    if y[0] < 60:
        newpage()
    c.setFont('Helvetica', 10); c.drawString(LM + 4, y[0], "%d." % i)
    para(None, p, x=LM + 22, width=RM - LM - 22)
y[0] -= 10
if y[0] < 190:
    newpage()
c.setFont('Helvetica', 10); c.drawString(LM, y[0], "Donnas, 10/02/2028")
y[0] -= 26
c.setFont('Helvetica-Bold', 9.5)
c.drawCentredString(RM - 120, y[0], "IL RESPONSABILE DELL'AREA TECNICO-MANUTENTIVA")
c.setFont('Helvetica', 10); c.drawCentredString(RM - 120, y[0] - 14, "geom. Denis Lexert")
c.setFont('Helvetica-Oblique', 7.5); c.drawCentredString(RM - 120, y[0] - 26, "(firmato digitalmente)")
y[0] -= 60
c.setLineWidth(0.6); c.rect(LM, y[0] - 58, RM - LM, 72)
c.setFont('Helvetica-Bold', 9); c.drawString(LM + 8, y[0], "VISTO DI REGOLARITÀ CONTABILE - VISA DE RÉGULARITÉ COMPTABLE")
c.setFont('Helvetica', 9)
c.drawString(LM + 8, y[0] - 13, "Si attesta la copertura finanziaria della spesa (impegno n. 612/2027, integrazione n. 41/2028).")
c.drawString(LM + 8, y[0] - 25, "Donnas, 10/02/2028")
c.drawString(LM + 8, y[0] - 40, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO - dott.ssa Nadia Perrin (firmato digitalmente)")
foot()
c.showPage()
c.save()
print("pages", page[0])
