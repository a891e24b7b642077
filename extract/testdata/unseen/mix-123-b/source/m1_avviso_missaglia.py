#!/usr/bin/env python3
"""Missaglia (LC) - avviso pubblico contributi affitto.
House style "civilianext": crest and name at left, the Area in the letterhead
at right, Prot. left / date right under the rule, signature bottom right.
ReportLab platypus: justified paragraphs (Tw), letter-spaced heading (Tc)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Flowable, KeepTogether)
from reportlab.lib import colors

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-missaglia-civilianext.pdf"
W, H = A4
BLUE = colors.HexColor("#1f3d7a")


def crest(c, x, y, s=1.0):
    c.saveState()
    c.setStrokeColor(BLUE)
    c.setFillColor(colors.HexColor("#e8edf7"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 22 * s)
    p.lineTo(x + 18 * s, y + 22 * s)
    p.lineTo(x + 18 * s, y + 8 * s)
    p.curveTo(x + 18 * s, y + 2 * s, x + 12 * s, y - 2 * s, x + 9 * s, y - 4 * s)
    p.curveTo(x + 6 * s, y - 2 * s, x, y + 2 * s, x, y + 8 * s)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(BLUE)
    c.rect(x + 4 * s, y + 10 * s, 10 * s, 3 * s, stroke=0, fill=1)
    c.rect(x + 7.5 * s, y + 4 * s, 3 * s, 14 * s, stroke=0, fill=1)
    c.restoreState()


def letterhead(c, doc):
    c.saveState()
    if doc.page == 1:
        crest(c, 20 * mm, H - 33 * mm, 1.9)
        c.setFillColor(BLUE)
        c.setFont("Times-Bold", 19)
        c.drawString(42 * mm, H - 22 * mm, "COMUNE DI MISSAGLIA")
        c.setFont("Times-Italic", 11)
        c.drawString(42 * mm, H - 28 * mm, "Provincia di Lecco")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(W - 20 * mm, H - 22 * mm, "AREA SERVIZI ALLA PERSONA")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 20 * mm, H - 26.5 * mm, "Servizi sociali - Casa - Istruzione")
        c.drawRightString(W - 20 * mm, H - 30.5 * mm, "tel. 039 9241 322 - servizisociali@comune.missaglia.lc.it")
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.5)
        c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 37.2 * mm, W - 20 * mm, H - 37.2 * mm)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, H - 43 * mm, "Prot. n. 17254/2027")
        c.drawString(20 * mm, H - 47 * mm, "Cl. 7.12  Fasc. 2027/18")
        c.drawRightString(W - 20 * mm, H - 43 * mm, "Missaglia, 08/11/2027")
    else:
        c.setFont("Helvetica", 7.5)
        c.setFillColor(BLUE)
        c.drawString(20 * mm, H - 14 * mm, "Comune di Missaglia - Area Servizi alla Persona")
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
    # footer
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.4)
    c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
    c.setFillColor(colors.HexColor("#444444"))
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, 13 * mm, "Comune di Missaglia - Piazza Libertà, 2 - 23873 Missaglia (LC) - C.F. 85002170134 - P.IVA 00719660134")
    c.drawString(20 * mm, 10 * mm, "PEC: comune.missaglia@pec.regione.lombardia.it - www.comune.missaglia.lc.it")
    c.drawRightString(W - 20 * mm, 10 * mm, "Pag. %d" % doc.page)
    c.restoreState()


class SpacedHeading(Flowable):
    """A heading drawn with character spacing (Tc), as a Word 'espansa' font."""

    def __init__(self, text, size=15, space=4.2, font="Times-Bold"):
        super().__init__()
        self.text, self.size, self.space, self.font = text, size, space, font

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 6

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, self.font, self.size) + self.space * (len(self.text) - 1)
        t = c.beginText()
        t.setTextOrigin((self.aw - w) / 2, 3)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.space)
        t.textOut(self.text)
        c.drawText(t)


body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
subj = ParagraphStyle("s", parent=body, fontName="Times-Bold", fontSize=11.5, leading=14.5,
                      alignment=TA_CENTER, spaceAfter=4)
cent = ParagraphStyle("c", parent=body, fontName="Times-Bold", alignment=TA_CENTER,
                      spaceBefore=6, spaceAfter=6)
item = ParagraphStyle("i", parent=body, leftIndent=14, bulletIndent=2)
sig = ParagraphStyle("g", parent=body, alignment=TA_CENTER, leftIndent=90 * mm, spaceAfter=0)

story = [
    Spacer(1, 22 * mm),
    SpacedHeading("AVVISO PUBBLICO"),
    Spacer(1, 3 * mm),
    Paragraph("CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE SUL LIBERO "
              "MERCATO – MISURA UNICA ANNO 2027", subj),
    Spacer(1, 3 * mm),
    Paragraph("IL RESPONSABILE DELL’AREA", cent),
    Paragraph("Richiamati la D.G.R. Lombardia n. XII/3184 del 25/09/2027, con la quale sono stati "
              "approvati i criteri per il sostegno all’affitto delle famiglie in difficoltà economica, "
              "e il Piano di Zona dell’Ambito Distrettuale di Merate, che ne disciplina l’attuazione "
              "nei Comuni associati;", body),
    Paragraph("Vista la propria determinazione n. 412 del 05/11/2027, con la quale è stato approvato "
              "lo schema del presente avviso e prenotata la spesa sul capitolo 12061.04.0150 del "
              "bilancio 2027;", body),
    Paragraph("RENDE NOTO", cent),
    Paragraph("che dal <b>10 novembre 2027</b> al <b>10 dicembre 2027</b> i cittadini residenti nel "
              "Comune di Missaglia, titolari di un contratto di locazione di unità immobiliare ad uso "
              "abitativo sul libero mercato, possono presentare domanda per ottenere un contributo "
              "destinato al pagamento di canoni di locazione non ancora versati o da versare.", body),
    Paragraph("<b>1. Requisiti di accesso.</b> Possono presentare domanda i nuclei familiari in "
              "possesso, alla data di presentazione, dei seguenti requisiti:", body),
    Paragraph("a) residenza nell’alloggio oggetto del contratto da almeno sei mesi;", item),
    Paragraph("b) ISEE ordinario o corrente in corso di validità non superiore a € 26.000,00;", item),
    Paragraph("c) assenza di titolarità del diritto di proprietà, usufrutto, uso o abitazione di altro "
              "alloggio adeguato nella provincia di residenza;", item),
    Paragraph("d) non essere assegnatari di un alloggio di servizi abitativi pubblici (SAP);", item),
    Paragraph("e) non essere sottoposti a procedura di rilascio dell’abitazione con provvedimento "
              "esecutivo già notificato.", item),
    Paragraph("<b>2. Entità del contributo.</b> Il contributo è pari a un massimo di quattro mensilità "
              "di canone e comunque non superiore a € 1.800,00 per alloggio/contratto. Il contributo è "
              "erogato direttamente al proprietario dell’alloggio, che dovrà sottoscrivere la "
              "dichiarazione di impegno allegata alla domanda.", body),
    Paragraph("<b>3. Presentazione delle domande.</b> La domanda deve essere compilata esclusivamente "
              "sul modulo predisposto dall’Ufficio Servizi Sociali, disponibile sul sito istituzionale "
              "e presso lo sportello di Piazza Libertà, 2, e presentata entro le ore 12:00 del "
              "10 dicembre 2027 a mano all’Ufficio Protocollo oppure a mezzo PEC. Alla domanda vanno "
              "allegati copia del contratto di locazione registrato, attestazione ISEE e documento "
              "di identità del richiedente.", body),
    Paragraph("<b>4. Istruttoria e graduatoria.</b> Le domande ammissibili sono ordinate secondo il "
              "valore ISEE crescente; a parità di ISEE prevale la domanda con il maggior numero di "
              "componenti il nucleo familiare. La graduatoria è pubblicata all’Albo Pretorio on line "
              "e sul sito istituzionale, con l’indicazione del solo numero di protocollo della domanda.", body),
    Paragraph("<b>5. Controlli.</b> L’Amministrazione effettua controlli a campione sulla veridicità "
              "delle dichiarazioni rese, ai sensi degli artt. 71 e seguenti del D.P.R. 445/2000.", body),
    Paragraph("<b>6. Trattamento dei dati personali.</b> I dati forniti sono trattati ai sensi del "
              "Regolamento UE 2016/679 esclusivamente per le finalità del presente avviso. Titolare "
              "del trattamento è il Comune di Missaglia.", body),
    Paragraph("Responsabile del procedimento è l’Assistente sociale dott.ssa Valentina Ronchi "
              "(tel. 039 9241 325). Informazioni presso l’Ufficio Servizi Sociali nei giorni di "
              "martedì e giovedì dalle 9:00 alle 12:30.", body),
    Spacer(1, 8 * mm),
    KeepTogether([
        Paragraph("IL RESPONSABILE DELL’AREA<br/>SERVIZI ALLA PERSONA", sig),
        Spacer(1, 2 * mm),
        Paragraph("dott.ssa Chiara Brambilla", sig),
        Paragraph("<font size=7.5>(documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
                  "collegate)</font>", sig),
    ]),
]

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=22 * mm, bottomMargin=22 * mm,
                      title="Avviso pubblico contributi affitto 2027", author="Comune di Missaglia",
                      creator="CiviliaNext - Atti e documenti")
first = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm - 5 * mm, id="f1", topPadding=0)
doc.addPageTemplates([PageTemplate(id="p", frames=[first], onPage=letterhead)])
doc.build(story)
