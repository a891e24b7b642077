"""Avviso pubblico, Comune di Lodi: ReportLab platypus with embedded DejaVu Serif, protocol number
and date in the letterhead (a distractor), 'AVVISO PUBBLICO N. 18/2025' heading, 'Oggetto:' label,
articles Art. 1..6, place and date at the end, running header and 'Pagina X di Y' footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas
from common import register_dejavu, out

register_dejavu()
F, FB, FI = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"

class NC(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont(F, 7.5); self.setFillColor(colors.HexColor("#333333"))
            self.drawCentredString(A4[0]/2, 11*mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()

def first(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#7a1f1f")); c.rect(20*mm, A4[1]-36*mm, 3*mm, 20*mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(FB, 16); c.drawString(27*mm, A4[1]-23*mm, "Comune di Lodi")
    c.setFont(F, 8.5); c.drawString(27*mm, A4[1]-28*mm, "Direzione Organizzativa 2 – Servizi alla Persona e alla Comunità")
    c.drawString(27*mm, A4[1]-32.5*mm, "Ufficio Sport e Tempo Libero – Piazza Mercato, 5 – 26900 Lodi")
    c.setFont(F, 8); c.drawRightString(A4[0]-20*mm, A4[1]-23*mm, "Prot. n. 45821")
    c.drawRightString(A4[0]-20*mm, A4[1]-27.5*mm, "del 03/09/2025")
    c.restoreState()

def later(c, doc):
    c.saveState(); c.setFont(FI, 7.5)
    c.drawString(20*mm, A4[1]-14*mm, "Comune di Lodi – Avviso pubblico n. 18/2025 – Dote Sport 2025/2026")
    c.restoreState()

b = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
c_ = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName=FB, fontSize=13, leading=17, spaceAfter=3)
art = ParagraphStyle("a", parent=b, fontName=FB, spaceBefore=5, spaceAfter=2)
s = []
s.append(Paragraph("AVVISO PUBBLICO N. 18/2025", c_))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("<b>Oggetto:</b> Concessione di contributi a sostegno delle spese per la pratica sportiva di minori "
                   "appartenenti a nuclei familiari in condizione di fragilità economica – \"Dote Sport\" stagione "
                   "2025/2026.", b))
s.append(Spacer(1, 3*mm))
s.append(Paragraph("IL DIRIGENTE", ParagraphStyle("d", parent=c_, fontSize=11)))
s.append(Paragraph("in esecuzione della deliberazione della Giunta Comunale n. 164 del 24/07/2025 e della "
                   "determinazione dirigenziale n. 1021 del 01/09/2025,", b))
s.append(Paragraph("RENDE NOTO", ParagraphStyle("d", parent=c_, fontSize=11)))
s.append(Paragraph("che dal 08/09/2025 al 10/10/2025 è possibile presentare domanda per l'assegnazione della \"Dote "
                   "Sport\", contributo economico finalizzato a sostenere le famiglie residenti nel pagamento delle quote "
                   "di iscrizione e frequenza ad attività sportive continuative per la stagione 2025/2026.", b))
arts = [
    ("Art. 1 – Finalità", "L'iniziativa intende favorire la partecipazione dei minori alla pratica sportiva quale "
     "strumento di crescita, socializzazione e inclusione, riducendo l'incidenza dei costi sui bilanci delle famiglie "
     "con minori disponibilità economiche."),
    ("Art. 2 – Destinatari e requisiti", "Possono presentare domanda i genitori o gli esercenti la responsabilità "
     "genitoriale di minori di età compresa tra 6 e 17 anni, in possesso dei seguenti requisiti alla data di "
     "presentazione della domanda: residenza nel Comune di Lodi del minore e del richiedente; indicatore ISEE per "
     "prestazioni rivolte ai minorenni in corso di validità non superiore a € 20.000,00; iscrizione del minore, per "
     "la stagione 2025/2026, a un corso o attività sportiva della durata minima di sei mesi presso un'associazione "
     "o società sportiva dilettantistica iscritta al Registro nazionale delle attività sportive dilettantistiche."),
    ("Art. 3 – Entità del contributo", "Il contributo è pari alla spesa sostenuta e documentata, fino a un massimo di "
     "€ 300,00 per ciascun minore, elevato a € 400,00 per i minori con disabilità certificata ai sensi della legge "
     "5 febbraio 1992, n. 104. Le risorse complessivamente disponibili ammontano a € 60.000,00. Qualora le domande "
     "ammissibili eccedano le risorse, sarà formata una graduatoria secondo il valore ISEE crescente."),
    ("Art. 4 – Modalità di presentazione della domanda", "La domanda deve essere presentata esclusivamente on line "
     "attraverso lo sportello telematico del Comune, accedendo con SPID, CIE o CNS, entro le ore 12:00 del "
     "10/10/2025, allegando la dichiarazione dell'associazione sportiva attestante l'iscrizione e l'importo della "
     "quota. Le domande pervenute oltre il termine o incomplete non saranno prese in considerazione."),
    ("Art. 5 – Controlli", "L'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni "
     "sostitutive, ai sensi dell'art. 71 del D.P.R. 28 dicembre 2000, n. 445. In caso di dichiarazioni mendaci il "
     "contributo sarà revocato e recuperato, fatte salve le conseguenze penali previste dall'art. 76 del medesimo "
     "decreto."),
    ("Art. 6 – Trattamento dei dati personali e informazioni", "I dati personali saranno trattati ai sensi del "
     "Regolamento UE 2016/679 esclusivamente per le finalità connesse al presente avviso. Il responsabile del "
     "procedimento è la Dott.ssa Valentina Corradini, Ufficio Sport e Tempo Libero, tel. 0371 409 000, "
     "e-mail sport@comune.lodi.it.")]
for h, t in arts:
    s.append(Paragraph(h, art)); s.append(Paragraph(t, b))
s.append(Spacer(1, 6*mm))
s.append(KeepTogether([
    Paragraph("Lodi, 3 settembre 2025", b), Spacer(1, 3*mm),
    Paragraph("Il Dirigente della Direzione Organizzativa 2<br/>Dott. Alberto Scotti<br/>"
              "<font size=7>Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005</font>",
              ParagraphStyle("sg", parent=b, alignment=TA_CENTER, leftIndent=85*mm))]))
doc = BaseDocTemplate(out("avviso-lodi-numbered.pdf"), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm,
                      topMargin=20*mm, bottomMargin=20*mm)
doc.addPageTemplates([PageTemplate("first", [Frame(20*mm, 20*mm, A4[0]-40*mm, A4[1]-62*mm)], onPage=first,
                                   autoNextPageTemplate="later"),
                      PageTemplate("later", [Frame(20*mm, 20*mm, A4[0]-40*mm, A4[1]-40*mm)], onPage=later)])
doc.build(s, canvasmaker=NC)
