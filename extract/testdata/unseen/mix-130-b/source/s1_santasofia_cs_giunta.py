#!/usr/bin/env python3
"""Santa Sofia (FC), "ADS"-like house style: grey letterhead band, centred
heading, OGGETTO box, justified body (ReportLab justifies with Tw), running
head with the act's number and running foot "Pagina X di N".
Commissario straordinario deliberating with the powers of the Giunta."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether, Flowable)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-santasofia-ads.pdf"
W, H = A4
TOTAL = [0]
RUN = "Comune di Santa Sofia - Deliberazione del Commissario Straordinario n. 41 del 07/06/2028"

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.3, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bc", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold",
                       fontSize=11.5, spaceBefore=6, spaceAfter=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, alignment=TA_LEFT)
pt = ParagraphStyle("pt", parent=body, leftIndent=16, firstLineIndent=-16)
lbl = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13)
subj = ParagraphStyle("sj", fontName="Helvetica-Bold", fontSize=10.3, leading=13.5)


class Spaced(Flowable):
    """A heading line drawn with character spacing (Tc), as ADS prints titles."""
    def __init__(self, text, size=12.5, cs=1.1, font="Helvetica-Bold"):
        super().__init__()
        self.text, self.size, self.cs, self.font = text, size, cs, font
        self.height = size + 5

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, 3)
        t.textOut(self.text)
        c.drawText(t)


def page(c, doc):
    c.saveState()
    # grey letterhead band
    c.setFillColor(colors.HexColor("#d4d4d4"))
    c.rect(18 * mm, H - 38 * mm, W - 36 * mm, 22 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(24 * mm, H - 26 * mm, "COMUNE DI SANTA SOFIA")
    c.setFont("Helvetica", 9)
    c.drawString(24 * mm, H - 32 * mm, "Provincia di Forlì-Cesena")
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(W - 24 * mm, H - 26 * mm, "COPIA")
    # running head
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(18 * mm, H - 12 * mm, RUN)
    # running foot
    c.setFont("Helvetica", 8)
    c.line(18 * mm, 17 * mm, W - 18 * mm, 17 * mm)
    c.drawCentredString(W / 2, 12 * mm, "Pagina %d di %d" % (doc.page, TOTAL[0]))
    c.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


story = [
    Spaced("VERBALE DI DELIBERAZIONE DEL COMMISSARIO STRAORDINARIO"),
    P("(adottata con i poteri della Giunta Comunale)",
      ParagraphStyle("x", parent=body, alignment=TA_CENTER, fontName="Helvetica-Oblique", spaceAfter=2)),
    P("N. 41 del 07/06/2028", ParagraphStyle("n", parent=bodyc, fontSize=12, spaceBefore=2)),
    P("Proposta n. 52 del 05/06/2028 &nbsp;&nbsp;-&nbsp;&nbsp; Ufficio proponente: Area Tecnica", small),
    Spacer(1, 4),
]
ot = Table([[P("OGGETTO:", lbl),
             P("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI MESSA "
               "IN SICUREZZA DEL PONTE SUL FIUME BIDENTE IN LOCALITA' CORNIOLO - CUP E47H28000310004", subj)]],
           colWidths=[24 * mm, W - 36 * mm - 24 * mm])
ot.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [ot, Spacer(1, 10)]

story += [
    P("L'anno duemilaventotto, il giorno sette del mese di giugno alle ore 11:00, nella Residenza "
      "Municipale, il Commissario Straordinario dott. Gianluca Serafini, nominato con decreto del Presidente "
      "della Repubblica del 18 aprile 2028 per la provvisoria gestione dell'Ente, con l'assistenza del "
      "Segretario Comunale dott.ssa Roberta Casadei, che cura la redazione del presente verbale, ha adottato "
      "la seguente deliberazione con i poteri della Giunta Comunale."),
    P("IL COMMISSARIO STRAORDINARIO", bodyc),
    P("<b>Premesso</b> che il ponte comunale sul fiume Bidente in località Corniolo, lungo la strada comunale "
      "di collegamento con le frazioni di Campigna e Pian del Grado, presenta, come rilevato dalla verifica "
      "strutturale trasmessa dall'Area Tecnica il 22 marzo 2028, ammaloramenti delle pile e dell'impalcato "
      "che richiedono un intervento di consolidamento non più differibile;"),
    P("<b>Considerato</b> che con decreto della Regione Emilia-Romagna n. 1187 del 14 maggio 2028 è stato "
      "concesso all'Ente un contributo di € 400.000,00 per la messa in sicurezza delle infrastrutture viarie "
      "danneggiate dagli eventi meteorologici, subordinato all'approvazione del progetto di fattibilità "
      "tecnico-economica entro il 30 giugno 2028;"),
    P("<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall'ing. Federica Montanari, "
      "incaricata con determinazione dell'Area Tecnica n. 142 del 28/03/2028, dell'importo complessivo di "
      "€ 480.000,00, di cui € 356.500,00 per lavori ed € 123.500,00 per somme a disposizione "
      "dell'Amministrazione, composto dagli elaborati elencati nell'allegato A;"),
    P("<b>Visti</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7; il D.Lgs. "
      "18 agosto 2000, n. 267; il vigente Statuto comunale;"),
    P("<b>Acquisiti</b> i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi "
      "dell'art. 49, comma 1, del D.Lgs. n. 267/2000 dai Responsabili dell'Area Tecnica e dell'Area "
      "Economico-Finanziaria, riportati in calce al presente atto;"),
    P("DELIBERA", bodyc),
    P("1.&nbsp;&nbsp;di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in "
      "sicurezza del ponte sul fiume Bidente in località Corniolo, dell'importo complessivo di € 480.000,00, "
      "secondo il quadro economico riportato in premessa;", pt),
    P("2.&nbsp;&nbsp;di dare atto che la spesa trova copertura per € 400.000,00 con il contributo regionale "
      "di cui al decreto n. 1187/2028 e per € 80.000,00 con fondi propri di bilancio alla missione 10, "
      "programma 05, capitolo 20810/3 del bilancio di previsione 2028/2030;", pt),
    P("3.&nbsp;&nbsp;di confermare Responsabile Unico del Progetto il geom. Davide Brunelli, Responsabile "
      "dell'Area Tecnica;", pt),
    P("4.&nbsp;&nbsp;di trasmettere il presente atto alla Regione Emilia-Romagna ai fini della conferma del "
      "contributo concesso.", pt),
    P("Inoltre, stante l'urgenza di rispettare il termine fissato dal decreto regionale, con i poteri della "
      "Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
      "comma 4, del D.Lgs. n. 267/2000."),
    Spacer(1, 8),
    P("Letto, approvato e sottoscritto.", body),
]
sig = Table([[P("IL COMMISSARIO STRAORDINARIO", ParagraphStyle("c", parent=body, alignment=TA_CENTER)),
              P("IL SEGRETARIO COMUNALE", ParagraphStyle("c", parent=body, alignment=TA_CENTER))],
             [P("F.to dott. Gianluca Serafini", ParagraphStyle("c", parent=body, alignment=TA_CENTER)),
              P("F.to dott.ssa Roberta Casadei", ParagraphStyle("c", parent=body, alignment=TA_CENTER))]],
            colWidths=[(W - 36 * mm) / 2] * 2)
story += [KeepTogether([sig]), Spacer(1, 14)]

cen = ParagraphStyle("cc", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold")
story += [
    P("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", cen),
    P("<b>Regolarità tecnica:</b> si esprime parere FAVOREVOLE. Santa Sofia, 05/06/2028 - Il Responsabile "
      "dell'Area Tecnica F.to geom. Davide Brunelli"),
    P("<b>Regolarità contabile:</b> si esprime parere FAVOREVOLE. Santa Sofia, 06/06/2028 - Il Responsabile "
      "dell'Area Economico-Finanziaria F.to rag. Marta Zanetti"),
    Spacer(1, 12),
    P("CERTIFICATO DI PUBBLICAZIONE", cen),
    P("Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line del Comune "
      "dal 09/06/2028 e vi rimarrà per 15 giorni consecutivi, ai sensi dell'art. 124 del D.Lgs. n. 267/2000."),
    P("Santa Sofia, 09/06/2028 &nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE F.to dott.ssa Roberta Casadei"),
    Spacer(1, 10),
    P("ESECUTIVITÀ", cen),
    P("La presente deliberazione è divenuta esecutiva il 07/06/2028 perché dichiarata immediatamente "
      "eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000)."),
    Spacer(1, 10),
    P("Copia conforme all'originale firmato digitalmente, per uso amministrativo.", small),
]

import copy
def build(out, st):
  doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=44 * mm, bottomMargin=24 * mm,
                        title="Deliberazione C.S. 41/2028", author="Comune di Santa Sofia",
                        creator="ADS Delibere - modulo stampa", )
  frame = Frame(18 * mm, 24 * mm, W - 36 * mm, H - 68 * mm, id="f", leftPadding=0, rightPadding=0)
  doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=page)])
  doc.build(st)
  return doc.page

import io
TOTAL[0] = build(io.BytesIO(), copy.deepcopy(story))
build(OUT, story)
