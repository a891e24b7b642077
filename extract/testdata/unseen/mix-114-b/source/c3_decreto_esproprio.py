#!/usr/bin/env python3
"""Provincia di Ferrara: decreto di esproprio of the Dirigente of the
Settore Tecnico (Ufficio Espropri), "ADS" house style, ReportLab.

The letterhead is a Form XObject defined once and drawn on every page in
onPageEnd, i.e. after the page's body text in the content stream; the
heading "DECRETO DI ESPROPRIO" is letter-spaced with Tc; paragraphs are
justified (Tw); page 2 carries a running head with the decree's number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether, PageBreak)

OUT = sys.argv[1] if len(sys.argv) > 1 else "c3.pdf"
W, H = A4

body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.8, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
cen = ParagraphStyle("c", parent=bold, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
art = ParagraphStyle("a", parent=body, leftIndent=15 * mm, firstLineIndent=-15 * mm)


class Spaced(Flowable):
    def __init__(self, text, size=14, tc=4.5, font="Helvetica-Bold"):
        super().__init__()
        self.text, self.size, self.tc, self.font = text, size, tc, font

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 6

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, self.font, self.size) + self.tc * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.tc)
        t.textOut(self.text)
        c.drawText(t)


def letterhead_form(c):
    c.beginForm("provfe_lh")
    c.setFillColor(colors.HexColor("#7a1c1c"))
    c.rect(20 * mm, H - 33 * mm, 11 * mm, 15 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(25.5 * mm, H - 27 * mm, "FE")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(35 * mm, H - 24 * mm, "PROVINCIA DI FERRARA")
    c.setFont("Helvetica", 7.5)
    c.drawString(35 * mm, H - 29 * mm, "Castello Estense – Largo Castello, 1 – 44121 Ferrara – C.F. 00334500386")
    c.drawString(35 * mm, H - 32.5 * mm, "PEC: provincia.ferrara@cert.provincia.fe.it")
    c.setStrokeColor(colors.HexColor("#7a1c1c"))
    c.setLineWidth(1)
    c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
    c.endForm()


def page_end(c, doc):
    # drawn after the page's text: the letterhead and the foot
    if doc.page == 1:
        letterhead_form(c)
    c.saveState()
    if doc.page == 1:
        c.doForm("provfe_lh")
    else:
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(20 * mm, H - 14 * mm, "Provincia di Ferrara – Settore Tecnico – Ufficio Espropri – "
                     "Decreto di esproprio n. 2 del 17/02/2027")
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - 20 * mm, 12 * mm, f"pag. {doc.page} di 2")
    c.drawString(20 * mm, 12 * mm, "ADS – Gestione Atti – Decreti dirigenziali")
    c.restoreState()


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                          bottomMargin=20 * mm, title="Decreto di esproprio n. 2/2027",
                          author="Provincia di Ferrara - Ufficio Espropri", creator="ADS Gestione Atti")
    f1 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 40 * mm - 18 * mm, id="f1")
    f2 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 22 * mm - 18 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("p1", [f1], onPageEnd=page_end, autoNextPageTemplate="pn"),
                          PageTemplate("pn", [f2], onPageEnd=page_end)])
    s = []
    hdr = Table([[Paragraph("<b>SETTORE TECNICO – INFRASTRUTTURE E VIABILITÀ</b><br/>Ufficio Espropri", body),
                  Paragraph("<b>Decreto n. 2 del 17/02/2027</b><br/>Prot. n. 4705 del 17/02/2027", body)]],
                colWidths=[100 * mm, 70 * mm])
    hdr.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s += [hdr, Spacer(1, 8), Spaced("DECRETO DI ESPROPRIO"), Spacer(1, 2),
          Paragraph("(art. 23 del D.P.R. 8 giugno 2001, n. 327)", ParagraphStyle("x", parent=body, alignment=TA_CENTER)),
          Spacer(1, 4)]
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
                  Paragraph("<b>Lavori di realizzazione della rotatoria all'intersezione tra la S.P. 1 e la S.P. 68 "
                            "in Comune di Ostellato – Esproprio degli immobili occorrenti – Ditta catastale n. 4.</b>",
                            ParagraphStyle("o", parent=body, alignment=0))]],
                colWidths=[21 * mm, 149 * mm])
    ogg.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s += [ogg, Spacer(1, 6), Paragraph("IL DIRIGENTE", cen)]
    prem = [
        "VISTO il D.P.R. 8 giugno 2001, n. 327, \"Testo unico delle disposizioni legislative e regolamentari in "
        "materia di espropriazione per pubblica utilità\";",
        "VISTA la deliberazione del Consiglio Provinciale n. 31 del 29/07/2025, con la quale è stato approvato il "
        "progetto di fattibilità tecnica ed economica dell'opera in oggetto, con apposizione del vincolo "
        "preordinato all'esproprio, e il decreto del Presidente n. 97 del 14/11/2025 di approvazione del progetto "
        "esecutivo, che ha comportato la dichiarazione di pubblica utilità dell'opera;",
        "VISTA la determinazione dirigenziale n. 2412 del 03/12/2025, con la quale è stata determinata in via "
        "provvisoria l'indennità di espropriazione, notificata ai proprietari in data 15/12/2025;",
        "DATO ATTO che la ditta catastale n. 4 ha accettato l'indennità offerta con dichiarazione del "
        "12/01/2027 e che la stessa è stata liquidata con determinazione dirigenziale n. 121 del 28/01/2027, per "
        "l'importo di € 14.268,00;",
        "ACCERTATO che il decreto è emanato entro il termine di efficacia della dichiarazione di pubblica utilità;",
    ]
    s += [Paragraph(p, body) for p in prem]
    s.append(Spaced("DECRETA", size=11, tc=4))
    s.append(Spacer(1, 4))
    arts = [
        "È pronunciata a favore della Provincia di Ferrara, C.F. 00334500386, l'espropriazione degli immobili "
        "siti in Comune di Ostellato, censiti al Catasto Terreni al foglio 41, mappali 288 (ex 97/a) di mq 1.140 "
        "e 290 (ex 98/a) di mq 356, di proprietà della ditta catastale n. 4: BONAZZI Gianfranco e BONAZZI Luisa, "
        "proprietari per 1/2 ciascuno.",
        "Il presente decreto è notificato ai proprietari nelle forme degli atti processuali civili, con "
        "l'avviso della data di esecuzione, almeno sette giorni prima di essa.",
        "Il presente decreto è registrato e trascritto presso i competenti uffici dell'Agenzia delle Entrate, "
        "in esenzione dall'imposta di bollo ai sensi dell'art. 22 della Tabella allegato B al D.P.R. 642/1972.",
        "Un estratto del presente decreto è pubblicato nel Bollettino Ufficiale della Regione Emilia-Romagna; "
        "l'opposizione del terzo è proponibile entro trenta giorni dalla pubblicazione dell'estratto.",
        "Avverso il presente decreto è ammesso ricorso al Tribunale Amministrativo Regionale per l'Emilia-Romagna "
        "entro sessanta giorni dalla notifica, o ricorso straordinario al Presidente della Repubblica entro "
        "centoventi giorni.",
    ]
    for i, a in enumerate(arts, 1):
        s.append(Paragraph(f"<b>Art. {i}</b> – {a}", art))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Ferrara, 17/02/2027", body))
    sig = Table([["", Paragraph("<b>IL DIRIGENTE DEL SETTORE</b><br/>ing. Roberto Malagutti<br/>"
                                "<font size=7>(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>",
                                ParagraphStyle("s", parent=body, alignment=TA_CENTER))]],
                colWidths=[85 * mm, 85 * mm])
    s.append(KeepTogether([sig]))
    s.append(Spacer(1, 12))
    s.append(Paragraph("<font size=8>Responsabile del procedimento: geom. Chiara Ferioli – Ufficio Espropri, "
                       "tel. 0532 299 512.</font>", body))
    s.append(PageBreak())
    s.append(Paragraph("RELATA DI NOTIFICA", cen))
    blank = "_" * 38
    for line in (f"Il sottoscritto {blank} , messo notificatore,",
                 f"ha notificato in data {'_' * 16} copia del presente decreto a {'_' * 26}",
                 f"consegnandola a mani di {'_' * 30} nella sua qualità di {'_' * 18}",
                 f"presso {'_' * 60} .",
                 f"Ferrara, lì {'_' * 16}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;IL MESSO NOTIFICATORE {'_' * 22}"):
        s.append(Paragraph(line, ParagraphStyle("rl", parent=body, alignment=0, leading=22)))
    s.append(Spacer(1, 16))
    s.append(Paragraph("Avvertenza: il decreto è eseguito mediante immissione in possesso con la redazione del verbale "
                       "di cui all'art. 24 del D.P.R. n. 327/2001, entro il termine perentorio di due anni.", body))
    doc.build(s)


if __name__ == "__main__":
    build()
