#!/usr/bin/env python3
"""ASST Pavia - Archiflow-like determinazione dirigenziale (ReportLab canvas).

The left letterhead column is one Form XObject (canvas.beginForm), painted on
every page *after* the body text, so it comes last in each content stream.
Body lines are justified by character spacing (Tc): each full line is one
string whose Tc spreads it to the margin.  The heading is letter-spaced (Tc)
too.  A running head with the number stands on pages after the first.
Fonts: Liberation Sans, embedded.
Usage: rl_det_asstpavia.py OUTDIR
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(sys.argv[1], "determinazione-asstpavia-archiflow.pdf")
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))

W, H = A4
X0, X1 = 62 * mm, W - 18 * mm          # the act's column, right of the letterhead
NUM, DATA = "388", "17/06/2027"
ORGAN = "S.C. GESTIONE ACQUISTI \u2013 PROVVEDITORATO ECONOMATO"
SUBJECT = ("Adesione alla convenzione ARIA_2026_118 per la fornitura in service di sistemi per la "
           "terapia a pressione negativa (NPWT) destinati alle strutture di degenza dell'ASST Pavia, "
           "periodo 01/07/2027 \u2013 30/06/2029. CIG derivato B91C7E3D50.")


def sw(s, f, z):
    return pdfmetrics.stringWidth(s, f, z)


def wrap(text, f, z, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and sw(t, f, z) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Determinazione n. %s del %s" % (NUM, DATA))
        self.c.setAuthor("ASST Pavia")
        self.c.setCreator("Archiflow - Atti Amministrativi")
        self.page = 1
        self.make_form()
        self.y = H - 22 * mm

    def make_form(self):
        c = self.c
        c.beginForm("letterhead", lowerx=0, lowery=0, upperx=60 * mm, uppery=H)
        x = 14 * mm
        y = H - 22 * mm
        c.setFillColorRGB(0, 0, 0)
        c.setFont("LS", 7.5)
        c.drawString(x, y, "Sistema Socio Sanitario")
        c.setFont("LSB", 9)
        c.drawString(x, y - 11, "Regione Lombardia")
        c.setFillColorRGB(0.12, 0.31, 0.47)
        c.setFont("LSB", 17)
        c.drawString(x, y - 34, "ASST Pavia")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("LS", 7.5)
        c.drawString(x, y - 46, "Azienda Socio Sanitaria")
        c.drawString(x, y - 55, "Territoriale di Pavia")
        c.setFont("LS", 7)
        yy = 112 * mm                   # address and Direzione strategica low in the column
        for t in ["Viale Repubblica, 34", "27100 Pavia", "Tel. 0382 4311",
                  "protocollo@pec.asst-pavia.it", "C.F./P.IVA 02613080189"]:
            c.drawString(x, yy, t)
            yy -= 9
        yy -= 14
        c.setFont("LSB", 7)
        c.drawString(x, yy, "DIREZIONE STRATEGICA")
        yy -= 11
        for role, name in [("Direttore Generale", "dott. Marco Ferrandi"),
                           ("Direttore Amministrativo", "dott.ssa Chiara Bertolotti"),
                           ("Direttore Sanitario", "dott. Alessandro Moroni"),
                           ("Direttore Sociosanitario", "dott.ssa Elena Vercesi")]:
            c.setFont("LSI", 7)
            c.drawString(x, yy, role)
            c.setFont("LS", 7)
            c.drawString(x, yy - 8.5, name)
            yy -= 22
        c.setStrokeColorRGB(0.12, 0.31, 0.47)
        c.setLineWidth(0.8)
        c.line(57 * mm, 18 * mm, 57 * mm, H - 16 * mm)
        c.endForm()

    def finish_page(self, last=False):
        c = self.c
        c.setFont("LS", 7.5)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(X0, 11 * mm, "Determinazione n. %s del %s" % (NUM, DATA))
        c.drawRightString(X1, 11 * mm, "pag. %d" % self.page)
        c.setFillColorRGB(0, 0, 0)
        c.doForm("letterhead")          # painted after the page's text
        c.showPage()
        self.page += 1
        if not last:
            self.y = H - 20 * mm
            c.setFont("LSI", 7.5)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(X0, H - 12 * mm, "ASST Pavia \u2013 Determinazione dirigenziale n. %s del %s \u2013 %s"
                         % (NUM, DATA, "S.C. Gestione Acquisti"))
            c.setFillColorRGB(0, 0, 0)

    def need(self, h):
        if self.y - h < 22 * mm:
            self.finish_page()

    def justified(self, text, f="LS", z=10, lead=13.2, indent=0.0, label=None, after=4):
        width = X1 - X0 - indent
        lines = wrap(text, f, z, width)
        c = self.c
        for i, ln in enumerate(lines):
            self.need(lead)
            if label and i == 0:
                c.setFont(f, z)
                c.drawString(X0, self.y, label)
            t = c.beginText(X0 + indent, self.y)
            t.setFont(f, z)
            if i < len(lines) - 1 and len(ln) > 1:
                t.setCharSpace((width - sw(ln, f, z)) / (len(ln) - 1))
            else:
                t.setCharSpace(0)
            t.textOut(ln)
            t.setCharSpace(0)
            c.drawText(t)
            self.y -= lead
        self.y -= after

    def spaced(self, s, f="LSB", z=11, tc=3.0, after=8):
        self.need(20)
        w = sw(s, f, z) + tc * (len(s) - 1)
        t = self.c.beginText((X0 + X1) / 2 - w / 2, self.y)
        t.setFont(f, z)
        t.setCharSpace(tc)
        t.textOut(s)
        t.setCharSpace(0)
        self.c.drawText(t)
        self.y -= z + after


def main():
    d = Doc(OUT)
    c = d.c
    spaced_title = "DETERMINAZIONE DIRIGENZIALE"
    d.spaced(spaced_title, z=12, tc=1.6, after=4)
    c.setFont("LS", 11)
    s = "N. %s  del  %s" % (NUM, DATA)
    c.drawCentredString((X0 + X1) / 2, d.y, s)
    d.y -= 20
    c.setFont("LSB", 10)
    c.drawCentredString((X0 + X1) / 2, d.y, ORGAN)
    d.y -= 22
    c.setFont("LSB", 10)
    c.drawString(X0, d.y, "OGGETTO:")
    d.y -= 0
    d.justified(SUBJECT, f="LSB", z=10, indent=21 * mm, after=14)
    d.spaced("IL DIRETTORE", tc=3.0, after=10)
    for t in [
        "Richiamati il D.Lgs. 31 marzo 2023, n. 36 e la L.R. 30 dicembre 2009, n. 33, che pone in capo "
        "ad ARIA S.p.A. il ruolo di centrale di committenza per gli enti del Sistema Sanitario "
        "Regionale lombardo, con obbligo di adesione alle convenzioni attive per le categorie "
        "merceologiche individuate dalla Giunta Regionale;",
        "Premesso che il contratto per la fornitura in service di sistemi per la terapia a pressione "
        "negativa, stipulato in esito alla determinazione n. 301 del 22/06/2025, scade il 30/06/2027 "
        "e che la S.C. Farmacia Ospedaliera ha quantificato il fabbisogno aziendale per il biennio "
        "successivo in n. 1.850 giornate di terapia per anno;",
        "Dato atto che dal 15/03/2027 \u00e8 attiva la convenzione ARIA_2026_118, lotto 2, "
        "aggiudicata alla societ\u00e0 Woundcare Italia S.p.A., con sede in Milano, i cui prezzi "
        "unitari risultano inferiori del 9,2% a quelli del contratto in scadenza;",
        "Ritenuto pertanto di aderire alla convenzione per il periodo 01/07/2027 \u2013 30/06/2029, per "
        "un importo complessivo stimato di euro 236.800,00 oltre IVA, e di nominare Direttore "
        "dell'esecuzione del contratto la dott.ssa Giulia Ardizzone, farmacista dirigente della S.C. "
        "Farmacia Ospedaliera;",
        "Attestata, in qualit\u00e0 di Responsabile del procedimento, la regolarit\u00e0 tecnica e la "
        "legittimit\u00e0 del presente provvedimento;",
    ]:
        d.justified(t)
    d.y -= 4
    d.spaced("DETERMINA", tc=4.0, after=10)
    pts = [
        "di aderire alla convenzione ARIA_2026_118, lotto 2, stipulata da ARIA S.p.A. con la "
        "societ\u00e0 Woundcare Italia S.p.A., per la fornitura in service di sistemi per la terapia a "
        "pressione negativa per il periodo 01/07/2027 \u2013 30/06/2029;",
        "di dare atto che la spesa complessiva di euro 288.896,00 IVA inclusa sar\u00e0 imputata al conto "
        "710.100.30 \u00abDispositivi medici\u00bb dei bilanci degli esercizi 2027, 2028 e 2029;",
        "di nominare Direttore dell'esecuzione del contratto la dott.ssa Giulia Ardizzone;",
        "di disporre la pubblicazione del presente provvedimento all'Albo on line e nella sezione "
        "Amministrazione Trasparente del sito aziendale.",
    ]
    for i, t in enumerate(pts, 1):
        d.justified(t, indent=7 * mm, label="%d." % i)
    d.need(120)
    d.y -= 16
    xs = X1 - 45 * mm
    c.setFont("LS", 10)
    c.drawCentredString(xs, d.y, "Il Direttore della S.C. Gestione Acquisti")
    c.drawCentredString(xs, d.y - 13, "dott. Paolo Gandolfi")
    c.setFont("LSI", 8)
    c.drawCentredString(xs, d.y - 25, "(firmato digitalmente)")
    d.y -= 52
    c.setFont("LSB", 8.5)
    c.drawString(X0, d.y, "VISTO DI REGOLARIT\u00c0 CONTABILE")
    c.setFont("LS", 8.5)
    c.drawString(X0, d.y - 11, "S.C. Gestione Risorse Economico-Finanziarie \u2013 il Direttore: dott. Roberto Sacchi")
    c.drawString(X0, d.y - 24, "Pubblicata all'Albo on line dal 18/06/2027 al 02/07/2027.")
    d.finish_page(last=True)
    c.save()


if __name__ == "__main__":
    main()
