#!/usr/bin/env python3
"""Comune di Nicolosi - numbered avviso pubblico (contributi centri estivi).

ReportLab platypus: justified paragraphs (word spacing by Tw), the letterhead
on the first page only, a running head with the avviso's number on the
following pages and a running foot "Avviso n. 11 del 13/07/2026 - Pag. x di y"
on every page, a table of amounts.
"""
import sys
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate)

out = sys.argv[1] if len(sys.argv) > 1 else "avviso-contributi-nicolosi-techdesign.pdf"
W, H = A4
ML, MR = 62, 52
MAROON = colors.Color(0.45, 0.08, 0.08)
NUMBER = "Avviso n. 11 del 13/07/2026"


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass page count for 'Pag. x di y'."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 7)
            self.setFillColor(colors.Color(0.25, 0.25, 0.25))
            self.drawRightString(W - MR, 33, "%s \u2013 Pag. %d di %d" % (NUMBER, self._pageNumber, n))
            super().showPage()
        super().save()


def first_page(c, doc):
    c.saveState()
    # crest
    c.setStrokeColor(colors.Color(0.55, 0.1, 0.1))
    c.setFillColor(colors.Color(0.98, 0.93, 0.80))
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(ML, H - 40)
    p.lineTo(ML + 38, H - 40)
    p.lineTo(ML + 38, H - 66)
    p.curveTo(ML + 38, H - 78, ML + 26, H - 84, ML + 19, H - 88)
    p.curveTo(ML + 12, H - 84, ML, H - 78, ML, H - 66)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.Color(0.55, 0.1, 0.1))
    q = c.beginPath()
    q.moveTo(ML + 8, H - 72)
    q.lineTo(ML + 19, H - 50)
    q.lineTo(ML + 30, H - 72)
    q.close()
    c.drawPath(q, stroke=0, fill=1)
    c.setFillColor(MAROON)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(ML + 48, H - 58, "COMUNE DI NICOLOSI")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Oblique", 9.5)
    c.drawString(ML + 48, H - 73, "Citt\u00e0 Metropolitana di Catania")
    bx = W - MR - 196
    c.setStrokeColor(MAROON)
    c.setLineWidth(0.8)
    c.rect(bx, H - 82, 196, 38)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(bx + 10, H - 60, "AREA III \u2013 SERVIZI ALLA PERSONA")
    c.setFont("Helvetica", 8.5)
    c.drawString(bx + 10, H - 74, "Ufficio Servizi Sociali")
    c.setFillColor(MAROON)
    c.rect(ML, H - 98, W - ML - MR, 2.2, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    c.drawRightString(W - MR, H - 118, NUMBER)
    c.drawString(ML, H - 118, "Prot. n. 11958")
    footer(c)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.Color(0.25, 0.25, 0.25))
    c.drawString(ML, H - 40, "COMUNE DI NICOLOSI \u2013 Area III \u2013 Servizi alla Persona")
    c.drawRightString(W - MR, H - 40, "Avviso pubblico n. 11/2026")
    c.setStrokeColor(MAROON)
    c.setLineWidth(0.6)
    c.line(ML, H - 45, W - MR, H - 45)
    footer(c)
    c.restoreState()


def footer(c):
    c.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
    c.setLineWidth(0.4)
    c.line(ML, 44, W - MR, 44)
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.Color(0.25, 0.25, 0.25))
    c.drawString(ML, 33, "Comune di Nicolosi \u2013 Piazza Vittorio Emanuele, 37 \u2013 95030 Nicolosi (CT) \u2013 www.comune.nicolosi.ct.it")


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=40, bottomMargin=60,
                      title="Avviso pubblico n. 11/2026 - contributi centri estivi", author="Area III",
                      creator="Technical Design - Atti e Albo")
f1 = Frame(ML, 60, W - ML - MR, H - 60 - 130, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(ML, 60, W - ML - MR, H - 60 - 60, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page),
                      PageTemplate("later", [f2], onPage=later_pages)])

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
tit = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
art = ParagraphStyle("a", fontName="Times-Bold", fontSize=11, leading=14, alignment=TA_LEFT, spaceBefore=5,
                     spaceAfter=2)
bul = ParagraphStyle("u", parent=body, leftIndent=22, bulletIndent=8, spaceAfter=2)

