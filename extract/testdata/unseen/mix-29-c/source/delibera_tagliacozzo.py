#!/usr/bin/env python3
"""Giunta deliberation of the Comune di Tagliacozzo, laid out like a
FastReport (Delphi) band report: title band, register box, roll grid,
page footer band with 'Pagina N di M' and print stamp. ReportLab."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

out = sys.argv[1]
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic", boldItalic="Arial-Bold")

W, H = A4
body = ParagraphStyle("b", fontName="Arial", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
bold = ParagraphStyle("bb", parent=body, fontName="Arial-Bold")
cent = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Arial-Bold", fontSize=11, leading=14)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
point = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)

class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm,
                         topMargin=40*mm, bottomMargin=22*mm,
                         title="Delibera di Giunta n. 38 del 12/03/2026",
                         author="Comune di Tagliacozzo", creator="FastReport - http://www.fast-report.com",
                         **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.band)])
    def band(self, c, d):
        c.saveState()
        # page header band
        c.setLineWidth(0.8)
        c.rect(18*mm, H-34*mm, W-36*mm, 22*mm)
        c.setFont("Arial-Bold", 15)
        c.drawString(40*mm, H-21*mm, "COMUNE DI TAGLIACOZZO")
        c.setFont("Arial", 9)
        c.drawString(40*mm, H-26*mm, "Provincia dell'Aquila")
        c.drawString(40*mm, H-30.5*mm, "Piazza Duca degli Abruzzi, 1 - 67069 Tagliacozzo (AQ)")
        # crest placeholder with caption
        c.setLineWidth(0.5)
        c.circle(29*mm, H-23*mm, 8*mm)
        c.setFont("Arial", 5)
        c.drawCentredString(29*mm, H-23.7*mm, "STEMMA")
        # copy box on right
        c.setFont("Arial-Bold", 10)
        c.rect(W-60*mm, H-31*mm, 38*mm, 8*mm)
        c.drawCentredString(W-41*mm, H-28.3*mm, "ORIGINALE")
        c.setFont("Arial", 7)
        c.drawCentredString(W-41*mm, H-19*mm, "Codice Ente 066099")
        # page footer band
        c.setLineWidth(0.4)
        c.line(18*mm, 16*mm, W-18*mm, 16*mm)
        c.setFont("Arial", 7.5)
        c.drawString(18*mm, 12*mm, "Delibera di Giunta Comunale n. 38 del 12/03/2026")
        c.drawRightString(W-18*mm, 12*mm, "Pagina %d di %d" % (d.page, NPAGES))
        c.drawCentredString(W/2, 12*mm, "Stampato il 13/03/2026 09:41")
        c.restoreState()

NPAGES = 3
story = []
story.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", cent))
story.append(Spacer(1, 4))
reg = Table([["Numero", "Data", "Proposta n.", "del", "Ufficio proponente"],
             ["38", "12/03/2026", "45", "06/03/2026", "AREA TECNICA - LAVORI PUBBLICI"]],
            colWidths=[22*mm, 28*mm, 22*mm, 26*mm, 76*mm])
reg.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Arial", 7.5), ("FONT", (0, 1), (-1, 1), "Arial-Bold", 10),
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story.append(reg)
story.append(Spacer(1, 8))
subj = Table([[Paragraph("<b>OGGETTO:</b>", body),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                         "RIQUALIFICAZIONE DEL PIAZZALE DEL MERCATO IN VIA VARIANTE – CUP E27H25001120004</b>", body)]],
             colWidths=[25*mm, 149*mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
story.append(subj)
story.append(Spacer(1, 8))
story.append(Paragraph(
    "L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore <b>13:15</b>, "
    "nella Sala delle adunanze della Sede Comunale, previa osservanza di tutte le formalità prescritte "
    "dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale.", body))
story.append(Paragraph("All'appello risultano:", body))
roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "CERASANI MAURO", "Sindaco", "X", ""],
        ["2", "FRATTALE ELISA", "Vicesindaco", "X", ""],
        ["3", "PETRICCA DOMENICO", "Assessore", "X", ""],
        ["4", "SCIARRA LUCIA", "Assessore", "", "X"],
        ["5", "MARZOLINI FABIO", "Assessore", "X", ""]]
rt = Table(roll, colWidths=[10*mm, 66*mm, 40*mm, 22*mm, 22*mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Arial-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Arial", 9),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("ALIGN", (0, 0), (0, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
story.append(rt)
story.append(Spacer(1, 3))
story.append(Paragraph("Presenti n. 4 &nbsp;&nbsp;&nbsp; Assenti n. 1", bold))
story.append(Paragraph(
    "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
    "lett. a, del D.Lgs. 18 agosto 2000, n. 267) il Segretario Comunale <b>Dott.ssa Ilaria Colantoni</b>.", body))
story.append(Paragraph(
    "Essendo legale il numero degli intervenuti, il <b>Sindaco Dott. Mauro Cerasani</b> assume la presidenza "
    "e dichiara aperta la seduta per la trattazione dell'argomento indicato in oggetto.", body))
story.append(Spacer(1, 4))
story.append(Paragraph("LA GIUNTA COMUNALE", cent))
for t in [
    "<b>PREMESSO</b> che con deliberazione del Consiglio Comunale n. 4 del 27/01/2026, esecutiva, è stato approvato "
    "il Documento Unico di Programmazione 2026/2028 e il Programma triennale dei lavori pubblici, nel quale è "
    "inserito l'intervento di riqualificazione del piazzale del mercato in Via Variante per l'importo complessivo "
    "di € 480.000,00;",
    "<b>DATO ATTO</b> che l'intervento è finanziato per € 430.000,00 con contributo della Regione Abruzzo concesso "
    "con determinazione DPE013/41 del 19/11/2025 e per € 50.000,00 con fondi propri di bilancio;",
    "<b>VISTO</b> il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico Comunale, "
    "acquisito al protocollo n. 3318 del 04/03/2026, composto dagli elaborati elencati nella relazione generale "
    "e recante il seguente quadro economico: lavori a base d'asta € 352.600,00, oneri per la sicurezza "
    "€ 9.400,00, somme a disposizione dell'Amministrazione € 118.000,00;",
    "<b>VISTO</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'Allegato I.7;",
    "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dai Responsabili delle Aree interessate, riportati in calce al presente atto;",
    ]:
    story.append(Paragraph(t, body))
story.append(Paragraph("Con voti unanimi favorevoli, espressi nelle forme di legge,", body))
story.append(Paragraph("D E L I B E R A", cent))
pts = [
    "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione del piazzale del "
    "mercato in Via Variante, per l'importo complessivo di € 480.000,00, secondo il quadro economico in premessa;",
    "di dare atto che la spesa trova copertura al Capitolo 2810/5 del Bilancio di previsione 2026/2028, "
    "annualità 2026;",
    "di nominare Responsabile Unico del Progetto il Geom. Stefano Di Pietro, dipendente dell'Area Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti, ivi compreso l'affidamento "
    "della progettazione esecutiva.",
]
for i, t in enumerate(pts, 1):
    story.append(Paragraph("%d. %s" % (i, t), point))
story.append(Spacer(1, 4))
story.append(Paragraph(
    "Successivamente, <b>LA GIUNTA COMUNALE</b>, ravvisata l'urgenza di avviare la progettazione esecutiva, con separata "
    "ed unanime votazione, delibera di rendere il presente atto <b>immediatamente eseguibile</b> ai sensi "
    "dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
story.append(Spacer(1, 6))
par = Table([
    [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere FAVOREVOLE.<br/>Data 06/03/2026<br/>"
               "Il Responsabile dell'Area Tecnica<br/>Ing. Roberto Mastrodicasa", small),
     Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere FAVOREVOLE.<br/>Data 09/03/2026<br/>"
               "Il Responsabile dell'Area Finanziaria<br/>Dott. Gianluca Tabacco", small)]],
    colWidths=[87*mm, 87*mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(par)
story.append(Spacer(1, 10))
story.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([[Paragraph("<b>IL PRESIDENTE</b><br/>Dott. Mauro Cerasani", ParagraphStyle("x", parent=body, alignment=TA_CENTER)),
              Paragraph("<b>IL SEGRETARIO COMUNALE</b><br/>Dott.ssa Ilaria Colantoni", ParagraphStyle("y", parent=body, alignment=TA_CENTER))]],
            colWidths=[87*mm, 87*mm])
story.append(sig)
story.append(Spacer(1, 10))
pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione viene "
                        "pubblicata all'Albo Pretorio on line di questo Comune per 15 giorni consecutivi dal 13/03/2026 "
                        "(Reg. Pubbl. n. 412) ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 "
                        "del D.Lgs. 267/2000.<br/>Tagliacozzo, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; Il Messo Comunale &nbsp; Sig. Angelo Venditti", small)],
             [Paragraph("<b>ESECUTIVITÀ</b><br/>[X] Dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)<br/>"
                        "[ &nbsp;] Esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)", small)]],
            colWidths=[174*mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black)]))
story.append(KeepTogether(pub))
story.append(Spacer(1, 6))
story.append(Paragraph("<i>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce "
                       "il documento cartaceo e la firma autografa.</i>", small))
import copy, io
probe = Doc(io.BytesIO()); probe.build(copy.deepcopy(story)); NPAGES = probe.page
d = Doc(out)
d.build(story)
