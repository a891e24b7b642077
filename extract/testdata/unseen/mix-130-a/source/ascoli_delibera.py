"""Comune di Ascoli Satriano, 'Cityware' house style: Giunta deliberation n. 71/2028.
ReportLab platypus: justified paragraphs (word spacing by Tw), a letter-spaced
DELIBERA (Tc), running head and foot carrying the number, 'Pag. x di y'."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

out, crest = sys.argv[1], sys.argv[2]
NUM, DATA = "71", "06/06/2028"
OGGETTO = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE DELL'AREA A VERDE ATTREZZATO DI VIA SAN POTITO - CUP D23D28000090006")

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
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.black)
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Pag. {self._pageNumber} di {n}")
            super().showPage()
        super().save()

def first_page(c, doc):
    c.saveState()
    c.drawImage(crest, 20 * mm, A4[1] - 42 * mm, width=19 * mm, height=24 * mm, mask="auto")
    c.setFont("Times-Bold", 19)
    c.drawString(44 * mm, A4[1] - 27 * mm, "COMUNE DI ASCOLI SATRIANO")
    c.setFont("Times-Italic", 11)
    c.drawString(44 * mm, A4[1] - 33 * mm, "Provincia di Foggia")
    c.setFont("Helvetica", 7.5)
    c.drawString(44 * mm, A4[1] - 38 * mm, "Piazza Municipio, 1 - 71022 Ascoli Satriano (FG) - C.F. 80003050714 - protocollo@pec.comune.ascolisatriano.fg.it")
    c.setLineWidth(1.2)
    c.line(20 * mm, A4[1] - 45 * mm, A4[0] - 20 * mm, A4[1] - 45 * mm)
    foot(c)
    c.restoreState()

def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, A4[1] - 14 * mm, "COMUNE DI ASCOLI SATRIANO")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, f"Deliberazione G.C. n. {NUM} del {DATA}")
    c.setLineWidth(0.4)
    c.line(20 * mm, A4[1] - 16 * mm, A4[0] - 20 * mm, A4[1] - 16 * mm)
    foot(c)
    c.restoreState()

def foot(c):
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, A4[0] - 20 * mm, 16 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, f"Deliberazione di Giunta Comunale n. {NUM} del {DATA}  -  Cityware Atti Amministrativi")

class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc), as report engines do."""
    def __init__(self, text, size=12, cs=6, font="Times-Bold"):
        super().__init__()
        self.text, self.size, self.cs, self.font = text, size, cs, font
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 8
    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
