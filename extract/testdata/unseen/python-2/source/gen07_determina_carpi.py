"""Determinazione, Comune di Carpi: ReportLab platypus, base-14 Helvetica, header table of labels over
values (Settore / N. Registro Generale / Data / N. Registro di Settore / Proposta), 'Oggetto:' in a
shaded row, numbered points, accounting visa with its own date, 'Pagina X di Y'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfgen import canvas as rlcanvas
from common import out

F, FB = "Helvetica", "Helvetica-Bold"

class NC(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont(FB, 13); self.drawString(18*mm, A4[1]-17*mm, "COMUNE DI CARPI")
            self.setFont(F, 8); self.drawString(18*mm, A4[1]-21*mm, "Provincia di Modena")
            self.setFont(F, 7.5); self.drawRightString(A4[0]-18*mm, A4[1]-17*mm, "Corso Alberto Pio, 91 - 41012 Carpi (MO)")
            self.drawRightString(A4[0]-18*mm, A4[1]-21*mm, "www.comune.carpi.mo.it")
            self.setLineWidth(0.5); self.line(18*mm, A4[1]-23.5*mm, A4[0]-18*mm, A4[1]-23.5*mm)
            self.setFont(F, 7.5)
            self.drawString(18*mm, 10*mm, "Determinazione dirigenziale - Registro Generale n. 1187/2025")
            self.drawRightString(A4[0]-18*mm, 10*mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()

b = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
c = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName=FB, fontSize=11, spaceBefore=5, spaceAfter=5)
cell = ParagraphStyle("cell", fontName=F, fontSize=9, leading=11)
cellb = ParagraphStyle("cellb", fontName=FB, fontSize=9, leading=11)
lab = ParagraphStyle("lab", fontName=F, fontSize=7, leading=8, textColor=colors.HexColor("#444444"))
pt = ParagraphStyle("p", parent=b, leftIndent=7*mm, firstLineIndent=-7*mm)
s = []
s.append(Paragraph("DETERMINAZIONE DIRIGENZIALE", c))
hd = Table([[Paragraph("Settore", lab), Paragraph("N. Registro Generale", lab), Paragraph("Data", lab),
             Paragraph("N. Registro di Settore", lab)],
            [Paragraph("SETTORE A6 – OPERE PUBBLICHE E MANUTENZIONE DELLA CITTÀ", cellb), Paragraph("1187", cellb),
             Paragraph("03/10/2025", cellb), Paragraph("142", cellb)],
            [Paragraph("Proposta n. 1302 del 29/09/2025", cell), "", "", ""]],
           colWidths=[78*mm, 34*mm, 30*mm, 32*mm])
hd.setStyle(TableStyle([("GRID", (0, 0), (-1, 1), 0.5, colors.black), ("BOX", (0, 2), (-1, 2), 0.5, colors.black),
                        ("SPAN", (0, 2), (-1, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOTTOMPADDING", (0, 0), (-1, 0), 0), ("TOPPADDING", (0, 1), (-1, 1), 1)]))
s.append(hd); s.append(Spacer(1, 4*mm))
subj = Table([[Paragraph("<b>Oggetto:</b> Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. "
                         "n. 36/2023, del servizio di verifica periodica degli impianti elevatori negli edifici comunali "
                         "per il biennio 2026-2027 – CIG B7F3A21C90. Impegno di spesa.", cell)]], colWidths=[174*mm])
subj.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#ececec")),
                          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
s.append(subj); s.append(Spacer(1, 3*mm))
s.append(Paragraph("IL DIRIGENTE", c))
for p in [
    "Richiamati:<br/>– la deliberazione del Consiglio Comunale n. 118 del 19/12/2024, di approvazione del bilancio di "
    "previsione 2025-2027;<br/>– la deliberazione della Giunta Comunale n. 3 del 14/01/2025, di approvazione del Piano "
    "Esecutivo di Gestione 2025-2027;<br/>– il decreto sindacale n. 41 del 30/12/2024, di conferimento dell'incarico "
    "dirigenziale del Settore A6;",
    "Premesso che il D.P.R. 30 aprile 1999, n. 162, impone al proprietario degli impianti elevatori di sottoporli "
    "a verifica periodica biennale da parte di un organismo notificato, e che il patrimonio comunale conta "
    "ventisei impianti installati in scuole, uffici e impianti sportivi;",
    "Dato atto che il contratto in essere scade il 31/12/2025 e che si rende pertanto necessario provvedere a un "
    "nuovo affidamento;",
    "Visto il preventivo presentato dalla società Emilia Verifiche S.r.l., con sede in Reggio Emilia, via dell'Aeronautica "
    "n. 8, P.IVA 02874410359, acquisito al protocollo n. 71405 del 22/09/2025, per l'importo di € 9.360,00 oltre IVA;",
    "Ritenuto il prezzo congruo in relazione ai valori di mercato e ai prezzi praticati nel precedente affidamento;",
    "Accertata la regolarità contributiva dell'operatore economico mediante DURC on line prot. INAIL_50213388;",
    "Visti il D.Lgs. n. 267/2000 e il D.Lgs. n. 36/2023;"]:
    s.append(Paragraph(p, b))
s.append(Paragraph("DETERMINA", c))
for i, p in enumerate([
    "di affidare alla società Emilia Verifiche S.r.l. il servizio di verifica periodica degli impianti elevatori "
    "negli edifici comunali per il biennio 2026-2027, per l'importo di € 9.360,00 oltre IVA al 22%, per complessivi "
    "€ 11.419,20;",
    "di impegnare la spesa di € 5.709,60 sul capitolo 1340/65 del bilancio 2026 e di € 5.709,60 sul medesimo "
    "capitolo del bilancio 2027;",
    "di dare atto che il Responsabile Unico del Progetto è il geom. Davide Malagoli;",
    "di stipulare il contratto mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, "
    "del D.Lgs. n. 36/2023;",
    "di pubblicare il presente provvedimento nella sezione Amministrazione Trasparente del sito istituzionale."], 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
s.append(Spacer(1, 6*mm))
s.append(Paragraph("Il Dirigente del Settore A6<br/>Ing. Paola Benatti<br/><font size=7>(documento firmato "
                   "digitalmente)</font>", ParagraphStyle("sg", parent=b, alignment=TA_CENTER, leftIndent=90*mm)))
s.append(Spacer(1, 8*mm))
s.append(KeepTogether([Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", c),
                       Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità "
                                 "contabile attestante la copertura finanziaria della spesa. Impegni n. 214/2026 e n. 61/2027.", b),
                       Paragraph("Carpi, 06/10/2025 – Il Dirigente del Settore Finanze, Dott. Stefano Righi", b)]))
doc = SimpleDocTemplate(out("determina-carpi-labels.pdf"), pagesize=A4, leftMargin=18*mm, rightMargin=18*mm,
                        topMargin=28*mm, bottomMargin=18*mm)
doc.build(s, canvasmaker=NC)
