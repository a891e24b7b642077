# Comune di Bivongi - Giunta Comunale deliberation, ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

F = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Caladea", F + "Caladea-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Caladea-Bold", F + "Caladea-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Caladea-Italic", F + "Caladea-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Caladea", 0, 0, "Caladea"); addMapping("Caladea", 1, 0, "Caladea-Bold")
addMapping("Caladea", 0, 1, "Caladea-Italic"); addMapping("Caladea", 1, 1, "Caladea-Bold")

out = sys.argv[1]
base = ParagraphStyle("b", fontName="Caladea", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
h = ParagraphStyle("h", parent=ctr, fontName="Caladea-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)

class NumberedCanvas(canvas.Canvas):
    def __init__(self, *a, **k):
        canvas.Canvas.__init__(self, *a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st); self.foot(n); canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)
    def foot(self, n):
        self.setFont("Caladea-Italic", 7.5)
        self.drawString(20*mm, 12*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.")
        self.setFont("Caladea", 8)
        self.drawRightString(190*mm, 12*mm, "Pag. %d di %d" % (self._pageNumber, n))
        if self._pageNumber > 1:
            self.drawString(20*mm, 285*mm, "Comune di Bivongi – Deliberazione G.C. n. 27 del 17/03/2026")
            self.line(20*mm, 283.5*mm, 190*mm, 283.5*mm)

def letterhead(c, doc):
    if doc.page != 1: return
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1f3b73")); c.setLineWidth(0.8)
    c.rect(20*mm, 262*mm, 17*mm, 20*mm)
    c.setFont("Caladea-Italic", 6); c.drawCentredString(28.5*mm, 259*mm, "stemma comunale")
    c.setFillColor(colors.HexColor("#1f3b73"))
    c.setFont("Caladea-Bold", 17); c.drawString(42*mm, 275*mm, "COMUNE DI BIVONGI")
    c.setFont("Caladea", 10); c.drawString(42*mm, 269.5*mm, "Città Metropolitana di Reggio Calabria")
    c.setFont("Caladea", 8); c.drawString(42*mm, 264.5*mm, "Piazza Municipio, 1 – 89040 Bivongi (RC) – Tel. 0964 731000 – PEC: protocollo.bivongi@asmepec.it")
    c.line(20*mm, 256*mm, 190*mm, 256*mm)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=20*mm,
                      title="Deliberazione G.C. n. 27/2026", author="Comune di Bivongi")
fr1 = Frame(20*mm, 20*mm, 170*mm, 233*mm, id="f1")
fr2 = Frame(20*mm, 20*mm, 170*mm, 259*mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [fr1], onPage=letterhead, autoNextPageTemplate="rest"),
                      PageTemplate("rest", [fr2])])

S = []
S.append(Paragraph("<b>COPIA</b>", ParagraphStyle("r", parent=base, alignment=2)))
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", h))
reg = Table([["N.", "27", "Data", "17/03/2026", "Proposta", "n. 34 del 12/03/2026 – Area Amministrativa"]],
            colWidths=[10*mm, 14*mm, 14*mm, 24*mm, 18*mm, 90*mm])
reg.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.6, colors.black), ("FONT", (0,0), (-1,-1), "Caladea", 10),
                         ("FONT", (1,0), (1,0), "Caladea-Bold", 11), ("FONT", (3,0), (3,0), "Caladea-Bold", 11),
                         ("BACKGROUND", (0,0), (0,0), colors.HexColor("#e6ebf5")), ("BACKGROUND", (2,0), (2,0), colors.HexColor("#e6ebf5")),
                         ("BACKGROUND", (4,0), (4,0), colors.HexColor("#e6ebf5")), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
S.append(reg); S.append(Spacer(1, 5))
subj = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph("<b>Approvazione schema di convenzione con l’Associazione “Amici della Cascata del Marmarico” per la gestione dei servizi di accoglienza turistica presso il Monastero di San Giovanni Theristis – Anno 2026.</b>", base)]],
             colWidths=[22*mm, 148*mm])
subj.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP")]))
S.append(subj); S.append(Spacer(1, 6))
S.append(Paragraph("L’anno <b>duemilaventisei</b>, il giorno <b>diciassette</b> del mese di <b>marzo</b>, alle ore <b>12:30</b>, nella sala delle adunanze della Casa Comunale, previa l’osservanza di tutte le formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale nelle persone dei Signori:", base))
roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["FOTI ANTONIO", "Sindaco", "X", ""],
        ["MIGLIACCIO ROSA", "Vice Sindaco", "X", ""],
        ["CALABRÒ DOMENICO", "Assessore", "", "X"]]
