"""Giunta, Comune di Crema: Maggioli-style print (ReportLab platypus, embedded DejaVu Sans),
crest box letterhead, COPIA CONFORME stamp, attendance table with Presente/Assente X columns,
running header on later pages and "Pagina X di Y" footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas
from common import register_dejavu, out

register_dejavu()
F, FB = "DejaVuSans", "DejaVuSans-Bold"

class NumberedCanvas(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont(F, 8)
            self.drawRightString(A4[0] - 20*mm, 12*mm, "Pagina %d di %d" % (self._pageNumber, n))
            self.drawString(20*mm, 12*mm, "Deliberazione della Giunta Comunale n. 112 del 14/05/2025")
            super().showPage()
        super().save()

def first_page(c, doc):
    c.saveState()
    # crest placeholder
    c.setStrokeColor(colors.darkred); c.setLineWidth(1.2)
    c.rect(20*mm, A4[1]-42*mm, 18*mm, 22*mm)
    c.setFont(F, 6); c.drawCentredString(29*mm, A4[1]-32*mm, "stemma")
    c.setFont(FB, 16); c.drawString(44*mm, A4[1]-28*mm, "COMUNE DI CREMA")
    c.setFont(F, 9); c.drawString(44*mm, A4[1]-34*mm, "Provincia di Cremona")
    c.drawString(44*mm, A4[1]-39*mm, "Piazza Duomo, 25 – 26013 Crema (CR) – C.F. 91035680197")
    # stamp
    c.setStrokeColor(colors.red); c.setFillColor(colors.red); c.setLineWidth(1.5)
    c.roundRect(A4[0]-68*mm, A4[1]-38*mm, 48*mm, 14*mm, 3*mm)
    c.setFont(FB, 11); c.drawCentredString(A4[0]-44*mm, A4[1]-30*mm, "COPIA CONFORME")
    c.setFont(F, 6.5); c.drawCentredString(A4[0]-44*mm, A4[1]-35*mm, "all'originale digitale")
    c.restoreState()

def later_page(c, doc):
    c.saveState(); c.setFont(F, 8); c.setFillColor(colors.grey)
    c.drawString(20*mm, A4[1]-14*mm, "Comune di Crema – Verbale di Giunta Comunale")
    c.line(20*mm, A4[1]-16*mm, A4[0]-20*mm, A4[1]-16*mm)
    c.restoreState()

st_body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
st_c = ParagraphStyle("c", parent=st_body, alignment=TA_CENTER, fontName=FB, fontSize=11, spaceBefore=6, spaceAfter=6)
st_title = ParagraphStyle("t", parent=st_c, fontSize=13, leading=16)
st_pt = ParagraphStyle("p", parent=st_body, leftIndent=7*mm, firstLineIndent=-7*mm)
st_cell = ParagraphStyle("cell", fontName=F, fontSize=9, leading=11)

story = []
story.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", st_title))
story.append(Paragraph("N. 112 del 14/05/2025", st_c))
story.append(Spacer(1, 3*mm))
subj = Table([[Paragraph("<b>OGGETTO:</b>", st_cell),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI ADEGUAMENTO SISMICO DELLA "
                         "SCUOLA PRIMARIA DI VIA DEI MILLE – CUP D94E23000870004. IMMEDIATA ESEGUIBILITÀ.</b>", st_cell)]],
             colWidths=[22*mm, 148*mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
story.append(subj)
story.append(Spacer(1, 4*mm))
story.append(Paragraph(
    "L'anno <b>duemilaventicinque</b>, addì <b>quattordici</b> del mese di <b>maggio</b>, alle ore <b>12:30</b>, "
    "nella Sala Giunta del Palazzo Comunale, previa osservanza di tutte le formalità prescritte dalla vigente "
    "normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.", st_body))
story.append(Paragraph("All'appello risultano:", st_body))

rows = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "BERTOLOTTI MARCO", "Sindaco", "X", ""],
        ["2", "CAVALLI SARA", "Vice Sindaco", "X", ""],
        ["3", "DOSSENA PAOLO", "Assessore", "", "X"],
        ["4", "FERRARI GIULIA", "Assessore", "X", ""],
        ["5", "MANENTI LUCA", "Assessore", "X", ""],
        ["6", "ZANIBONI CHIARA", "Assessore", "X", ""],
        ["", "", "Totale", "5", "1"]]
t = Table(rows, colWidths=[10*mm, 62*mm, 38*mm, 24*mm, 24*mm])
t.setStyle(TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("FONTNAME", (0, 0), (-1, 0), FB), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
    ("GRID", (0, 0), (-1, -2), 0.5, colors.black), ("BOX", (2, -1), (-1, -1), 0.5, colors.black),
    ("INNERGRID", (2, -1), (-1, -1), 0.5, colors.black),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("FONTNAME", (2, -1), (-1, -1), FB)]))
story.append(t)
story.append(Spacer(1, 4*mm))
story.append(Paragraph(
    "Presiede l'adunanza il Sindaco Marco Bertolotti. Il Segretario Generale Dott.ssa Elena Ghilardi assiste "
    "e cura la verbalizzazione, ai sensi dell'art. 97, comma 4, lett. a), del D.Lgs. 18 agosto 2000, n. 267.", st_body))
story.append(Paragraph(
    "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta "
    "a deliberare sull'argomento indicato in oggetto.", st_body))
story.append(Paragraph("LA GIUNTA COMUNALE", st_c))
for p in [
    "<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 18 del 27/02/2025 è stato approvato il "
    "Documento Unico di Programmazione 2025/2027 e il programma triennale delle opere pubbliche, nel quale è "
    "inserito l'intervento di adeguamento sismico della scuola primaria di via dei Mille per un importo "
    "complessivo di € 1.480.000,00;",
    "<b>Richiamata</b> la propria deliberazione n. 41 del 20/02/2025, con la quale è stato approvato il progetto "
    "di fattibilità tecnica ed economica dell'intervento;",
    "<b>Dato atto</b> che l'opera è finanziata per € 1.200.000,00 con contributo regionale di cui al decreto "
    "della Direzione Generale Enti Locali n. 3871 del 12/03/2024 e per la restante quota con avanzo di "
    "amministrazione destinato;",
    "<b>Visto</b> il progetto esecutivo redatto dallo Studio Associato Ingegneria Lodigiana, acquisito al "
    "protocollo n. 17552 del 28/04/2025, e il verbale di verifica e validazione sottoscritto dal Responsabile "
    "Unico del Progetto in data 08/05/2025;",
    "<b>Visti</b> il D.Lgs. 31 marzo 2023, n. 36, il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
    "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. n. 267/2000, allegati al presente atto quale parte integrante;",
    "Con voti unanimi favorevoli, espressi in forma palese,"]:
    story.append(Paragraph(p, st_body))
story.append(Paragraph("D E L I B E R A", st_c))
pts = [
    "di approvare il progetto esecutivo dei lavori di adeguamento sismico della scuola primaria di via dei Mille, "
    "composto dagli elaborati elencati nell'allegato A, per un importo complessivo di € 1.480.000,00, di cui "
    "€ 1.136.400,00 per lavori a base d'asta;",
    "di approvare il quadro economico dell'intervento come riportato nella relazione generale di progetto;",
    "di dare atto che la spesa trova copertura alla Missione 04, Programma 02, Titolo 2 del bilancio di "
    "previsione 2025/2027;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti per l'affidamento dei "
    "lavori."]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, p), st_pt))
story.append(Spacer(1, 2*mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara la presente "
    "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
    "stante l'urgenza di avviare la procedura di gara entro i termini fissati dal contributo regionale.", st_body))
story.append(Spacer(1, 8*mm))
sig = Table([["Il Sindaco", "Il Segretario Generale"],
             ["Marco Bertolotti", "Dott.ssa Elena Ghilardi"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONTSIZE", (0, 2), (-1, 2), 7)]))
story.append(KeepTogether(sig))

doc = BaseDocTemplate(out("giunta-crema-maggioli.pdf"), pagesize=A4, title="Delibera GC 112/2025",
                      leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=20*mm)
f1 = Frame(20*mm, 20*mm, A4[0]-40*mm, A4[1]-68*mm, id="f1")
f2 = Frame(20*mm, 20*mm, A4[0]-40*mm, A4[1]-40*mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_page)])
doc.build(story, canvasmaker=NumberedCanvas)
