"""Città di Tortona - Giunta Comunale n. 58 del 12/03/2026, in the layout of a
Sicraweb (Maggioli) deliberation.  ReportLab (platypus over the canvas):
  * the letterhead is a Form XObject (canvas.beginForm/doForm) drawn on
    every page;
  * justified paragraphs, which ReportLab writes with Tw word spacing;
  * standard-14 Helvetica with /WinAnsiEncoding accents (à è ì ò ù);
  * the Albo platform's publication stamp runs up the right margin, rotated
    90 degrees, on every page.
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-tortona-sicraweb.pdf"
W, H = A4

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA DELLA SCUOLA PRIMARIA DI VIA EMILIA "
           "– CUP D92B26000010004.")

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=5, firstLineIndent=0)
bodyi = ParagraphStyle("bi", parent=body, firstLineIndent=16)
center = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER,
                        fontSize=11, spaceBefore=6, spaceAfter=6, keepWithNext=1)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, alignment=TA_LEFT)
point = ParagraphStyle("p", parent=body, leftIndent=18, firstLineIndent=-18)


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=62, rightMargin=62, topMargin=118,
                         bottomMargin=62, title="Deliberazione di Giunta Comunale n. 58/2026",
                         author="Città di Tortona", creator="Sicraweb - Maggioli S.p.A.",
                         producer="Sicraweb Atti Amministrativi (ReportLab)")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("p", [frame], onPage=self.decorate)])
        self.form_done = False

    def decorate(self, c, doc):
        if not self.form_done:
            c.beginForm("letterhead", lowerx=0, lowery=0, upperx=W, uppery=120)
            c.setFillColor(colors.HexColor("#7a1f1f"))
            c.circle(84, 70, 18, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 13)
            c.drawCentredString(84, 65, "T")
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(112, 74, "CITTÀ DI TORTONA")
            c.setFont("Helvetica", 9.5)
            c.drawString(112, 61, "Provincia di Alessandria")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 62, 74, "Corso Alessandria, 62 - 15057 Tortona (AL)")
            c.drawRightString(W - 62, 64, "C.F. 00397080067 - www.comune.tortona.al.it")
            c.setLineWidth(0.8)
            c.line(62, 44, W - 62, 44)
            c.endForm()
            self.form_done = True
        c.saveState()
        c.translate(0, H - 120)
        c.doForm("letterhead")
        c.restoreState()
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(62, 36, "Deliberazione della Giunta Comunale n. 58 del 12/03/2026")
        c.drawRightString(W - 62, 36, "Pagina %d" % doc.page)
        c.setFont("Helvetica-Oblique", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.translate(W - 24, 90)
        c.rotate(90)
        c.drawString(0, 0, "Pubblicato all'Albo Pretorio on line dal 16/03/2026 al 31/03/2026 - "
                     "n. reg. 873/2026 - Documento firmato digitalmente (artt. 20 e 21 D.Lgs. 82/2005)")
        c.restoreState()


def main():
    doc = Doc(OUT)
    s = []
    hdr = Table([[Paragraph("<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE</b>",
                            ParagraphStyle("h", parent=body, fontSize=11, leading=14)),
                  Paragraph("N. <b>58</b><br/>del <b>12/03/2026</b>",
                            ParagraphStyle("h2", parent=body, fontSize=11, leading=14))]],
                colWidths=[330, doc.width - 330])
    hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(hdr)
    s.append(Spacer(1, 8))
    subj = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % SUBJECT,
                  ParagraphStyle("sj", parent=body, alignment=TA_LEFT))]], colWidths=[62, doc.width - 62])
    subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
    s.append(subj)
    s.append(Paragraph("Proposta n. 64 del 05/03/2026 - Settore Lavori Pubblici e Manutenzioni", small))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "L'anno duemilaventisei addì dodici del mese di marzo alle ore 17:30 nella solita sala delle "
        "adunanze, previo esaurimento delle formalità prescritte dalla vigente legge, vennero "
        "convocati a seduta i componenti della Giunta Comunale. All'appello risultano:", body))
    roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
            ["1", "BRIGNONE LUCA", "Sindaco", "X", ""],
            ["2", "ROSSO PAOLA", "Vice Sindaco", "X", ""],
            ["3", "DAGLIO MARCO", "Assessore", "X", ""],
            ["4", "FERRARI CHIARA", "Assessore", "", "X"],
            ["5", "GUIDOBONO ENRICO", "Assessore", "X", ""],
            ["6", "TORRE SIMONA", "Assessore", "X", ""],
            ["", "", "Totale", "5", "1"]]
    t = Table(roll, colWidths=[26, 170, 110, 60, 60])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                           ("GRID", (0, 0), (-1, -2), 0.4, colors.black),
                           ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Assiste il Segretario Generale Dott.ssa Laura Bisio, la quale provvede alla redazione del "
        "presente verbale. Essendo legale il numero degli intervenuti, il Dott. Luca Brignone nella "
        "sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione "
        "dell'oggetto sopra indicato.", body))
    s.append(Paragraph("LA GIUNTA COMUNALE", center))
    for p in [
        "Premesso che la palestra della scuola primaria di via Emilia, edificio di proprietà comunale "
        "risalente agli anni Settanta, presenta un involucro edilizio privo di isolamento termico, "
        "serramenti a vetro singolo e un generatore di calore obsoleto, con consumi energetici "
        "elevati e condizioni di comfort non adeguate all'uso scolastico ed extrascolastico;",
        "Dato atto che l'intervento è inserito nel Programma triennale dei lavori pubblici 2026-2028 "
        "e nell'elenco annuale 2026, approvati con deliberazione del Consiglio Comunale n. 12 del "
        "27/02/2026, per un importo complessivo di € 480.000,00;",
        "Visto il progetto di fattibilità tecnico-economica redatto dal Settore Lavori Pubblici e "
        "Manutenzioni ai sensi dell'art. 41 del D.Lgs. 31 marzo 2023, n. 36, e dell'Allegato I.7 al "
        "medesimo decreto, composto dalla relazione generale, dalla relazione tecnica sugli impianti, "
        "dagli elaborati grafici, dal calcolo sommario della spesa e dal quadro economico, che "
        "prevede lavori per € 362.500,00, di cui € 14.200,00 per oneri della sicurezza non soggetti "
        "a ribasso, e somme a disposizione dell'Amministrazione per € 117.500,00;",
        "Considerato che l'opera potrà accedere al contributo del Conto Termico 3.0 per la quota "
        "ammissibile e che la restante parte è finanziata con avanzo di amministrazione;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dai responsabili "
        "dei servizi interessati ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "Con voti unanimi e favorevoli espressi nelle forme di legge;",
    ]:
        s.append(Paragraph(p, bodyi))
    s.append(Paragraph("DELIBERA", center))
    for p in [
        "1. di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione "
        "energetica della palestra della scuola primaria di via Emilia, nell'importo complessivo di "
        "€ 480.000,00, secondo il quadro economico riportato in premessa;",
        "2. di dare atto che la spesa trova copertura alla Missione 04, Programma 02, capitolo "
        "20410/3 del bilancio di previsione 2026-2028, esercizio 2026;",
        "3. di individuare quale Responsabile Unico del Progetto l'Ing. Davide Cassinelli, "
        "funzionario del Settore Lavori Pubblici e Manutenzioni;",
        "4. di demandare al Responsabile del Settore Lavori Pubblici e Manutenzioni l'adozione degli "
        "atti conseguenti, compresa la presentazione dell'istanza di incentivo al Gestore dei "
        "Servizi Energetici.",
    ]:
        s.append(Paragraph(p, point))
    s.append(Paragraph(
        "Successivamente, LA GIUNTA COMUNALE, con separata votazione unanime e favorevole, stante "
        "l'urgenza di rispettare i termini per la presentazione dell'istanza di incentivo, dichiara "
        "la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
        "D.Lgs. 18 agosto 2000, n. 267.", body))
    s.append(Spacer(1, 10))
    sig = Table([["Letto, confermato e sottoscritto", ""],
                 ["IL SINDACO", "IL SEGRETARIO GENERALE"],
                 ["Dott. Luca Brignone", "Dott.ssa Laura Bisio"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[doc.width / 2] * 2)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                             ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 10),
                             ("FONT", (0, 3), (-1, 3), "Helvetica-Oblique", 8),
                             ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("SPAN", (0, 0), (1, 0))]))
    s.append(KeepTogether([sig]))
    s.append(Spacer(1, 14))
    par = Table([[Paragraph("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small)],
                 [Paragraph("Regolarità tecnica: FAVOREVOLE - 05/03/2026 - Il Responsabile del Settore "
                            "Lavori Pubblici e Manutenzioni Arch. Giorgio Merlano", small)],
                 [Paragraph("Regolarità contabile: FAVOREVOLE - 09/03/2026 - Il Responsabile del Settore "
                            "Finanziario Dott.ssa Manuela Capra", small)]], colWidths=[doc.width])
    par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    s.append(KeepTogether([par]))
    doc.build(s)
    print(OUT)


if __name__ == "__main__":
    main()
