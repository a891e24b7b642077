# Consorzio della Bonificazione Umbra - Deputazione Amministrativa: reportlab platypus;
# justified paragraphs (each line its own Tw), letterhead and headings letter-spaced with Tc.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
W, H = A4
def spaced(c, x, y, text, font, size, cs, centre=True):
    c.setFont(font, size)
    t = c.beginText(); t.setCharSpace(cs)
    w = c.stringWidth(text, font, size) + cs * (len(text) - 1)
    t.setTextOrigin(x - w / 2 if centre else x, y); t.textOut(text); c.drawText(t)
def first(c, d):
    c.saveState()
    c.setFillColorRGB(0.1, 0.35, 0.55)
    spaced(c, W / 2, H - 58, "CONSORZIO DELLA BONIFICAZIONE UMBRA", "Times-Bold", 15, 1.6)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    spaced(c, W / 2, H - 73, "Ente di diritto pubblico economico – L.R. Umbria 30/2004", "Times-Italic", 9.5, 0.4)
    spaced(c, W / 2, H - 85, "Via Arco di Druso, 37 – 06049 Spoleto (PG) – bonificazioneumbra@pec.it", "Times-Roman", 9, 0.3)
    c.setStrokeColorRGB(0.1, 0.35, 0.55); c.line(60, H - 93, W - 60, H - 93)
    foot(c, d); c.restoreState()
def foot(c, d):
    c.setFont("Times-Roman", 8); c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawCentredString(W / 2, 30, f"Deputazione Amministrativa – deliberazione n. 31 del 16 aprile 2026 – pag. {d.page}")
def later(c, d):
    c.saveState(); foot(c, d); c.restoreState()
b = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.8, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName="Times-Bold")
hd = ParagraphStyle("h", parent=ctr, fontSize=12.5, leading=16)
class Spaced(Paragraph):
    pass
S = []
S.append(Paragraph("ESTRATTO DAL VERBALE DELLA DEPUTAZIONE AMMINISTRATIVA", hd))
S.append(Paragraph("Seduta del 16 aprile 2026 – Deliberazione n. 31", ctr))
S.append(Spacer(1, 8))
t = Table([[Paragraph("<b>OGGETTO:</b>", b), Paragraph("<b>Programma degli interventi di manutenzione ordinaria dei corsi d'acqua e delle opere di bonifica del comprensorio – anno 2026. Approvazione ed autorizzazione alla spesa.</b>", b)]], colWidths=[84, 386])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e4edf4"))]))
S.append(t); S.append(Spacer(1, 8))
for p in [
 "L'anno 2026, il giorno 16 del mese di aprile, alle ore 10:00, presso la sede consortile di Spoleto, a seguito di regolare convocazione, si è riunita la Deputazione Amministrativa del Consorzio nelle persone dei signori: Francesco Lucarelli, Presidente, presente; Giovanna Pambianco, Vice Presidente, presente; Luciano Bartolini, componente, presente; Raffaella Caponi, componente, assente giustificata; Gianni Moscatelli, componente, presente.",
 "È presente il Revisore unico dott. Antonio Santarelli. Svolge le funzioni di Segretario il Direttore Generale del Consorzio, ing. Candia Marcucci, che redige il presente verbale.",
 "Il Presidente, riconosciuta la validità della seduta, invita la Deputazione a deliberare sull'argomento in oggetto.",
]: S.append(Paragraph(p, b))
S.append(Spacer(1, 4)); S.append(Paragraph("LA DEPUTAZIONE AMMINISTRATIVA", hd))
for p in [
 "<b>Visto</b> lo Statuto consortile e in particolare l'art. 22, che attribuisce alla Deputazione Amministrativa l'approvazione dei programmi annuali di manutenzione delle opere pubbliche di bonifica;",
 "<b>Visto</b> il Piano di classifica degli immobili per il riparto degli oneri consortili e il Bilancio di previsione 2026, approvato dall'Assemblea con deliberazione n. 9 del 19 dicembre 2025;",
 "<b>Vista</b> la relazione dell'Area Tecnica del 9 aprile 2026, che individua 46 interventi di sfalcio, decespugliamento, risagomatura e rimozione di materiale sedimentato sui corsi d'acqua dei bacini del Topino, del Marroggia, del Clitunno e del Teverone, per un importo complessivo di euro 1.184.500,00;",
 "<b>Ritenuto</b> di approvare il programma, ripartendo gli interventi tra esecuzione in amministrazione diretta e affidamento a operatori economici secondo il D.Lgs. n. 36/2023;",
 "<b>Sentito</b> il parere favorevole del Direttore Generale in ordine alla regolarità tecnica e amministrativa;",
 "all'unanimità dei voti espressi in forma palese,",
]: S.append(Paragraph(p, b))
S.append(Paragraph("D E L I B E R A", hd))
for i, p in enumerate([
 "di approvare il Programma degli interventi di manutenzione ordinaria dei corsi d'acqua e delle opere di bonifica per l'anno 2026, allegato alla presente quale parte integrante;",
 "di autorizzare la spesa complessiva di euro 1.184.500,00, che trova copertura sui capitoli 410 e 415 del Bilancio di previsione 2026;",
 "di incaricare il Direttore Generale dell'adozione degli atti di affidamento e di gestione conseguenti;",
 "di dichiarare la presente deliberazione immediatamente esecutiva, stante l'approssimarsi della stagione vegetativa.",
], 1): S.append(Paragraph(f"{i}) {p}", ParagraphStyle("p", parent=b, leftIndent=18, firstLineIndent=-18)))
S.append(Spacer(1, 14))
sig = Table([[Paragraph("<b>IL SEGRETARIO</b><br/>Il Direttore Generale<br/>f.to ing. Candia Marcucci", ctr), Paragraph("<b>IL PRESIDENTE</b><br/>f.to Francesco Lucarelli", ctr)]], colWidths=[235, 235])
S.append(sig)
S.append(Spacer(1, 14))
S.append(Paragraph("<font size=9>Pubblicata all'Albo consortile on line dal 17 aprile 2026 per quindici giorni consecutivi.</font>", b))
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=62, rightMargin=62, topMargin=106, bottomMargin=48,
    title="Deputazione Amministrativa - delibera 31/2026", author="Consorzio della Bonificazione Umbra", creator="Civilia Next - Dedagroup")
doc.build(S, onFirstPage=first, onLaterPages=later)
