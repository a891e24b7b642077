"""DEC1: decreto sindacale, Monopoli. ReportLab platypus, core Times (not embedded).
Imitates a registry printout: a protocol stamp box at the top right, the number
in the heading 'DECRETO SINDACALE N. 14/2025' without a date, subject after the
abbreviated label 'OGG.:', the date only in the closing line 'Dalla Residenza
Municipale, 3 marzo 2025', numbered points '1)'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

OUT = "decreto-monopoli-date-at-end.pdf"
F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"


def deco(c, d):
    c.saveState()
    if d.page == 1:
        c.setStrokeColorRGB(0.1, 0.3, 0.1)
        c.setFillColorRGB(0.1, 0.3, 0.1)
        x, y = A4[0] - 72 * mm, A4[1] - 30 * mm
        c.setLineWidth(1)
        c.roundRect(x, y, 54 * mm, 16 * mm, 3)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(x + 27 * mm, y + 11.5 * mm, "COMUNE DI MONOPOLI")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(x + 27 * mm, y + 7 * mm, "Prot. n. 0011842 del 03/03/2025")
        c.drawCentredString(x + 27 * mm, y + 2.8 * mm, "USCITA - Cat. 1 Cl. 6")
    else:
        c.setFont(FI, 8)
        c.drawString(22 * mm, A4[1] - 13 * mm, "Comune di Monopoli - Registro dei decreti sindacali - anno 2025")
    c.setFillColor(colors.black)
    c.setFont(F, 8.5)
    c.drawCentredString(A4[0] / 2, 11 * mm, "- %d -" % d.page)
    c.restoreState()


big = ParagraphStyle("b", fontName=FB, fontSize=20, alignment=TA_CENTER, leading=24)
ctr = ParagraphStyle("c", fontName=FI, fontSize=10.5, alignment=TA_CENTER, leading=13)
h = ParagraphStyle("h", fontName=FB, fontSize=12.5, alignment=TA_CENTER, leading=16, spaceBefore=6, spaceAfter=6)
body = ParagraphStyle("x", fontName=F, fontSize=11, alignment=TA_JUSTIFY, leading=14, spaceAfter=5)
pt = ParagraphStyle("p", parent=body, leftIndent=18, firstLineIndent=-18)
S = [Spacer(1, 14), Paragraph("CITTÀ DI MONOPOLI", big), Paragraph("Città Metropolitana di Bari", ctr),
     Spacer(1, 16), Paragraph("DECRETO SINDACALE N. 14/2025", h), Spacer(1, 4)]
ot = Table([[Paragraph("<b>OGG.:</b>", body),
             Paragraph("<b>Designazione del Responsabile della Protezione dei Dati personali (RPD/DPO) ai "
                       "sensi dell'art. 37 del Regolamento (UE) 2016/679 per il triennio 2025-2027.</b>", body)]],
           colWidths=[16 * mm, 150 * mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
S += [ot, Spacer(1, 8), Paragraph("IL SINDACO", h)]
for p in [
    "Visto il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016 "
    "(\"Regolamento generale sulla protezione dei dati\"), e in particolare gli articoli 37, 38 e 39, che "
    "prevedono l'obbligo per le autorità pubbliche di designare un Responsabile della Protezione dei Dati "
    "e ne disciplinano la posizione e i compiti;",
    "Visto il D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101;",
    "Considerato che l'incarico di RPD conferito con decreto sindacale n. 9 del 15/02/2022 è giunto a "
    "scadenza e che, con determinazione del Settore Affari Generali n. 212 del 14/02/2025, il servizio di "
    "supporto in materia di protezione dei dati è stato affidato alla società Privacy Sud S.r.l. di Bari, "
    "la quale ha indicato quale referente l'Avv. Nicola Lorusso;",
    "Verificato che il professionista possiede un'adeguata conoscenza specialistica della normativa e "
    "delle prassi in materia di protezione dei dati, come risulta dal curriculum agli atti, e che non si "
    "trova in situazioni di conflitto di interessi;",
    "Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph("D E C R E T A", h))
for p in [
    "1) di designare l'Avv. Nicola Lorusso, referente della società Privacy Sud S.r.l., quale Responsabile "
    "della Protezione dei Dati personali (RPD) del Comune di Monopoli, per il periodo dalla data del "
    "presente decreto al 31/12/2027;",
    "2) di stabilire che il RPD svolga i compiti di cui all'art. 39 del Regolamento (UE) 2016/679, operando "
    "in piena autonomia e riferendo direttamente al vertice dell'Ente;",
    "3) di disporre che i dati di contatto del RPD siano pubblicati sul sito istituzionale e comunicati al "
    "Garante per la protezione dei dati personali mediante la procedura telematica dedicata;",
    "4) di notificare il presente decreto all'interessato, ai Dirigenti e al Segretario Generale.",
]:
    S.append(Paragraph(p, pt))
S += [Spacer(1, 10), Paragraph("Dalla Residenza Municipale, 3 marzo 2025", body), Spacer(1, 10)]
sg = Table([["IL SINDACO"], ["Ing. Vito Pesce"]], colWidths=[70 * mm], hAlign="RIGHT")
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 11), ("FONT", (0, 1), (-1, 1), F, 11),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [sg, Spacer(1, 14),
      KeepTogether([Paragraph("<b>Per accettazione</b>", body), Paragraph("Avv. Nicola Lorusso ______________________", body)])]
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                        title="Decreto sindacale 14/2025")
doc.build(S, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
