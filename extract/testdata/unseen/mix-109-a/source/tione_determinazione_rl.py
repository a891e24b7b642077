#!/usr/bin/env python3
"""Tione di Trento, determinazione R.G. n. 241 (Servizio n. 63) di data 10 settembre 2026.

Same "PiTre" house style as the deliberation: centred letterhead, the
Servizio and Ufficio under it, the two registers' numbers, body justified by
ReportLab (word spacing with Tw), "D E T E R M I N A" letter-spaced with
Tc, a running head with the number on every page after the first and
"pag. X di Y" in the foot.
usage: tione_determinazione_rl.py OUT.pdf
"""
import sys
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)

out = sys.argv[1]
W, H = A4

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
pt = ParagraphStyle("p", parent=body, leftIndent=0.8 * cm, firstLineIndent=-0.8 * cm)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), as the office's model has it."""

    def __init__(self, text, size=12, cs=4.0):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 10

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, "Times-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont("Times-Bold", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def first_page(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, H - 2.0 * cm, "COMUNE DI TIONE DI TRENTO")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 2.55 * cm, "Provincia di Trento")
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, H - 3.0 * cm,
                        "Via Damiano Chiesa, 3 – 38079 Tione di Trento (TN) – tel. 0465 343021")
    c.setLineWidth(0.6)
    c.line(2.2 * cm, H - 3.25 * cm, W - 2.2 * cm, H - 3.25 * cm)
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(2.2 * cm, H - 1.3 * cm,
                 "Comune di Tione di Trento – Determinazione R.G. n. 241 di data 10 settembre 2026")
    c.setLineWidth(0.3)
    c.line(2.2 * cm, H - 1.45 * cm, W - 2.2 * cm, H - 1.45 * cm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, 1.2 * cm, "pag. %d di %d" % (doc.page, TOTAL))