pt = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
lab = ParagraphStyle("l", fontName="Helvetica", fontSize=8, leading=10, alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold", fontSize=11, leading=13)

story = []
hdr = Table([
    [Paragraph("VERBALE DI DELIBERAZIONE DELLA<br/>GIUNTA COMUNALE", cellb),
     Paragraph("N. <b>%s</b>" % NUM, cellb), Paragraph("del <b>%s</b>" % DATA, cellb), Paragraph("ORIGINALE", cell)]],
    colWidths=[78 * mm, 27 * mm, 38 * mm, 27 * mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e8eef7"))]))
story += [Spacer(1, 2 * mm), hdr, Spacer(1, 3 * mm)]
story.append(Paragraph("Proposta n. 98 del 31/05/2028 - Settore proponente: SETTORE III - LAVORI PUBBLICI, AMBIENTE E PATRIMONIO", lab))
story.append(Spacer(1, 3 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph("<b>%s</b>" % OGGETTO, cell)]], colWidths=[25 * mm, 145 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [ogg, Spacer(1, 4 * mm)]
story.append(Paragraph(
    "L'anno <b>duemilaventotto</b>, il giorno <b>sei</b> del mese di <b>giugno</b>, alle ore <b>12:30</b>, nella sala delle "
    "adunanze della Casa Comunale, previa convocazione nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:", body))
roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "DI NUNNO Vincenzo", "Sindaco", "X", ""],
        ["2", "CAPUTO Maria Antonietta", "Vice Sindaco", "X", ""],
        ["3", "LAMEDICA Giuseppe", "Assessore", "X", ""],
        ["4", "FRASCA Rosa", "Assessore", "", "X"],
        ["5", "PIACQUADIO Michele", "Assessore", "X", ""]]
t = Table(roll, colWidths=[10 * mm, 62 * mm, 34 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                       ("ALIGN", (0, 0), (0, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7"))]))
story += [t, Spacer(1, 1.5 * mm), Paragraph("Presenti n. 4 - Assenti n. 1", ParagraphStyle("r", parent=cell, alignment=2)), Spacer(1, 3 * mm)]
story.append(Paragraph(
    "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000) "
    "il Segretario Generale dott.ssa Lucia Mastrangelo.", body))
story.append(Paragraph(
    "Presiede la seduta il Sindaco avv. Vincenzo Di Nunno il quale, constatato il numero legale degli intervenuti, dichiara aperta "
    "la riunione ed invita i presenti a deliberare sull'oggetto sopra indicato.", body))
story.append(Spacer(1, 2 * mm))
story.append(Spaced("LA GIUNTA COMUNALE", 11.5, 2.2))
story.append(Spacer(1, 2 * mm))
for p in [
    "<b>Premesso</b> che l'area a verde attrezzato di via San Potito, realizzata alla fine degli anni novanta, presenta giochi non più "
    "conformi alle norme UNI EN 1176, percorsi pedonali dissestati e un impianto di illuminazione obsoleto, e necessita pertanto di un "
    "intervento complessivo di riqualificazione e messa in sicurezza;",
    "<b>Richiamata</b> la deliberazione del Consiglio Comunale n. 12 del 28/03/2028, con la quale è stato approvato il bilancio di "
    "previsione finanziario 2028-2030 e, nel relativo programma triennale dei lavori pubblici, è stato inserito l'intervento in oggetto;",
    "<b>Visto</b> il decreto dirigenziale della Regione Puglia n. 214 del 19/04/2028, con il quale è stato concesso al Comune un "
    "contributo di euro 250.000,00 per la rigenerazione degli spazi verdi urbani, a fronte di un cofinanziamento comunale di euro 35.000,00;",
    "<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, trasmesso dal Responsabile del "
    "Settore III con nota prot. n. 7412 del 29/05/2028, dell'importo complessivo di euro 285.000,00, di cui euro 214.600,00 per lavori "
    "ed euro 70.400,00 per somme a disposizione dell'Amministrazione, composto dagli elaborati elencati nella relazione generale;",
    "<b>Visti</b> il D.Lgs. n. 36/2023 e, in particolare, l'art. 41 e l'allegato I.7, nonché il D.Lgs. n. 267/2000;",
    "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, "
    "riportati in calce al presente atto;",
    "<b>Con voti unanimi favorevoli</b>, espressi in forma palese,"]:
    story.append(Paragraph(p, body))
story.append(Spacer(1, 2 * mm))
story.append(Spaced("DELIBERA", 12.5, 7))
story.append(Spacer(1, 3 * mm))
points = [
    "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione dell'area a verde attrezzato di via "
    "San Potito, dell'importo complessivo di euro 285.000,00, secondo il quadro economico riportato nella relazione generale;",
    "di dare atto che la spesa trova copertura per euro 250.000,00 nel contributo regionale e per euro 35.000,00 in fondi del bilancio "
    "comunale, al capitolo 2856/4 del bilancio di previsione 2028-2030, annualità 2028;",
    "di confermare Responsabile Unico del Progetto (RUP) l'ing. Nicola Russo, Responsabile del Settore III;",
    "di trasmettere copia della presente alla Regione Puglia, Sezione Urbanistica, per gli adempimenti connessi al contributo concesso."]
for i, p in enumerate(points, 1):
    story.append(Paragraph(f"{i}.&nbsp;&nbsp;{p}", pt))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, <b>la Giunta Comunale</b>, ravvisata l'urgenza di avviare la progettazione esecutiva entro i termini fissati dal "
    "decreto di finanziamento, con separata votazione unanime favorevole, dichiara la presente deliberazione <b>immediatamente "
    "eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
story.append(Spacer(1, 5 * mm))
par = Table([
    [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere FAVOREVOLE ai sensi dell'art. 49 del D.Lgs. n. 267/2000.<br/>"
               "Ascoli Satriano, 31/05/2028<br/>Il Responsabile del Settore III<br/>ing. Nicola Russo", small),
     Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere FAVOREVOLE ai sensi dell'art. 49 del D.Lgs. n. 267/2000.<br/>"
               "Ascoli Satriano, 01/06/2028<br/>Il Responsabile del Settore II - Servizi Finanziari<br/>dott. Gerardo Lioce", small)]],
    colWidths=[85 * mm, 85 * mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [KeepTogether([par])]
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([[Paragraph("IL SINDACO<br/>avv. Vincenzo Di Nunno", ParagraphStyle("x", parent=cen, fontName="Times-Roman")),
              Paragraph("IL SEGRETARIO GENERALE<br/>dott.ssa Lucia Mastrangelo", ParagraphStyle("x", parent=cen, fontName="Times-Roman"))]],
            colWidths=[85 * mm, 85 * mm])
story.append(sig)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, "
                       "il quale sostituisce il documento cartaceo e la firma autografa.", ParagraphStyle("f", parent=small, fontSize=8, alignment=TA_CENTER)))

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                      title=f"Deliberazione G.C. n. {NUM} del {DATA}", author="Comune di Ascoli Satriano", creator="Cityware Atti")
f1 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 22 * mm - 48 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - 22 * mm - 20 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
