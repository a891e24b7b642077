# Giunta deliberation of Lama Mocogno (MO): ReportLab platypus, justified paragraphs (Tw), roll table P/A + videoconference
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", F + "LiberationSerif-Italic.ttf"))
B = ParagraphStyle("b", fontName="LS", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="LSB")
H = ParagraphStyle("h", parent=C, fontSize=15, leading=19)
S = ParagraphStyle("s", parent=B, fontSize=8.5, leading=10, alignment=TA_CENTER, fontName="LSI")
def head(c, d):
    c.saveState(); c.setFont("LSI", 8); c.drawString(56, 30, "Comune di Lama Mocogno - Deliberazione G.C. n. 31 del 24.03.2026")
    c.drawRightString(540, 30, "pag. %d" % d.page); c.restoreState()
st = [Paragraph("COMUNE DI LAMA MOCOGNO", H), Paragraph("Provincia di Modena", S),
 Paragraph("Piazza Arrigo Ferrari, 1 – 41023 Lama Mocogno (MO)", S), Spacer(1, 10),
 Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", C),
 Paragraph("n. 31 del 24.03.2026", C), Spacer(1, 6),
 Paragraph("<i>Proposta n. 38 del 19.03.2026 – Ufficio proponente: Area Tecnica – Lavori Pubblici</i>", B),
 Paragraph("<b>OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE MOCOGNO – PIANO DEL PRETE – CUP H47H26000120004.</b>", B),
 Paragraph("L’anno duemilaventisei, addì ventiquattro del mese di marzo alle ore 12:30, nella Sala della Giunta del Palazzo municipale e in modalità telematica ai sensi del Regolamento per lo svolgimento delle sedute in videoconferenza, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", B)]
rows = [["Cognome e nome", "Carica", "P/A", "In videoconferenza"],
 ["MAGNANI GIAN DOMENICO", "Sindaco", "A", ""],
 ["TOGNARELLI SILVIA", "Vice Sindaco", "P", ""],
 ["BONUCCHI MARCO", "Assessore", "P", "X"],
 ["FERRARI ELENA", "Assessore esterno", "P", ""],
 ["GALLI DAVIDE", "Assessore", "A", ""]]
t = Table(rows, colWidths=[170, 120, 50, 110])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 10), ("FONT", (0, 0), (-1, 0), "LSB", 10),
 ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
 ("ALIGN", (2, 0), (-1, -1), "CENTER")]))
st += [t, Spacer(1, 4), Paragraph("Presenti: 3 &nbsp;&nbsp;&nbsp; Assenti: 2 (giustificati)", B),
 Paragraph("Assume la presidenza la Vice Sindaco Silvia Tognarelli, in assenza del Sindaco. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario Generale Dott.ssa Paola Morandi. L’Assessore Bonucchi partecipa collegato in videoconferenza; la Segretaria ne ha accertato l’identità e la possibilità di intervenire e votare.", B),
 Paragraph("LA GIUNTA COMUNALE", C),
 Paragraph("PREMESSO che la strada comunale Mocogno – Piano del Prete presenta, a seguito degli eventi meteorologici dell’inverno 2025-2026, cedimenti della scarpata di valle e dissesti della pavimentazione che ne compromettono la sicurezza della circolazione;", B),
 Paragraph("VISTO il progetto di fattibilità tecnico-economica redatto dall’Area Tecnica, dell’importo complessivo di € 185.000,00, di cui € 142.300,00 per lavori e oneri della sicurezza, trasmesso in data 16 marzo 2026;", B),
 Paragraph("DATO ATTO che l’intervento è previsto nel Programma triennale dei lavori pubblici 2026-2028 ed è finanziato con contributo regionale e con fondi propri di bilancio;", B),
 Paragraph("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000;", B),
 Paragraph("Con voti unanimi e favorevoli espressi in forma palese, anche da parte dell’Assessore collegato in videoconferenza,", B),
 Paragraph("DELIBERA", C),
 Paragraph("1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale Mocogno – Piano del Prete, dell’importo complessivo di € 185.000,00;", B),
 Paragraph("2. di dare atto che la spesa trova copertura al capitolo 2810/10 del bilancio di previsione 2026-2028, annualità 2026;", B),
 Paragraph("3. di nominare Responsabile unico del progetto il Geom. Stefano Pedroni, Responsabile dell’Area Tecnica;", B),
 Paragraph("4. di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti.", B),
 Paragraph("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di avviare la progettazione esecutiva.", B),
 Spacer(1, 14)]
sig = Table([["LA VICE SINDACO", "IL SEGRETARIO GENERALE"], ["Silvia Tognarelli", "Dott.ssa Paola Morandi"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[225, 225])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
st.append(sig)
SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=50,
 title="Delibera GC 31/2026", author="Comune di Lama Mocogno").build(st, onFirstPage=head, onLaterPages=head)
