#!/usr/bin/env python3
"""Castel di Lama (AP) - graduatoria definitiva, contributo libri di testo.
ReportLab canvas.  House style "sicraweb": crest and name at left, protocol
and date in a box at right, the office only in the signature.  A running title
in a band on every page with the subject under it on the first, and the roll
of beneficiaries in two columns (left column filled first, then the right)."""
import sys, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import Paragraph

OUT = sys.argv[1] if len(sys.argv) > 1 else "graduatoria-casteldilama-sicraweb.pdf"
W, H = A4
LM, RM = 20 * mm, W - 20 * mm
GREEN = colors.HexColor("#1B5E3B")
PALE = colors.HexColor("#E4F1E8")
RUN = "DIRITTO ALLO STUDIO – FORNITURA DEI LIBRI DI TESTO A.S. 2027/2028"

random.seed(19112027)
rows = []
prot = 12410
for i in range(58):
    prot += random.randint(3, 35)
    isee = random.randint(1500, 15700)
    school = random.choice(["Sec. I grado", "Sec. I grado", "Sec. II grado", "Sec. II grado", "Sec. II grado"])
    rows.append([prot, school, isee])
rows.sort(key=lambda r: r[2])
for r in rows:
    base = 210 if r[1] == "Sec. II grado" else 160
    pct = 1.0 if r[2] <= 5000 else (0.8 if r[2] <= 10632.94 else 0.6)
    r.append(round(base * pct * 0.94, 2))

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=3)
subj = ParagraphStyle("s", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_CENTER)


def euro(v):
    s = "%.2f" % v
    a, b = s.split(".")
    return a + "," + b


def letterhead(c):
    c.saveState()
    c.setStrokeColor(GREEN)
    c.setFillColor(PALE)
    c.setLineWidth(1)
    p = c.beginPath()
    x, y = LM, H - 33 * mm
    p.moveTo(x, y + 18 * mm)
    p.lineTo(x + 15 * mm, y + 18 * mm)
    p.lineTo(x + 15 * mm, y + 6 * mm)
    p.curveTo(x + 15 * mm, y + 1 * mm, x + 9 * mm, y - 1 * mm, x + 7.5 * mm, y - 2 * mm)
    p.curveTo(x + 6 * mm, y - 1 * mm, x, y + 1 * mm, x, y + 6 * mm)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(GREEN)
    c.rect(x + 3 * mm, y + 4 * mm, 9 * mm, 3 * mm, stroke=0, fill=1)
    c.rect(x + 4.5 * mm, y + 7 * mm, 2 * mm, 6 * mm, stroke=0, fill=1)
    c.rect(x + 8.5 * mm, y + 7 * mm, 2 * mm, 6 * mm, stroke=0, fill=1)
    c.setFont("Times-Bold", 17)
    c.drawString(LM + 20 * mm, H - 22 * mm, "COMUNE DI CASTEL DI LAMA")
    c.setFillColor(colors.black)
    c.setFont("Times-Italic", 10.5)
    c.drawString(LM + 20 * mm, H - 28 * mm, "Provincia di Ascoli Piceno")
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.6)
    c.rect(RM - 44 * mm, H - 33 * mm, 44 * mm, 17 * mm)
    c.setFont("Helvetica", 8.5)
    c.drawString(RM - 41 * mm, H - 21 * mm, "Prot. n. 16355")
    c.drawString(RM - 41 * mm, H - 25.5 * mm, "del 19/11/2027")
    c.setFont("Helvetica", 7)
    c.drawString(RM - 41 * mm, H - 30 * mm, "Cat. 7 – Cl. 4 – Fasc. 12")
    c.setLineWidth(1.2)
    c.line(LM, H - 37 * mm, RM, H - 37 * mm)
    c.restoreState()