def make_story():
  story = []
  story.append(Spacer(1, 1.6 * cm))
  story.append(Paragraph("SERVIZIO TECNICO E GESTIONE DEL TERRITORIO", ParagraphStyle(
      "o", parent=ctr, fontSize=12, leading=15, spaceAfter=1)))
  story.append(Paragraph("Ufficio Lavori Pubblici e Patrimonio", ParagraphStyle(
      "u", parent=body, alignment=TA_CENTER, fontName="Times-Italic", spaceAfter=10)))
  story.append(Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", ParagraphStyle(
      "t", parent=ctr, fontSize=12.5, leading=15, spaceAfter=6)))
  reg = Table([["Registro generale", "n. 241", "di data 10 settembre 2026"],
               ["Registro del Servizio", "n. 63", "di data 10 settembre 2026"]],
              colWidths=[4.2 * cm, 2.0 * cm, 5.0 * cm])
  reg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                           ("FONT", (1, 0), (1, -1), "Times-Bold", 10.5),
                           ("BOX", (0, 0), (-1, -1), 0.5, "black"),
                           ("INNERGRID", (0, 0), (-1, -1), 0.25, "black")]))
  story.append(reg)
  story.append(Spacer(1, 10))
  subj = ("Lavori di riqualificazione energetica della palestra comunale di via Circonvallazione. "
          "Affidamento diretto dell’incarico di coordinamento della sicurezza in fase di esecuzione "
          "all’ing. Marta Zanoni di Pinzolo. CUP J37H26000180005 – CIG B4E7A21C93.")
  ot = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % subj, body)]],
             colWidths=[2.4 * cm, 14.2 * cm])
  ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")]))
  story.append(ot)
  story.append(Spacer(1, 10))
  story.append(Paragraph("IL RESPONSABILE DEL SERVIZIO", ctr))
  prem = [
      "premesso che con deliberazione della Giunta comunale n. 118 di data 8 settembre 2026, "
      "dichiarata immediatamente eseguibile, è stato approvato in linea tecnica il progetto esecutivo "
      "dei lavori di riqualificazione energetica della palestra comunale di via Circonvallazione, "
      "nell’importo complessivo di euro 486.500,00;",
      "considerato che per l’esecuzione dei lavori è prevista la presenza di più imprese, anche non "
      "contemporanea, e che occorre pertanto nominare il coordinatore per la sicurezza in fase di "
      "esecuzione ai sensi dell’art. 90, comma 4, del D.Lgs. 9 aprile 2008, n. 81;",
      "accertato che all’interno della struttura comunale non sono presenti figure in possesso dei "
      "requisiti previsti dall’art. 98 del citato decreto legislativo;",
      "visto il preventivo presentato in data 3 settembre 2026, prot. n. 10211, dall’ing. Marta "
      "Zanoni, con studio in Pinzolo, che per la prestazione richiede un compenso di euro 11.480,00, "
      "oltre al contributo previdenziale del 4% e all’IVA del 22%, per complessivi euro 14.565,82, "
      "ritenuto congruo rispetto ai parametri del D.M. 17 giugno 2016;",
      "visto l’art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
      "l’affidamento diretto dei servizi di ingegneria di importo inferiore a euro 140.000,00;",
      "verificato il possesso dei requisiti dichiarati dall’affidataria e acquisito il documento di "
      "regolarità contributiva rilasciato da Inarcassa;",
      "visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con "
      "L.R. 3 maggio 2018, n. 2, e il decreto del Sindaco n. 2 di data 8 gennaio 2026 di nomina dei "
      "responsabili dei servizi;",
  ]
  for x in prem:
      story.append(Paragraph(x, body))
  story.append(Spacer(1, 4))
  story.append(Spaced("DETERMINA", 12, 4.5))
  story.append(Spacer(1, 6))
  pts = [
      "di affidare all’ing. Marta Zanoni, con studio in Pinzolo, l’incarico di coordinamento della "
      "sicurezza in fase di esecuzione dei lavori di riqualificazione energetica della palestra "
      "comunale di via Circonvallazione, per un compenso di euro 11.480,00, oltre a contributo "
      "previdenziale e IVA, per complessivi euro 14.565,82;",
      "di impegnare la spesa di euro 14.565,82 al capitolo 3120 del bilancio di previsione "
      "2026-2028, esercizio 2026, che presenta la necessaria disponibilità;",
      "di stipulare il contratto mediante scambio di corrispondenza secondo l’uso commerciale, ai "
      "sensi dell’art. 18, comma 1, del D.Lgs. n. 36/2023;",
      "di dare atto che il responsabile unico del progetto è l’ing. Paolo Cozzini e che la presente "
      "determinazione diviene esecutiva con l’apposizione del visto di regolarità contabile "
      "attestante la copertura finanziaria;",
      "di dare evidenza che avverso il presente provvedimento è ammesso ricorso al Tribunale "
      "regionale di giustizia amministrativa di Trento entro 30 giorni, ai sensi dell’art. 120 del "
      "D.Lgs. 2 luglio 2010, n. 104.",
  ]
  for i, x in enumerate(pts, 1):
      story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, x), pt))
  story.append(Spacer(1, 14))
  sig = Table([["", "IL RESPONSABILE DEL SERVIZIO TECNICO"], ["", "ing. Paolo Cozzini"],
               ["", "(documento firmato digitalmente)"]], colWidths=[8 * cm, 8.6 * cm])
  sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                           ("FONT", (1, 0), (1, 0), "Times-Bold", 10.5),
                           ("FONT", (1, 2), (1, 2), "Times-Italic", 8.5),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
  story.append(KeepTogether([sig]))
  story.append(Spacer(1, 16))
  visto = [Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", small),
           Paragraph("Ai sensi dell’art. 187, comma 7, del Codice degli enti locali si appone il visto di "
                     "regolarità contabile attestante la copertura finanziaria della spesa "
                     "(impegno n. 1187/2026, capitolo 3120).", small),
           Paragraph("Tione di Trento, 10 settembre 2026 – Il Responsabile del Servizio finanziario "
                     "dott.ssa Nadia Amistadi", small)]
  story.append(KeepTogether(visto))
  return story


def build(path):
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                          title="Determinazione n. 241/2026", author="Servizio tecnico",
                          creator="PiTre – Atti amministrativi")
    d.build(make_story(), onFirstPage=first_page, onLaterPages=later_pages)
    return d.page


TOTAL = 99
import io
TOTAL = build(io.BytesIO())
build(out)
