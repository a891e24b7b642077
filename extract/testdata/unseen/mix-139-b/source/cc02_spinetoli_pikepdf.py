#!/usr/bin/env python3
"""Consiglio Comunale di Spinetoli, deliberazione n. 2 del 11/01/2029: content
streams written by hand and saved with pikepdf (standard 14 fonts, WinAnsi,
justification with Tw, letterhead as a Form XObject). ReportLab is used only
for the widths of the standard fonts."""
import sys
import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, 56.0
TW = W - LM - RM
FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}


def esc(s):
    b = s.encode("cp1252")
    o = []
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            o.append("\\" + c.decode("latin-1"))
        elif ch > 126:
            o.append("\\%03o" % ch)
        else:
            o.append(c.decode("latin-1"))
    return "".join(o)


class Page:
    def __init__(self):
        self.ops = []
        self.y = H - 150

    def text(self, x, y, s, f="R", size=11.5, tw=0.0):
        fn = FONTS[f][0]
        self.ops.append("BT /%s %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (fn, size, tw, x, y, esc(s)))


pages = [Page()]


def cur():
    return pages[-1]


def newpage():
    pages.append(Page())
    cur().y = H - 120


def need(h):
    if cur().y - h < 70:
        newpage()


def width(s, f, size):
    return stringWidth(s, FONTS[f][1], size)


def para(s, f="R", size=11.5, lead=15.0, indent=0.0, first=None, align="J", after=4.0):
    """Wrap and set a paragraph; first = text hung in the indent of the first line."""
    words = s.split()
    avail = TW - indent
    lines, line = [], []
    for w in words:
        trial = " ".join(line + [w])
        if line and width(trial, f, size) > avail:
            lines.append(line); line = [w]
        else:
            line.append(w)
    if line:
        lines.append(line)
    for i, ln in enumerate(lines):
        need(lead)
        p = cur()
        p.y -= lead
        txt = " ".join(ln)
        x = LM + indent
        tw = 0.0
        if align == "J" and i < len(lines) - 1 and len(ln) > 1:
            tw = (avail - width(txt, f, size)) / (len(ln) - 1)
        elif align == "C":
            x = LM + (TW - width(txt, f, size)) / 2
        elif align == "R":
            x = LM + TW - width(txt, f, size)
        if i == 0 and first:
            p.text(LM, p.y, first, f, size)
        p.text(x, p.y, txt, f, size, tw)
    cur().y -= after


def gap(h):
    cur().y -= h


# ------------------------------------------------------------------ content
p = cur()
p.y = H - 128
para("ORIGINALE", "B", 9, align="L", after=2)
para("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 13.5, lead=17, align="C", after=0)
para("N. 2", "B", 13, lead=16, align="C", after=0)
para("DEL 11/01/2029", "B", 12, lead=15, align="C", after=8)
y0 = cur().y
para("Approvazione dello schema di convenzione con il Comune di Castorano per la gestione in forma associata "
     "del servizio di segreteria comunale.", "B", 11.5, indent=74, first="OGGETTO:", align="L", after=6)
cur().ops.append("0.6 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S" %
                 (LM, y0 + 2, LM + TW, y0 + 2, LM, cur().y + 3, LM + TW, cur().y + 3))
gap(4)
para("L'anno duemilaventinove, il giorno undici del mese di gennaio, alle ore 21:00, nella sala delle adunanze "
     "consiliari, convocato con appositi avvisi, si è riunito il Consiglio Comunale in sessione ordinaria, seduta "
     "pubblica di prima convocazione.")
para("Alla trattazione del presente punto risultano presenti i Consiglieri: CAMELI ROBERTO (Sindaco), VALLORANI "
     "SABRINA, TRAINI MATTEO, CAPRIOTTI LAURA, PIGNOTTI EMIDIO, ANGELINI GIORGIA, CINCIRIPINI MARCO, AMABILI "
     "STEFANO, MARCOZZI ALESSIO, CICCHI DANIELA, SCIARRONI PAOLO (totale n. 11).")
para("Risultano assenti i Consiglieri: FANESI GIULIA, TASSOTTI LUCIA (totale n. 2).")
para("Presiede il Sig. Roberto Cameli, Sindaco. Partecipa il Segretario Comunale Dott.ssa Elisa Voltattorni, "
     "incaricata della redazione del verbale. Scrutatori: Angelini Giorgia, Amabili Stefano, Cicchi Daniela.")
gap(4)
para("IL CONSIGLIO COMUNALE", "B", 11.5, align="C", after=4)
for s in [
    "Premesso che il Comune di Spinetoli e il Comune di Castorano hanno manifestato la volontà di gestire in forma "
    "associata il servizio di segreteria comunale, al fine di conseguire un risparmio di spesa e di assicurare "
    "la presenza di un segretario titolare in entrambi gli enti;",
    "Visto l'art. 98, comma 3, del D.Lgs. 18 agosto 2000, n. 267, nonché l'art. 10 del D.P.R. 4 dicembre 1997, "
    "n. 465, che consentono ai Comuni di stipulare convenzioni per l'ufficio di segreteria;",
    "Visto l'art. 30 del D.Lgs. 267/2000 in materia di convenzioni tra enti locali;",
    "Esaminato lo schema di convenzione, composto da n. 11 articoli, che individua il Comune di Spinetoli quale "
    "ente capofila e stabilisce la ripartizione dell'orario di servizio e degli oneri nella misura del 70 per "
    "cento a carico del Comune di Spinetoli e del 30 per cento a carico del Comune di Castorano;",
    "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile dell'Area "
    "Amministrativa e dal Responsabile dell'Area Economico-Finanziaria;",
    "Dato atto che i Consiglieri Marcozzi e Sciarroni dichiarano di astenersi, ritenendo insufficiente la quota "
    "oraria riservata al Comune di Spinetoli;",
    "Con voti unanimi favorevoli dei n. 9 Consiglieri votanti, essendosi astenuti i Consiglieri Marcozzi e "
    "Sciarroni (presenti n. 11, votanti n. 9, astenuti n. 2), espressi per alzata di mano,",
]:
    para(s)
gap(2)
para("D E L I B E R A", "B", 11.5, align="C", after=4)
for n, s in enumerate([
    "di approvare lo schema di convenzione con il Comune di Castorano per la gestione in forma associata del "
    "servizio di segreteria comunale, allegato alla presente quale parte integrante e sostanziale;",
    "di dare atto che il Comune di Spinetoli assume il ruolo di ente capofila e che la convenzione avrà durata "
    "di anni tre decorrenti dalla data di presa di servizio del segretario titolare;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione e di trasmettere la presente deliberazione "
    "alla Prefettura di Ancona - Albo dei Segretari Comunali e Provinciali, Sezione regionale Marche.",
], 1):
    para(s, indent=22, first="%d." % n)
gap(2)
para("Successivamente, con separata votazione unanime dei n. 11 Consiglieri presenti, espressa per alzata di "
     "mano, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi "
     "dell'art. 134, comma 4, del D.Lgs. 267/2000.")
gap(10)
need(70)
para("Letto, approvato e sottoscritto.", align="L", after=10)
yy = cur().y
cur().text(LM + 40, yy - 12, "IL PRESIDENTE", "R", 11)
cur().text(LM + 40, yy - 28, "Roberto Cameli", "I", 11)
cur().text(LM + 270, yy - 12, "IL SEGRETARIO COMUNALE", "R", 11)
cur().text(LM + 270, yy - 28, "Dott.ssa Elisa Voltattorni", "I", 11)
cur().y = yy - 40

# ------------------------------------------------------------------ assemble
pdf = pikepdf.new()
fonts = Dictionary()
for key, (fn, base) in FONTS.items():
    fonts[Name("/" + fn)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                          BaseFont=Name("/" + base),
                                                          Encoding=Name.WinAnsiEncoding))
lh_ops = [
    "q 0.9 w 62 781 m 100 781 l 100 758 l 100 746 90 738 81 734 c 72 738 62 746 62 758 c h S",
    "81 768 m 81 748 l S 71 758 m 91 758 l S Q",
    "BT /F2 19 Tf 1 0 0 1 %.2f 770 Tm (%s) Tj ET" % ((W - stringWidth("COMUNE DI SPINETOLI", "Times-Bold", 19)) / 2,
                                                      esc("COMUNE DI SPINETOLI")),
    "BT /F3 11 Tf 1 0 0 1 %.2f 755 Tm (%s) Tj ET" % ((W - stringWidth("Provincia di Ascoli Piceno", "Times-Italic", 11)) / 2,
                                                      esc("Provincia di Ascoli Piceno")),
    "0.5 w 62 744 m %.2f 744 l S" % (W - RM),
]
lh = pikepdf.Stream(pdf, "\n".join(lh_ops).encode("latin-1"))
lh.Type = Name.XObject
lh.Subtype = Name.Form
lh.BBox = Array([0, 700, W, H])
lh.Resources = Dictionary(Font=fonts)
lh = pdf.make_indirect(lh)

for i, pg in enumerate(pages, 1):
    foot = "Comune di Spinetoli - Deliberazione C.C. n. 2 del 11/01/2029 - pag. %d di %d" % (i, len(pages))
    fx = (W - stringWidth(foot, "Times-Roman", 8)) / 2
    body = "\n".join(pg.ops)
    body += "\nBT /F1 8 Tf 1 0 0 1 %.2f 36 Tm (%s) Tj ET" % (fx, esc(foot))
    body += "\nq /LH Do Q\n"
    contents = pikepdf.Stream(pdf, body.encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(contents),
                      Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=lh)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo[Name.Producer] = "J-Iride - Stampa atti deliberativi"
pdf.docinfo[Name.Title] = "Deliberazione C.C. n. 2 del 11/01/2029"
pdf.save(out)
