# -*- coding: utf-8 -*-
"""Bellizzi's Sicraweb house style in ReportLab: justified Helvetica (word spacing by Tw),
a running foot "Pag. x di y", and the Albo's publication stamp rotated up the left margin.

usage: python3 bellizzi_rl.py FILE.pdf OUT.pdf
"""
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

import data

BLUE = colors.HexColor("#1d4e89")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_canvas(a):
    num, d = a["number"], data.dmy(a["date"])

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.decorate(n)
                super().showPage()
            super().save()

        def decorate(self, total):
            w, h = A4
            self.saveState()
            self.setStrokeColor(colors.grey)
            self.setLineWidth(0.4)
            self.line(20 * mm, 14 * mm, w - 17 * mm, 14 * mm)
            self.setFont("Helvetica", 7.5)
            self.drawString(20 * mm, 10 * mm, "Comune di Bellizzi – Sicraweb Atti")
            self.drawRightString(w - 17 * mm, 10 * mm,
                                 f"Deliberazione del Consiglio Comunale n. {num} del {d} – Pag. {self._pageNumber} di {total}")
            # publication stamp, rotated up the left margin
            self.translate(11 * mm, 70 * mm)
            self.rotate(90)
            self.setFillColor(colors.HexColor("#8a1c1c"))
            self.setStrokeColor(colors.HexColor("#8a1c1c"))
            self.setFont("Helvetica-Bold", 7)
            txt = f"ALBO PRETORIO ON LINE – Pubblicata dal {a['pub_from']} al {a['pub_to']} – Reg. pubbl. n. {a['pub_reg']}"
            self.drawString(0, 0, txt)
            self.rect(-2, -3, self.stringWidth(txt, "Helvetica-Bold", 7) + 4, 10, stroke=1, fill=0)
            self.restoreState()

    return NumberedCanvas


def letterhead(c, doc):
    w, h = A4
    c.saveState()
    x, y = 20 * mm, h - 34 * mm
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm); p.lineTo(x + 15 * mm, y + 20 * mm); p.lineTo(x + 15 * mm, y + 9 * mm)
    p.curveTo(x + 15 * mm, y + 3 * mm, x + 11 * mm, y + 0.5 * mm, x + 7.5 * mm, y - 1 * mm)
    p.curveTo(x + 4 * mm, y + 0.5 * mm, x, y + 3 * mm, x, y + 9 * mm); p.close()
    c.setFillColor(BLUE); c.setStrokeColor(colors.HexColor("#a07c1c")); c.setLineWidth(2)
    c.drawPath(p, fill=1, stroke=1)
    c.setStrokeColor(colors.HexColor("#f2d16b")); c.setLineWidth(3)
    for dy in (15, 11, 7):
        c.line(x + 3.5 * mm, y + dy * mm, x + 11.5 * mm, y + dy * mm)
    c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 19)
    c.drawString(40 * mm, h - 22 * mm, "COMUNE DI BELLIZZI")
    c.setFillColor(colors.black); c.setFont("Helvetica", 10)
    c.drawString(40 * mm, h - 27.5 * mm, "Provincia di Salerno")
    c.setFont("Helvetica", 7.5)
    m = data.BEL
    c.drawString(40 * mm, h - 32 * mm, f"{m['addr']} – PEC: {m['pec']}")
    c.setStrokeColor(BLUE); c.setLineWidth(1.5)
    c.line(20 * mm, h - 36 * mm, w - 17 * mm, h - 36 * mm)
    c.restoreState()


