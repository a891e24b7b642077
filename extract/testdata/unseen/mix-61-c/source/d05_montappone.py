# Avviso in two columns - Comune di Montappone (FM). ReportLab platypus, BaseDocTemplate with
# a full-width head frame, two column frames and a full-width foot frame (the text flows
# down the left column, then the right one).
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSansB", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSansI", L + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSerifB", L + "LiberationSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSansB"); addMapping("LSans", 0, 1, "LSansI")
W, H = A4
GREEN = colors.HexColor("#2e6b30")
body = ParagraphStyle("b", fontName="LSans", fontSize=9.6, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=5)
h = ParagraphStyle("h", fontName="LSansB", fontSize=10, leading=13, textColor=GREEN, spaceBefore=4, spaceAfter=3, keepWithNext=1)
bul = ParagraphStyle("u", parent=body, leftIndent=9, bulletIndent=0, spaceAfter=2)

def page(c, doc):
    c.saveState()
    c.setFillColor(GREEN); c.rect(18*mm, H - 40*mm, 14*mm, 20*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("LSerifB", 16); c.drawCentredString(25*mm, H - 32*mm, "M")
    c.setFillColor(colors.black); c.setFont("LSerifB", 19); c.drawString(36*mm, H - 27*mm, "COMUNE DI MONTAPPONE")
    c.setFont("LSans", 9.5); c.drawString(36*mm, H - 32.5*mm, "Provincia di Fermo")
    c.setFont("LSans", 8); c.drawString(36*mm, H - 37*mm, "Via Roma, 13 – 63835 Montappone (FM) – Tel. 0734 760426 – www.comune.montappone.fm.it")
    c.setStrokeColor(GREEN); c.setLineWidth(1.5); c.line(18*mm, H - 42*mm, W - 18*mm, H - 42*mm)
    c.setLineWidth(0.4); c.line(W/2, 62*mm, W/2, H - 92*mm)
    c.setFont("LSans", 7); c.setFillColor(colors.grey)
    c.drawCentredString(W/2, 10*mm, "Comune di Montappone – Area Tecnica – Servizio Ambiente e Igiene Urbana – ambiente@comune.montappone.fm.it")
    c.restoreState()

class Doc(BaseDocTemplate):
    pass
doc = Doc(sys.argv[1], pagesize=A4, title="Avviso raccolta differenziata", author="Comune di Montappone",
          creator="Microsoft Publisher 2019", leftMargin=18*mm, rightMargin=18*mm)
fw = W - 36*mm; gap = 8*mm; cw = (fw - gap) / 2
frames = [Frame(18*mm, H - 92*mm, fw, 48*mm, id="head", showBoundary=0),
          Frame(18*mm, 60*mm, cw, H - 152*mm, id="left"),
          Frame(18*mm + cw + gap, 60*mm, cw, H - 152*mm, id="right"),
          Frame(18*mm, 14*mm, fw, 45*mm, id="foot")]
doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=page)])
S = []
S.append(Paragraph("AREA TECNICA – Servizio Ambiente e Igiene Urbana", ParagraphStyle("a", fontName="LSansB", fontSize=10, leading=13)))
S.append(Spacer(1, 5*mm))
S.append(Paragraph("AVVISO", ParagraphStyle("t", fontName="LSansB", fontSize=30, leading=34, alignment=TA_CENTER, textColor=GREEN)))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("NUOVO CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA DAL 18 MAGGIO 2026",
                   ParagraphStyle("s", fontName="LSansB", fontSize=12.5, leading=16, alignment=TA_CENTER)))
S.append(FrameBreak())
P = lambda t: S.append(Paragraph(t, body))
S.append(Paragraph("Cosa cambia", h))
P("Si informa la cittadinanza che, a seguito del nuovo contratto di servizio stipulato con il gestore e dell’avvio della raccolta congiunta con i Comuni di Massa Fermana e Monte Vidon Corrado, a decorrere da <b>lunedì 18 maggio 2026</b> entra in vigore il nuovo calendario della raccolta differenziata porta a porta su tutto il territorio comunale, comprese le contrade e le case sparse.")
P("I contenitori devono essere esposti davanti alla propria abitazione <b>entro le ore 6:00</b> del giorno di raccolta, oppure dopo le ore 21:00 del giorno precedente, e ritirati entro la sera dello stesso giorno.")
S.append(Paragraph("Giorni di raccolta", h))
for t in ["<b>Lunedì</b>: organico (bidoncino marrone);", "<b>Martedì</b>: plastica e metalli (sacco giallo);",
          "<b>Mercoledì</b>: carta e cartone (mastello blu);", "<b>Giovedì</b>: organico (bidoncino marrone);",
          "<b>Venerdì</b>: indifferenziato (mastello grigio);", "<b>Sabato</b>: vetro (mastello verde), a settimane alterne."]:
    S.append(Paragraph(t, bul, bulletText="•"))
S.append(Spacer(1, 3))
P("Le utenze con bambini fino a 3 anni o con persone che utilizzano presidi sanitari possono richiedere il ritiro aggiuntivo dei pannolini e pannoloni il mercoledì, presentando domanda all’Ufficio Ambiente.")
S.append(Paragraph("Distribuzione dei nuovi contenitori", h))
P("I nuovi mastelli dotati di codice identificativo saranno consegnati gratuitamente presso il Centro Polivalente di Via Regina Margherita nei giorni <b>lunedì 11, mercoledì 13 e venerdì 15 maggio 2026</b>, dalle ore 9:00 alle ore 12:30 e dalle ore 15:00 alle ore 18:00. Il ritiro può essere effettuato dall’intestatario della TARI o da persona delegata, munita di documento di identità e copia dell’ultimo avviso di pagamento.")
S.append(Paragraph("Centro di raccolta", h))
P("Il centro di raccolta comunale in località Contrada Fonte Vecchia resta aperto il martedì e il sabato dalle ore 8:30 alle ore 12:30. Vi si possono conferire gratuitamente ingombranti, sfalci e potature, oli vegetali esausti, pile, farmaci scaduti e apparecchiature elettriche ed elettroniche.")
S.append(Paragraph("Sanzioni", h))
P("Il conferimento di rifiuti non conformi o al di fuori degli orari stabiliti è punito con le sanzioni previste dal Regolamento comunale di igiene urbana. Il servizio di Polizia Locale effettuerà controlli anche mediante le telecamere installate nei pressi delle isole ecologiche.")
P("Per informazioni è possibile rivolgersi all’Ufficio Ambiente del Comune, nei giorni di apertura al pubblico, oppure al numero verde del gestore 800 213 955.")
S.append(FrameBreak())
S.append(Spacer(1, 6*mm))
S.append(Table([["Montappone, 7 maggio 2026", "IL RESPONSABILE DELL’AREA TECNICA"], ["", "Geom. Sauro Vallesi"]],
               colWidths=[fw/2, fw/2], style=TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.6), ("FONT", (1, 0), (1, 0), "LSansB", 9.6),
                                                          ("ALIGN", (1, 0), (1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (0, -1), 0)])))
doc.build(S)
