#!/usr/bin/env python3
"""ASL CN1 – Deliberazione del Direttore Generale n. 412 del 20/05/2027.

The AREAS print of a deliberation, drawn with the ReportLab canvas at fixed
coordinates in an embedded DejaVu Sans subset: the letterhead is one Form
XObject reused on every page (drawn after the page's text), a running head
repeats the number, the opinions of the Direttore Amministrativo and of the
Direttore Sanitario stand side by side in two columns, and the three
directors sign in a row.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-aslcn1-areas.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
W, H = A4
LM, RM = 22 * mm, W - 20 * mm
TW = RM - LM
GREEN = colors.HexColor("#0d6b4f")
NUMTXT = "Deliberazione del Direttore Generale n. 412 del 20/05/2027"

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Deliberazione n. 412/2027")
c.setAuthor("ASL CN1")
c.setCreator("AREAS - Atti amministrativi")
c.setSubject("Avviso pubblico Direttore S.C. Cardiologia Mondovì")

# --- the letterhead, a Form XObject ----------------------------------------
c.beginForm("letterhead")
c.setFillColor(GREEN)
c.roundRect(LM, H - 30 * mm, 24 * mm, 14 * mm, 2 * mm, fill=1, stroke=0)
c.setFillColor(colors.white)
c.setFont("DVB", 13)
c.drawCentredString(LM + 12 * mm, H - 25 * mm, "ASL CN1")
c.setFillColor(GREEN)
c.setFont("DVB", 12)
c.drawString(LM + 28 * mm, H - 21 * mm, "Azienda Sanitaria Locale CN1")
c.setFillColor(colors.HexColor("#333333"))
c.setFont("DV", 7.5)
c.drawString(LM + 28 * mm, H - 25 * mm, "Sede legale: Via Carlo Boggio 12 – 12100 Cuneo")
c.drawString(LM + 28 * mm, H - 28.5 * mm, "P.IVA / C.F. 01128930045 – PEC: protocollo@cert.aslcn1.it")
c.setFont("DVB", 7.5)
c.drawRightString(RM, H - 21 * mm, "REGIONE PIEMONTE")
c.setStrokeColor(GREEN)
c.setLineWidth(1)
c.line(LM, H - 33 * mm, RM, H - 33 * mm)
c.endForm()


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self):
        self.page = 1
        self.y = None
        self.start_page()

    def start_page(self):
        if self.page > 1:
            c.setFont("DVI", 7.5)
            c.setFillColor(colors.HexColor("#444444"))
            c.drawString(LM, H - 38 * mm, NUMTXT)
            c.drawRightString(RM, H - 38 * mm, "pag. %d di %d" % (self.page, TOTAL))
            c.setFillColor(colors.black)
            self.y = H - 46 * mm
        else:
            self.y = H - 40 * mm

    def end_page(self):
        c.setFont("DV", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, 12 * mm, "Documento informatico sottoscritto con firma digitale ai sensi del "
                            "D.Lgs. n. 82/2005 – AREAS Atti")
        c.setFillColor(colors.black)
        c.doForm("letterhead")          # drawn last, after the page's text
        c.showPage()
        self.page += 1
        self.start_page()

    def need(self, h):
        if self.y - h < 22 * mm:
            self.end_page()

    def para(self, text, font="DV", size=10, lead=13.6, indent=0, label=None, bold_lead=None, after=4,
             align="L"):
        width = TW - indent
        first = (bold_lead + " " if bold_lead else "") + text
        lines = wrap(first, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            x = LM + indent
            if i == 0 and label:
                c.setFont(font, size)
                c.drawString(LM, self.y, label)
            if align == "C":
                c.setFont(font, size)
                c.drawCentredString(W / 2, self.y, ln)
            elif i == 0 and bold_lead and ln.startswith(bold_lead):
                c.setFont("DVB", size)
                c.drawString(x, self.y, bold_lead)
                c.setFont(font, size)
                c.drawString(x + stringWidth(bold_lead + " ", "DVB", size), self.y, ln[len(bold_lead) + 1:])
            else:
                c.setFont(font, size)
                c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= after


def draw(wr):
    y = wr.y
    # title grid
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.7)
    c.rect(LM, y - 24 * mm, TW, 24 * mm)
    c.line(LM, y - 10 * mm, RM, y - 10 * mm)
    c.line(LM + TW * 0.62, y - 24 * mm, LM + TW * 0.62, y - 10 * mm)
    c.setFont("DVB", 11.5)
    c.drawCentredString(W / 2, y - 6.6 * mm, "DELIBERAZIONE DEL DIRETTORE GENERALE N. 412 DEL 20/05/2027")
    c.setFont("DV", 8)
    c.drawString(LM + 2 * mm, y - 14 * mm, "Struttura proponente:")
    c.setFont("DVB", 9)
    c.drawString(LM + 2 * mm, y - 18.2 * mm, "S.C. Personale e Sviluppo Risorse Umane")
    c.setFont("DV", 8)
    c.drawString(LM + TW * 0.62 + 2 * mm, y - 14 * mm, "Proposta:")
    c.setFont("DVB", 9)
    c.drawString(LM + TW * 0.62 + 2 * mm, y - 18.2 * mm, "n. 538 del 15/05/2027")
    wr.y = y - 32 * mm
    # subject
    c.setFont("DVB", 10)
    c.drawString(LM, wr.y, "OGGETTO:")
    subj = ("Indizione di avviso pubblico per il conferimento dell’incarico quinquennale di Direttore della S.C. "
            "Cardiologia del Presidio Ospedaliero di Mondovì.")
    for ln in wrap(subj, "DVB", 10, TW - 22 * mm):
        c.drawString(LM + 22 * mm, wr.y, ln)
        wr.y -= 13.6
    wr.y -= 10
    wr.para("IL DIRETTORE GENERALE", font="DVB", size=10.5, align="C", after=6)
    P = [
        ("Premesso che", "con deliberazione n. 96 del 06/02/2027 è stato approvato il Piano triennale dei fabbisogni "
         "di personale 2027-2029, nel quale è prevista la copertura del posto di Direttore della S.C. Cardiologia del "
         "Presidio Ospedaliero di Mondovì, vacante dal 1° marzo 2027 a seguito del collocamento in quiescenza del "
         "precedente titolare;"),
        ("Dato atto che", "nelle more della copertura del posto le funzioni di direzione della struttura sono "
         "assicurate dal dirigente medico sostituto individuato ai sensi dell’art. 22 del CCNL dell’Area Sanità del "
         "23/01/2024, e che la Regione Piemonte ha autorizzato l’avvio della procedura con nota prot. 18844 del "
         "29/04/2027;"),
        ("Visti", "l’art. 15 del D.Lgs. 30 dicembre 1992, n. 502, il D.P.R. 10 dicembre 1997, n. 484, e la D.G.R. "
         "Piemonte n. 14-6180 del 29/12/2022, recante le linee di indirizzo regionali per il conferimento degli "
         "incarichi di direzione di struttura complessa;"),
        ("Visto", "il profilo professionale del Direttore della struttura complessa, che caratterizza il fabbisogno "
         "sotto il profilo oggettivo e soggettivo, predisposto dal Direttore del Dipartimento di Area Medica e "
         "allegato al bando (Allegato B);"),
        ("Ritenuto", "di indire l’avviso pubblico e di approvarne il bando nel testo allegato al presente "
         "provvedimento (Allegato A), che ne costituisce parte integrante e sostanziale;"),
        ("Acquisiti", "i pareri favorevoli del Direttore Amministrativo e del Direttore Sanitario, espressi ai sensi "
         "dell’art. 3, comma 7, del D.Lgs. n. 502/1992 e riportati in calce;"),
    ]
    for lead, t in P:
        wr.para(t, bold_lead=lead)
    wr.y -= 2
    wr.need(30)
    wr.para("DELIBERA", font="DVB", size=10.5, align="C", after=6)
    D = [
        "di indire avviso pubblico per il conferimento dell’incarico quinquennale di Direttore della S.C. "
        "Cardiologia del Presidio Ospedaliero di Mondovì, ruolo sanitario, profilo professionale medici, disciplina "
        "di Cardiologia;",
        "di approvare il bando di avviso pubblico (Allegato A) e il profilo professionale del Direttore della "
        "struttura complessa (Allegato B), allegati al presente provvedimento quale parte integrante e sostanziale;",
        "di disporre la pubblicazione dell’avviso sul Bollettino Ufficiale della Regione Piemonte, per estratto "
        "sulla Gazzetta Ufficiale della Repubblica Italiana e sul sito istituzionale dell’Azienda;",
        "di dare atto che gli oneri derivanti dal conferimento dell’incarico trovano copertura nel bilancio "
        "aziendale 2027 e nei successivi, nei limiti del tetto di spesa per il personale assegnato dalla Regione;",
        "di dichiarare il presente provvedimento immediatamente esecutivo ai sensi dell’art. 28, comma 2, della "
        "L.R. 24 gennaio 1995, n. 10, stante la necessità di garantire la continuità assistenziale.",
    ]
    for n, t in enumerate(D, 1):
        wr.para(t, indent=8 * mm, label="%d)" % n)
    wr.y -= 6
    # opinions, two columns
    wr.need(36 * mm)
    top = wr.y
    col = TW / 2
    c.setLineWidth(0.5)
    c.rect(LM, top - 30 * mm, TW, 30 * mm + 4)
    c.line(LM + col, top - 30 * mm, LM + col, top + 4)
    for i, (role, name) in enumerate([("Direttore Amministrativo", "Dott. Gianluca Bertola"),
                                      ("Direttore Sanitario", "Dott.ssa Laura Giordano")]):
        x = LM + i * col + 3 * mm
        yy = top - 8
        c.setFont("DVB", 9)
        c.drawString(x, yy, "Parere favorevole del")
        c.drawString(x, yy - 12, role)
        c.setFont("DV", 9)
        c.drawString(x, yy - 28, name)
        c.setFont("DVI", 7.5)
        c.drawString(x, yy - 40, "(firmato digitalmente)")
    wr.y = top - 44 * mm
    wr.need(28 * mm)
    c.setFont("DVB", 10)
    c.drawCentredString(W / 2 + 40 * mm, wr.y, "IL DIRETTORE GENERALE")
    c.setFont("DV", 10)
    c.drawCentredString(W / 2 + 40 * mm, wr.y - 14, "Dott. Franco Ghigo")
    c.setFont("DVI", 7.5)
    c.drawCentredString(W / 2 + 40 * mm, wr.y - 26, "(firmato digitalmente)")
    wr.y -= 50
    wr.need(30 * mm)
    c.setLineWidth(0.4)
    c.line(LM, wr.y + 10, RM, wr.y + 10)
    wr.para("RELATA DI PUBBLICAZIONE", font="DVB", size=9, align="C", after=2)
    wr.para("La presente deliberazione è pubblicata all’Albo pretorio on line dell’Azienda dal 20/05/2027 per quindici "
            "giorni consecutivi, ai sensi dell’art. 32 della Legge n. 69/2009.", size=8.5, lead=11.5)
    wr.para("S.S. Affari Generali e Legali – Il Funzionario incaricato: Sig.ra Monica Rinaudo", size=8.5, lead=11.5)


# two passes: count pages, then draw with "pag. x di y"
TOTAL = 9
import io  # noqa: E402
_real = c
buf = io.BytesIO()
c = canvas.Canvas(buf, pagesize=A4)
c.beginForm("letterhead")
c.endForm()
w = Writer()
draw(w)
TOTAL = w.page
c = _real
w = Writer()
draw(w)
c.setFont("DV", 7)
c.drawCentredString(W / 2, 12 * mm, "Documento informatico sottoscritto con firma digitale ai sensi del "
                    "D.Lgs. n. 82/2005 – AREAS Atti")
c.doForm("letterhead")
c.showPage()
c.save()