def build(a, out):
    num, d = a["number"], data.dmy(a["date"])
    pres, sec = a["president"], a["secretary"]
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.2, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4)
    cap = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=11, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0)
    cell = ParagraphStyle("t", parent=body, fontSize=9.3, leading=11, alignment=TA_LEFT, spaceAfter=0)
    pt = ParagraphStyle("p", parent=body, leftIndent=8 * mm, bulletIndent=1 * mm)
    st = []
    head = Table([
        [Paragraph("<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", ParagraphStyle("k", parent=cell, fontSize=12, alignment=TA_CENTER, leading=15)), "",
         Paragraph("<b>ORIGINALE</b>", ParagraphStyle("o", parent=cell, alignment=TA_CENTER))],
        [Paragraph(f"<font size=7.5 color='#555555'>Numero</font><br/><b>N. {num}</b>", cell),
         Paragraph(f"<font size=7.5 color='#555555'>Data</font><br/><b>{d}</b>", cell),
         Paragraph(f"<font size=7.5 color='#555555'>Proposta</font><br/><b>{a['proposal_number']}/2028</b>", cell)],
        [Paragraph(esc(a["seduta"]), ParagraphStyle("sd", parent=cell, alignment=TA_CENTER, fontSize=9)), "", ""],
        [Paragraph(f"<b>OGGETTO: {esc(a['subject'])}</b>", cell), "", ""],
    ], colWidths=[60 * mm, 60 * mm, 53 * mm])
    head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black), ("SPAN", (0, 0), (1, 0)),
                              ("SPAN", (0, 2), (2, 2)), ("SPAN", (0, 3), (2, 3)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [head, Spacer(1, 6)]
    st.append(Paragraph(
        f"L'anno duemilaventotto, {a['date_words']}, alle ore {a['time']}, nella Sala consiliare \"Sandro Pertini\", a "
        "seguito di convocazione prot. n. 4630 del 14/03/2028, regolarmente notificata, si è riunito in sessione "
        "ordinaria il Consiglio Comunale. All'appello nominale risultano:", body))
    rows = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]]
    for i, (n, r, p) in enumerate(a["roll"], 1):
        rows.append([str(i), n, r, "SI" if p else "NO", "NO" if p else "SI"])
    rt = Table(rows, colWidths=[10 * mm, 55 * mm, 45 * mm, 20 * mm, 20 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f1")),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.3), ("FONT", (0, 1), (-1, -1), "Helvetica", 9.3),
                            ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (3, 0), (4, -1), "CENTER"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    st.append(rt)
    pc = data.present_count(a)
    st.append(Paragraph(f"<b>Presenti n. {pc} &nbsp;&nbsp;&nbsp;&nbsp; Assenti n. {len(a['roll']) - pc}</b>",
                        ParagraphStyle("tt", parent=body, alignment=TA_CENTER, spaceBefore=3)))
    st.append(Paragraph(
        "Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
        f"lett. a, D.Lgs. 267/2000), il {sec['role']} {sec['title']} {sec['name']}.", body))
    st.append(Paragraph(
        f"Presiede la seduta il {pres['role']}, {pres['title']} {pres['name']}, il quale, riconosciuta la validità del "
        "numero legale, dichiara aperta la seduta e pone in discussione l'argomento in oggetto, iscritto al punto n. 3 "
        "dell'ordine del giorno.", body))
    st.append(Paragraph(esc(a["event"]), body))
    st.append(Paragraph("IL CONSIGLIO COMUNALE", cap))
    st.append(Paragraph(
        f"Vista la proposta di deliberazione n. {a['proposal_number']} del {data.dmy(a['proposal_date'])}, predisposta dal "
        f"{a['proposing_office']}, avente ad oggetto quanto in epigrafe;", body))
    for t in a["premessa"]:
        st.append(Paragraph(esc(t), body))
    st.append(Paragraph(esc(a["vote_text"]), body))
    st.append(Paragraph("DELIBERA", cap))
    for i, t in enumerate(a["points"], 1):
        st.append(Paragraph(esc(t), pt, bulletText=f"{i}."))
    st.append(Paragraph(esc(a["ie_text"]), body))
    pr = []
    for kind, who, name, dt in a["pareri"]:
        pr.append([Paragraph(f"<b>PARERE DI {kind}</b><br/>(art. 49 D.Lgs. 267/2000)", small),
                   Paragraph(f"Si esprime parere <b>FAVOREVOLE</b>.<br/>{who}<br/>{name} – data {dt}", small)])
    ptab = Table(pr, colWidths=[55 * mm, 118 * mm])
    ptab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    sig = Table([["IL PRESIDENTE", f"IL {sec['role'].upper()}"],
                 [f"{pres['title']} {pres['name']}", f"{sec['title']} {sec['name']}"]], colWidths=[86 * mm, 86 * mm])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), "Helvetica", 10)]))
    st.append(KeepTogether([Spacer(1, 8), ptab, Spacer(1, 10), Paragraph("Letto, confermato e sottoscritto.", body),
                            Spacer(1, 4), sig, Spacer(1, 10),
                            Paragraph("<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
                                      "collegate, che sostituisce il documento cartaceo e la firma autografa.</i>",
                                      ParagraphStyle("n", parent=small, alignment=TA_CENTER, fontSize=7.5))]))
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=17 * mm, topMargin=40 * mm,
                            bottomMargin=20 * mm, title=f"Delibera C.C. {num}/2028", author="Sicraweb",
                            creator="Sicraweb Atti - Stampa documenti")

    def later(c, doc_):
        pass

    doc.build(st, onFirstPage=letterhead, onLaterPages=letterhead, canvasmaker=make_canvas(a))


if __name__ == "__main__":
    a = dict(data.BY_FILE[sys.argv[1]])
    a.update(pub_from="23/03/2028", pub_to="07/04/2028", pub_reg=512)
    build(a, sys.argv[2])
