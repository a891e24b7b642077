"""G1: Giunta, Bassano del Grappa. ReportLab platypus, DejaVu Serif embedded.
Imitates a 'Halley'-style printout: heading line with number and date, proposal
line under it, attendance table with X marks, running header from page 2,
footer 'Pagina x di y'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from common import register_dejavu

register_dejavu("DejaVuSerif")
F, FB, FI = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"

OUT = "giunta-bassano-xmarks.pdf"


class NumberedCanvas(rl_canvas.Canvas):
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
            self.setFont(F, 7.5)
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            self.setFont(FI, 7)
            self.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
            super().showPage()
        super().save()


def first_page(c, d):
    c.saveState()
    c.setFont(FB, 9)
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "COPIA")
    c.restoreState()


def later_pages(c, d):
    c.saveState()
    c.setFont(F, 7.5)
    c.drawString(20 * mm, A4[1] - 14 * mm, "Comune di Bassano del Grappa")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, "Deliberazione G.C. n. 142 del 03/10/2025")
    c.setStrokeColor(colors.grey)
    c.line(20 * mm, A4[1] - 15.5 * mm, A4[0] - 20 * mm, A4[1] - 15.5 * mm)
    c.restoreState()


st_center = ParagraphStyle("c", fontName=F, fontSize=10, alignment=TA_CENTER, leading=13)
st_title = ParagraphStyle("t", fontName=FB, fontSize=15, alignment=TA_CENTER, leading=19)
st_sub = ParagraphStyle("s", fontName=FI, fontSize=9, alignment=TA_CENTER, leading=11)
st_head = ParagraphStyle("h", fontName=FB, fontSize=11.5, alignment=TA_CENTER, leading=15, spaceBefore=6)
st_body = ParagraphStyle("b", fontName=F, fontSize=9.5, alignment=TA_JUSTIFY, leading=13, spaceAfter=4)
st_obj = ParagraphStyle("o", fontName=FB, fontSize=9.5, alignment=TA_JUSTIFY, leading=13, leftIndent=62, firstLineIndent=-62)
st_point = ParagraphStyle("p", parent=st_body, leftIndent=16, firstLineIndent=-16)
st_small = ParagraphStyle("sm", fontName=F, fontSize=8.5, leading=11)

story = []
story += [Paragraph("COMUNE DI BASSANO DEL GRAPPA", st_title),
          Paragraph("Provincia di Vicenza", st_sub),
          Paragraph("Codice Ente 10734 &nbsp;&nbsp; C.F. 00168480242", st_sub),
          Spacer(1, 8),
          Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", st_head),
          Paragraph("Deliberazione n. 142 del 03/10/2025", st_head),
          Paragraph("Proposta n. 163 del 29/09/2025", st_center),
          Spacer(1, 8),
          Paragraph("OGGETTO: APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"LA RETE "
                    "SOLIDALE ODV\" PER LA GESTIONE DEL CENTRO DIURNO PER ANZIANI DI VIA CÀ ROSSA "
                    "– PERIODO 01/11/2025 – 31/10/2028.", st_obj),
          Spacer(1, 8),
          Paragraph("L'anno duemilaventicinque, addì tre del mese di ottobre, alle ore 17:30, nella "
                    "Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale "
                    "nelle persone dei Signori:", st_body),
          Spacer(1, 4)]

members = [("CAMPAGNOLO ETTORE", "Sindaco", True),
           ("BERTONCELLO SILVIA", "Vice Sindaco", True),
           ("ZEN MICHELE", "Assessore", True),
           ("MARCON ELISA", "Assessore", False),
           ("TOMASI GIORGIO", "Assessore", True),
           ("DALLA VALLE FRANCESCA", "Assessore", True),
           ("SCOTTON PAOLO", "Assessore", False)]
rows = [["Cognome e Nome", "Carica", "Presente", "Assente"]]
for n, r, p in members:
    rows.append([n, r, "X" if p else "", "" if p else "X"])
np_ = sum(1 for m in members if m[2])
rows.append(["", "Totale", str(np_), str(len(members) - np_)])
t = Table(rows, colWidths=[62 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), F, 9),
    ("FONT", (0, 0), (-1, 0), FB, 9),
    ("FONT", (0, -1), (-1, -1), FI, 8.5),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.black),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
]))
story += [t, Spacer(1, 8)]
story += [
    Paragraph("Assiste alla seduta il Segretario Generale dott. Lorenzo Bizzotto, il quale provvede "
              "alla redazione del presente verbale.", st_body),
    Paragraph("Essendo legale il numero degli intervenuti, il Sig. Ettore Campagnolo, nella sua "
              "qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione "
              "dell'oggetto sopra indicato.", st_body),
    Paragraph("LA GIUNTA COMUNALE", st_head),
    Paragraph("PREMESSO che il Comune di Bassano del Grappa è proprietario dell'immobile sito in via Cà "
              "Rossa n. 12, adibito dal 2009 a centro diurno per persone anziane autosufficienti, e che "
              "la convenzione in essere con l'associazione di volontariato che ne cura la gestione "
              "scadrà il prossimo 31 ottobre 2025;", st_body),
    Paragraph("RICHIAMATI l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che "
              "consente alle amministrazioni pubbliche di sottoscrivere con le organizzazioni di "
              "volontariato convenzioni finalizzate allo svolgimento in favore di terzi di attività o "
              "servizi sociali di interesse generale, nonché il vigente Regolamento comunale per la "
              "concessione di contributi e vantaggi economici;", st_body),
    Paragraph("DATO ATTO che con avviso pubblico prot. n. 48211 del 04/08/2025 è stata avviata la "
              "procedura comparativa riservata alle organizzazioni iscritte al RUNTS e che, entro il "
              "termine fissato, è pervenuta la sola manifestazione di interesse dell'associazione "
              "\"La Rete Solidale ODV\", ritenuta idonea dalla commissione tecnica;", st_body),
    Paragraph("VISTO lo schema di convenzione predisposto dal Settore Servizi Sociali, allegato al "
              "presente atto quale parte integrante e sostanziale, che prevede un rimborso delle spese "
              "effettivamente sostenute e documentate nel limite massimo di € 18.500,00 annui;", st_body),
    Paragraph("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
              "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;", st_body),
    Paragraph("CON VOTI unanimi favorevoli espressi nelle forme di legge;", st_body),
    Paragraph("D E L I B E R A", st_head),
    Paragraph("1. di approvare, per le motivazioni espresse in premessa, lo schema di convenzione con "
              "l'associazione \"La Rete Solidale ODV\", con sede in Bassano del Grappa, per la gestione "
              "del centro diurno per anziani di via Cà Rossa per il periodo 01/11/2025 – 31/10/2028;", st_point),
    Paragraph("2. di dare atto che la spesa complessiva di € 55.500,00 trova copertura sul capitolo "
              "12031.04 del bilancio di previsione 2025-2027 e sul corrispondente capitolo "
              "dell'esercizio 2028;", st_point),
    Paragraph("3. di demandare al Dirigente del Settore Servizi Sociali la sottoscrizione della "
              "convenzione e l'adozione di tutti gli atti gestionali conseguenti;", st_point),
    Paragraph("4. di trasmettere copia del presente provvedimento all'associazione interessata.", st_point),
    Spacer(1, 4),
    Paragraph("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente "
              "provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
              "267/2000, stante la necessità di garantire la continuità del servizio.", st_body),
    Spacer(1, 10),
    Paragraph("Letto, approvato e sottoscritto.", st_body),
    Spacer(1, 6),
]
sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"],
             ["F.to Ettore Campagnolo", "F.to dott. Lorenzo Bizzotto"]],
            colWidths=[80 * mm, 80 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 9), ("FONT", (0, 1), (-1, 1), F, 9),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story += [sig, Spacer(1, 16)]
cert = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente "
                         "deliberazione viene pubblicata all'Albo Pretorio on line per quindici giorni "
                         "consecutivi dal 06/10/2025 al 21/10/2025 (n. 2871 reg. pubbl.).<br/>"
                         "Bassano del Grappa, 06/10/2025 &nbsp;&nbsp;&nbsp; Il Messo Comunale F.to Anna Gheller",
                         st_small)]], colWidths=[170 * mm])
cert.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("PADDING", (0, 0), (-1, -1), 5)]))
story += [KeepTogether([cert])]

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title="Deliberazione G.C. 142/2025", author="Comune di Bassano del Grappa")
fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="first", frames=[fr], onPage=first_page),
                      PageTemplate(id="later", frames=[fr], onPage=later_pages)])
from reportlab.platypus import NextPageTemplate
story.insert(0, NextPageTemplate("later"))
doc.build(story, canvasmaker=NumberedCanvas)
print("wrote", OUT)