def band(c, y):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(LM, y - 1.8 * mm, RM - LM, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(LM + 2 * mm, y, RUN)
    c.restoreState()


def footer(c, n, tot):
    c.saveState()
    c.setStrokeColor(GREEN)
    c.setLineWidth(0.4)
    c.line(LM, 16 * mm, RM, 16 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(LM, 12 * mm, "Comune di Castel di Lama – Via Roma, 1 – 63082 Castel di Lama (AP) – "
                 "PEC comune.casteldilama@emarche.it")
    c.drawRightString(RM, 12 * mm, "Pag. %d di %d" % (n, tot))
    c.restoreState()


COLW = (RM - LM - 8 * mm) / 2
ROWH = 4.9 * mm
CX = [0, 9 * mm, 33 * mm, 58 * mm]


def col_header(c, x, y):
    c.setFont("Helvetica-Bold", 8)
    for dx, t in zip(CX, ["N.", "Prot. domanda", "Scuola", "Importo €"]):
        c.drawString(x + dx, y, t)
    c.setLineWidth(0.5)
    c.line(x, y - 1.6 * mm, x + COLW, y - 1.6 * mm)


def draw_row(c, x, y, i, r):
    c.setFont("Times-Roman", 9.5)
    c.drawRightString(x + 6 * mm, y, "%d" % (i + 1))
    c.drawString(x + CX[1], y, "%d/2027" % r[0])
    c.drawString(x + CX[2], y, r[1])
    c.drawRightString(x + COLW - 2 * mm, y, euro(r[3]))
    c.setStrokeColor(colors.HexColor("#BBBBBB"))
    c.setLineWidth(0.3)
    c.line(x, y - 1.5 * mm, x + COLW, y - 1.5 * mm)
    c.setStrokeColor(colors.black)


def para(c, text, style, y, x=LM, w=None):
    p = Paragraph(text, style)
    _, h = p.wrapOn(c, w or (RM - LM), 500)
    p.drawOn(c, x, y - h)
    return y - h - style.spaceAfter


def build(total_pages):
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Graduatoria definitiva libri di testo 2027/2028")
    c.setAuthor("Comune di Castel di Lama")
    c.setCreator("Sicraweb - Servizi scolastici")
    letterhead(c)
    band(c, H - 44 * mm)
    y = H - 53 * mm
    y = para(c, "GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO PER LA FORNITURA GRATUITA "
                "O SEMIGRATUITA DEI LIBRI DI TESTO – ANNO SCOLASTICO 2027/2028", subj, y, LM + 12 * mm,
             RM - LM - 24 * mm)
    y -= 5 * mm
    for t in [
        "Vista la Legge 23 dicembre 1998, n. 448, art. 27, e la deliberazione della Giunta Regionale "
        "delle Marche n. 1187 del 06/09/2027, con la quale sono stati ripartiti tra i Comuni i fondi "
        "per la fornitura dei libri di testo agli studenti delle scuole secondarie di primo e secondo grado;",
        "Visto l’avviso pubblico prot. n. 12390 del 12/09/2027 e considerato che entro il termine del "
        "15/10/2027 sono pervenute n. 60 domande, di cui n. 58 ammesse e n. 2 escluse per ISEE "
        "superiore al limite di € 15.748,78;",
        "Vista la determinazione n. 118 del 18/11/2027 di approvazione della graduatoria, per una "
        "spesa complessiva di € 8.119,72 a valere sul fondo regionale assegnato;",
        "<b>SI RENDE NOTA</b> la graduatoria definitiva dei beneficiari, ordinata per valore ISEE "
        "crescente. I richiedenti sono indicati con il numero di protocollo della domanda. Il "
        "contributo sarà liquidato mediante accredito sul conto corrente indicato nella domanda."]:
        y = para(c, t, body, y)
    y -= 4 * mm
    pages = []
    i = 0
    top = y
    pno = 1
    while i < len(rows):
        bottom = 30 * mm if pno < total_pages else 30 * mm
        for col in range(2):
            x = LM + col * (COLW + 8 * mm)
            if col == 1 and i >= len(rows):
                break
            yy = top
            col_header(c, x, yy)
            yy -= 5.5 * mm
            while i < len(rows) and yy > bottom:
                draw_row(c, x, yy, i, rows[i])
                i += 1
                yy -= ROWH
            if col == 0:
                lowest = yy
                yy = top
        if i < len(rows):
            footer(c, pno, total_pages)
            c.showPage()
            pno += 1
            band(c, H - 18 * mm)
            top = H - 28 * mm
    y = min(lowest, yy) - 6 * mm
    for t in ["Avverso la presente graduatoria è ammesso ricorso al TAR Marche entro 60 giorni dalla "
              "pubblicazione all’Albo Pretorio on line, ovvero ricorso straordinario al Presidente della "
              "Repubblica entro 120 giorni.",
              "Per informazioni: Ufficio Pubblica Istruzione, tel. 0736 818 722, "
              "istruzione@comune.casteldilama.ap.it."]:
        y = para(c, t, body, y)
    y -= 12 * mm
    c.setFont("Times-Roman", 10.5)
    cx = RM - 40 * mm
    c.drawCentredString(cx, y, "IL RESPONSABILE DEL SERVIZIO")
    c.drawCentredString(cx, y - 13, "PUBBLICA ISTRUZIONE")
    c.drawCentredString(cx, y - 34, "rag. Paola Marcozzi")
    c.setFont("Times-Italic", 7)
    c.drawCentredString(cx, y - 46, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)")
    footer(c, pno, total_pages)
    c.showPage()
    c.save()
    return pno


n = build(2)
if n != 2:
    build(n)
