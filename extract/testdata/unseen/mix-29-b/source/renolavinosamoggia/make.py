# Unione dei Comuni Valli del Reno, Lavino e Samoggia - determinazione dirigenziale 118/2026,
# in the layout of an Unione's "Gestione Atti" print (running head with number, proposal line, numbered dispositive).
# ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("Carlito", FD + "crosextra/Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-B", FD + "crosextra/Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-I", FD + "crosextra/Carlito-Italic.ttf"))

W, H = A4
body = ParagraphStyle("b", fontName="Carlito", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
bc = ParagraphStyle("bc", parent=body, fontName="Carlito-B", alignment=TA_CENTER, spaceBefore=8, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
pt = ParagraphStyle("pt", parent=body, leftIndent=16, firstLineIndent=-16)

def furniture(c, doc):
    c.saveState()
    # running head: body name left, act number right
    c.setFont("Carlito-B", 9)
    c.drawString(20*mm, H-14*mm, "UNIONE DEI COMUNI VALLI DEL RENO, LAVINO E SAMOGGIA")
    c.setFont("Carlito", 9)
    c.drawRightString(W-18*mm, H-14*mm, "Determinazione dirigenziale n. 118 del 06/03/2026")
    c.setStrokeColor(colors.HexColor("#2e5c8a")); c.setLineWidth(1.2)
    c.line(20*mm, H-16*mm, W-18*mm, H-16*mm)
    c.setFont("Carlito-I", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20*mm, 12*mm, "Comuni di Casalecchio di Reno, Monte San Pietro, Sasso Marconi, Valsamoggia, Zola Predosa – Città metropolitana di Bologna")
    c.drawRightString(W-18*mm, 12*mm, "pagina %d" % doc.page)
    c.restoreState()

doc = BaseDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=18*mm, topMargin=22*mm, bottomMargin=20*mm,
                      title="Determinazione dirigenziale n. 118/2026", author="Unione dei Comuni Valli del Reno, Lavino e Samoggia",
                      creator="Gestione Atti")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")], onPage=furniture)])
S = []
grid = Table([
    [Paragraph("<b>AREA ORGANIZZAZIONE E RISORSE UMANE</b>", body), Paragraph("<b>DETERMINAZIONE DIRIGENZIALE</b>", ParagraphStyle("x", parent=body, alignment=TA_RIGHT))],
    [Paragraph("Servizio Gestione Giuridica del Personale", body), Paragraph("N. <b>118</b> del <b>06/03/2026</b>", ParagraphStyle("y", parent=body, alignment=TA_RIGHT))],
    [Paragraph("Proposta n. 302 del 05/03/2026", small), Paragraph("Classificazione: 03.01 – Fascicolo 2025/41", ParagraphStyle("z", parent=small, alignment=TA_RIGHT))],
], colWidths=[95*mm, 77*mm])
grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2e5c8a")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3ecf5")),
                          ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S += [grid, Spacer(1, 8)]
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>Approvazione della graduatoria finale del concorso pubblico, per esami, per la copertura di n. 3 posti di Istruttore Amministrativo (Area degli Istruttori) a tempo pieno e indeterminato presso i Comuni di Sasso Marconi e Zola Predosa.</b>", body)]],
            colWidths=[22*mm, 150*mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
S += [ogg, Spacer(1, 6), Paragraph("IL DIRIGENTE", bc)]
for s in [
    "Richiamati la convenzione per il conferimento all’Unione della funzione di gestione del personale e il decreto del Presidente dell’Unione n. 4 del 10/01/2026, di conferimento dell’incarico dirigenziale dell’Area Organizzazione e Risorse Umane;",
    "Premesso che con determinazione dirigenziale n. 612 del 21/10/2025 è stato indetto il concorso pubblico, per esami, per la copertura di n. 3 posti di Istruttore Amministrativo, di cui n. 2 presso il Comune di Sasso Marconi e n. 1 presso il Comune di Zola Predosa;",
    "Dato atto che la Commissione esaminatrice, nominata con determinazione n. 25 del 20/01/2026, ha concluso i propri lavori in data 26/02/2026 e ha trasmesso i verbali delle sedute, dai quali risultano n. 14 candidati idonei;",
    "Verificata la regolarità del procedimento e l’applicazione delle preferenze a parità di punteggio di cui all’art. 5 del D.P.R. 487/1994;",
    "Visti il D.Lgs. 165/2001, il D.P.R. 487/1994 e il vigente Regolamento sull’accesso agli impieghi dell’Unione;",
    "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. 267/2000;"]:
    S.append(Paragraph(s, body))
S.append(Paragraph("DETERMINA", bc))
for i, s in enumerate([
    "di approvare i verbali della Commissione esaminatrice e la graduatoria finale di merito del concorso in oggetto, allegata al presente atto quale parte integrante (Allegato A);",
    "di dichiarare vincitori, nell’ordine di graduatoria, i candidati classificati ai primi tre posti, da assegnare ai Comuni di Sasso Marconi (1° e 2° classificato) e Zola Predosa (3° classificato);",
    "di dare atto che la graduatoria rimane valida per due anni dalla data di pubblicazione e potrà essere utilizzata dai Comuni aderenti all’Unione secondo le modalità previste dal Regolamento;",
    "di pubblicare la graduatoria all’Albo Pretorio on line e nella sezione “Amministrazione Trasparente – Bandi di concorso” del sito istituzionale dell’Unione."], 1):
    S.append(Paragraph(f"{i}.&nbsp;&nbsp;{s}", pt))
S.append(Paragraph("Il presente provvedimento non comporta impegno di spesa e diviene esecutivo con la sottoscrizione.", body))
S.append(Spacer(1, 14))
sig = Table([["", Paragraph("Casalecchio di Reno, 06/03/2026<br/><b>Il Dirigente</b><br/>Dott.ssa Chiara Masetti<br/><font size=8><i>(sottoscritto digitalmente ai sensi dell’art. 21 del D.Lgs. 82/2005)</i></font>", ParagraphStyle("sg", parent=body, alignment=TA_CENTER))]], colWidths=[85*mm, 87*mm])
S.append(KeepTogether([sig]))
doc.build(S)