S = [NextPageTemplate("later"), Spacer(1, 6),
     Paragraph("AVVISO PUBBLICO", ParagraphStyle("t0", parent=tit, fontSize=14, leading=18)),
     Paragraph("PER L'EROGAZIONE DI CONTRIBUTI ECONOMICI ALLE FAMIGLIE PER LA FREQUENZA DI CENTRI ESTIVI E "
               "ATTIVIT\u00c0 RICREATIVE PER MINORI \u2013 ESTATE 2026", tit),
     Spacer(1, 12),
     Paragraph("IL RESPONSABILE DELL'AREA III", cen),
     Paragraph("In esecuzione della deliberazione della Giunta Municipale n. 84 del 30/06/2026, con la quale sono "
               "stati approvati i criteri per l'erogazione dei contributi, e della propria determinazione n. 37 "
               "del 10/07/2026 (Reg. Gen. n. 512), con la quale \u00e8 stato approvato il presente avviso e il "
               "relativo modello di domanda;", body),
     Paragraph("R E N D E &nbsp; N O T O", cen),
     Paragraph("che dal giorno 13/07/2026 al giorno 31/08/2026 i genitori o gli esercenti la responsabilit\u00e0 "
               "genitoriale di minori residenti nel Comune di Nicolosi possono presentare domanda per ottenere un "
               "contributo economico a parziale rimborso delle spese sostenute per la frequenza di centri estivi, "
               "campi scuola diurni e attivit\u00e0 ricreative organizzati da soggetti pubblici o privati "
               "autorizzati nel periodo dal 15 giugno al 15 settembre 2026.", body),
     Paragraph("Art. 1 \u2013 Destinatari e requisiti", art),
     Paragraph("Possono accedere al contributo i nuclei familiari in possesso, alla data di presentazione della "
               "domanda, dei seguenti requisiti:", body),
     Paragraph("residenza nel Comune di Nicolosi del minore e del richiedente;", bul, bulletText="\u2013"),
     Paragraph("et\u00e0 del minore compresa tra 3 e 14 anni compiuti;", bul, bulletText="\u2013"),
     Paragraph("indicatore ISEE ordinario o per prestazioni rivolte ai minorenni in corso di validit\u00e0 non "
               "superiore a \u20ac 25.000,00;", bul, bulletText="\u2013"),
     Paragraph("iscrizione del minore a un centro estivo o ad attivit\u00e0 ricreative svolte da soggetti in "
               "regola con le autorizzazioni previste.", bul, bulletText="\u2013"),
     Paragraph("Art. 2 \u2013 Entit\u00e0 del contributo", art),
     Paragraph("Il contributo \u00e8 commisurato alla spesa effettivamente sostenuta e documentata, entro i limiti "
               "indicati nella tabella seguente, e comunque nei limiti delle risorse disponibili pari a "
               "complessivi \u20ac 24.000,00.", body),
]
tdata = [["Fascia ISEE", "Contributo massimo per minore", "Minore con disabilit\u00e0 (L. 104/1992)"],
         ["da \u20ac 0,00 a \u20ac 9.360,00", "\u20ac 300,00", "\u20ac 400,00"],
         ["da \u20ac 9.360,01 a \u20ac 17.000,00", "\u20ac 220,00", "\u20ac 320,00"],
         ["da \u20ac 17.000,01 a \u20ac 25.000,00", "\u20ac 150,00", "\u20ac 250,00"]]
tb = Table(tdata, colWidths=[150, 150, 180])
tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0),
                                                                           colors.Color(0.93, 0.88, 0.86)),
                        ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
S += [tb, Spacer(1, 6)]
arts = [
    ("Art. 3 \u2013 Modalit\u00e0 e termini di presentazione",
     "La domanda, redatta esclusivamente sul modello allegato e corredata dall'attestazione ISEE, dalla "
     "ricevuta di iscrizione e dalle quietanze di pagamento, deve pervenire entro le ore 12:00 del "
     "31/08/2026 all'Ufficio Protocollo del Comune oppure a mezzo PEC all'indirizzo "
     "protocollo@pec.comune.nicolosi.ct.it."),
    ("Art. 4 \u2013 Istruttoria e graduatoria",
     "L'Ufficio Servizi Sociali verifica le domande e redige la graduatoria in ordine crescente di valore "
     "ISEE; a parit\u00e0 di valore precede il nucleo con il maggior numero di figli minori. La graduatoria "
     "\u00e8 approvata con determinazione del Responsabile dell'Area III e pubblicata all'Albo Pretorio on "
     "line, nel rispetto della normativa sulla protezione dei dati personali."),
    ("Art. 5 \u2013 Controlli",
     "L'Amministrazione effettua controlli, anche a campione, sulla veridicit\u00e0 delle dichiarazioni rese "
     "ai sensi del D.P.R. 28 dicembre 2000, n. 445. In caso di dichiarazioni non veritiere il contributo \u00e8 "
     "revocato e se ne dispone il recupero, fatte salve le responsabilit\u00e0 penali."),
    ("Art. 6 \u2013 Trattamento dei dati personali",
     "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalit\u00e0 "
     "del presente avviso. Titolare del trattamento \u00e8 il Comune di Nicolosi."),
    ("Art. 7 \u2013 Responsabile del procedimento e informazioni",
     "Responsabile del procedimento \u00e8 l'assistente sociale dott.ssa Agata Pulvirenti. Informazioni presso "
     "l'Ufficio Servizi Sociali, tel. 095 7917011, il marted\u00ec e il gioved\u00ec dalle ore 9:00 alle ore "
     "12:00."),
]
for h, t in arts:
    S += [Paragraph(h, art), Paragraph(t, body)]
sig = ParagraphStyle("s", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_CENTER)
tsig = Table([[Paragraph("Nicolosi, l\u00ec 13/07/2026", ParagraphStyle("l", parent=sig, alignment=TA_LEFT)),
               Paragraph("<b>IL RESPONSABILE DELL'AREA III</b><br/>dott. Giuseppe Mirabella<br/>"
                         "<font size='7'><i>firmato digitalmente ai sensi del D.Lgs. 82/2005</i></font>", sig)]],
             colWidths=[200, 280])
tsig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
S += [Spacer(1, 14), KeepTogether([tsig]), Spacer(1, 10),
      Paragraph("<i>Allegato: modello di domanda.</i>", ParagraphStyle("al", parent=body, fontSize=9))]
doc.build(S, canvasmaker=NumberedCanvas)