rt = Table(roll, colWidths=[70*mm, 45*mm, 25*mm, 25*mm])
rt.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("FONT", (0,0), (-1,0), "Caladea-Bold", 9.5),
                        ("FONT", (0,1), (-1,-1), "Caladea", 10), ("ALIGN", (2,0), (-1,-1), "CENTER"),
                        ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e6ebf5"))]))
S.append(rt)
S.append(Paragraph("Presenti n. 2 &nbsp;&nbsp;&nbsp; Assenti n. 1", ParagraphStyle("x", parent=base, alignment=2, spaceBefore=3)))
S.append(Paragraph("Assume la presidenza il Sig. Antonio Foti, nella sua qualità di Sindaco, il quale, constatato il numero legale degli intervenuti, dichiara aperta la riunione. Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale Dott.ssa Maria Grazia Nicita.", base))
S.append(Paragraph("LA GIUNTA COMUNALE", h))
for t in [
 "PREMESSO che il Comune di Bivongi è proprietario del complesso monumentale del Monastero di San Giovanni Theristis e dell’area attrezzata di accesso alla Cascata del Marmarico, meta di un significativo flusso di visitatori nel periodo primaverile ed estivo;",
 "CONSIDERATO che l’Ente non dispone di personale sufficiente per assicurare l’apertura dei siti e i servizi di prima accoglienza e informazione turistica nei giorni festivi e nel periodo da aprile a ottobre;",
 "VISTO l’art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle amministrazioni pubbliche di sottoscrivere convenzioni con le associazioni di promozione sociale iscritte nel Registro unico nazionale del Terzo settore;",
 "VISTA la nota prot. n. 1187 del 04/03/2026 con cui l’Associazione “Amici della Cascata del Marmarico” ha manifestato la propria disponibilità e ha trasmesso il programma delle attività per l’anno 2026;",
 "VISTO lo schema di convenzione predisposto dall’Area Amministrativa, allegato alla presente quale parte integrante e sostanziale;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili delle Aree interessate;",
 "Con voti unanimi favorevoli, espressi nei modi e nelle forme di legge,"]:
    S.append(Paragraph(t, base))
S.append(Paragraph("D E L I B E R A", h))
pts = ["di approvare le premesse quale parte integrante e sostanziale del presente atto;",
       "di approvare lo schema di convenzione con l’Associazione “Amici della Cascata del Marmarico”, con sede in Bivongi, Via Garibaldi n. 14, per la gestione dei servizi di accoglienza turistica per l’anno 2026, composto da n. 11 articoli;",
       "di riconoscere all’Associazione un rimborso delle spese effettivamente sostenute e documentate fino all’importo massimo di € 6.500,00, da imputare alla Missione 7, Programma 1, del bilancio di previsione 2026/2028;",
       "di demandare al Responsabile dell’Area Amministrativa la sottoscrizione della convenzione e l’adozione di ogni atto gestionale conseguente."]
for i, t in enumerate(pts, 1):
    S.append(Paragraph(t, ParagraphStyle("p%d" % i, parent=base, leftIndent=7*mm, bulletIndent=1*mm), bulletText="%d." % i))
S.append(Paragraph("Successivamente, con separata ed unanime votazione, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’approssimarsi della stagione turistica.", base))
S.append(Spacer(1, 8))
S.append(Paragraph("<b>PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000</b>", base))
pt = Table([["Regolarità tecnica: FAVOREVOLE", "Regolarità contabile: FAVOREVOLE"],
            ["Il Responsabile dell’Area Amministrativa\nF.to Dott. Bruno Ierace", "Il Responsabile dell’Area Finanziaria\nF.to Rag. Caterina Spanò"]],
           colWidths=[85*mm, 85*mm])
pt.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.3, colors.grey), ("FONT", (0,0), (-1,-1), "Caladea", 9)]))
S.append(pt); S.append(Spacer(1, 10))
S.append(Paragraph("Letto, approvato e sottoscritto.", base))
sg = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["F.to Sig. Antonio Foti", "F.to Dott.ssa Maria Grazia Nicita"]], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([("ALIGN", (0,0), (-1,-1), "CENTER"), ("FONT", (0,0), (-1,0), "Caladea-Bold", 10), ("FONT", (0,1), (-1,1), "Caladea", 10)]))
S.append(KeepTogether([sg]))
S.append(Spacer(1, 12))
pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Responsabile del Servizio attesta che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune dal 19/03/2026 al 03/04/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 211) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.<br/>Bivongi, 19/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Il Responsabile del Servizio – F.to Dott. Bruno Ierace", small)],
             [Paragraph("<b>ESECUTIVITÀ</b><br/>[X] La presente deliberazione è divenuta esecutiva il giorno 17/03/2026 perché dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).<br/>[ &nbsp;] La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).", small)]],
            colWidths=[170*mm])
pub.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.4, colors.black)]))
S.append(KeepTogether([pub]))
doc.build(S, canvasmaker=NumberedCanvas)
