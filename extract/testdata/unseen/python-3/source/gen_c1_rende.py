"""C1: Consiglio, Rende. ReportLab platypus, DejaVu Sans embedded.
Imitates an 'ADS'-style printout: session banner, number and date on one line
(dd-mm-yyyy), attendance table with P/A letters and roles, vote with counts in
prose (majority, an abstention), immediate executivity with its own counts."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import register_dejavu

register_dejavu("DejaVuSans")
F, FB, FI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Italic"
OUT = "consiglio-rende-pa-letters.pdf"


def first(c, d):
    c.saveState()
    c.setFont(F, 7)
    c.drawString(16 * mm, 10 * mm, "Documento firmato digitalmente ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005")
    c.drawRightString(A4[0] - 16 * mm, 10 * mm, "%d" % d.page)
    c.restoreState()


def later(c, d):
    c.saveState()
    c.setFont(FI, 7.5)
    c.drawString(16 * mm, A4[1] - 11 * mm, "Delibera C.C. n. 64 del 28-11-2024")
    c.drawRightString(A4[0] - 16 * mm, A4[1] - 11 * mm, "Comune di Rende")
    c.restoreState()
    first(c, d)


ctr = ParagraphStyle("c", fontName=F, fontSize=8.5, alignment=TA_CENTER, leading=11)
big = ParagraphStyle("b", fontName=FB, fontSize=15, alignment=TA_CENTER, leading=19)
h = ParagraphStyle("h", fontName=FB, fontSize=10.5, alignment=TA_CENTER, leading=14, spaceBefore=4, spaceAfter=5)
body = ParagraphStyle("x", fontName=F, fontSize=9, alignment=TA_JUSTIFY, leading=12, spaceAfter=4)
obj = ParagraphStyle("o", fontName=FB, fontSize=9.5, alignment=TA_JUSTIFY, leading=12.5, leftIndent=58, firstLineIndent=-58)
pt = ParagraphStyle("p", parent=body, leftIndent=14, firstLineIndent=-14)

S = [Paragraph("COMUNE DI RENDE", big), Paragraph("Provincia di Cosenza", ctr), Spacer(1, 10)]
ban = Table([["DELIBERAZIONE DEL CONSIGLIO COMUNALE"], ["N. 64 del 28-11-2024"]], colWidths=[120 * mm])
ban.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 12), ("FONT", (0, 1), (-1, 1), FB, 11),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
S += [ban, Spacer(1, 4), Paragraph("Sessione ordinaria - Seduta pubblica di prima convocazione", ctr), Spacer(1, 10),
      Paragraph("OGGETTO: Regolamento comunale per l'applicazione del canone patrimoniale di concessione, "
                "autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27.", obj),
      Spacer(1, 10),
      Paragraph("L'anno duemilaventiquattro, il giorno ventotto del mese di novembre, alle ore 18:00, nella "
                "sala consiliare \"Pietro Bucci\" del Palazzo Comunale, convocato con avviso prot. n. 61532 "
                "del 21-11-2024 ritualmente notificato, si è riunito il Consiglio Comunale. All'appello "
                "risultano:", body)]
mem = [("CURCIO GIANLUCA", "Sindaco", "P"), ("GAROFALO FRANCESCA", "Presidente del Consiglio", "P"),
       ("AIELLO MARCO", "Consigliere", "P"), ("BRUNO TERESA", "Consigliere", "P"),
       ("COSENTINO DAVIDE", "Consigliere", "A"), ("DE ROSE ILARIA", "Consigliere", "P"),
       ("FERRARO LUIGI", "Consigliere", "P"), ("GALLO PASQUALE", "Consigliere", "P"),
       ("GRECO ANNALISA", "Consigliere", "P"), ("LUCENTE FRANCESCO", "Consigliere", "A"),
       ("MAZZEI CHIARA", "Consigliere", "P"), ("MORRONE ANTONIO", "Consigliere", "P"),
       ("PERRI SIMONA", "Consigliere", "P"), ("RUSSO GIUSEPPE", "Consigliere", "P"),
       ("SPADAFORA ELENA", "Consigliere", "A"), ("TALARICO VINCENZO", "Consigliere", "P"),
       ("VENTURA MARIO", "Consigliere", "P")]
rows = [["N.", "Cognome e nome", "Qualifica", "P/A"]]
for i, (n, r, p) in enumerate(mem, 1):
    rows.append([str(i), n, r, p])
t = Table(rows, colWidths=[10 * mm, 62 * mm, 52 * mm, 14 * mm], rowHeights=[5.2 * mm] * len(rows))
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                       ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("ALIGN", (3, 0), (3, -1), "CENTER"),
                       ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S += [t, Spacer(1, 4), Paragraph("Presenti n. 14 &nbsp;&nbsp; Assenti n. 3", ParagraphStyle("r", parent=body, alignment=TA_CENTER)),
      Paragraph("Presiede la seduta il Presidente del Consiglio Comunale, Avv. Francesca Garofalo.", body),
      Paragraph("Partecipa, con funzioni di assistenza giuridico-amministrativa e di verbalizzazione, il "
                "Segretario Generale Dott.ssa Rosanna Cribari.", body),
      Paragraph("Il Presidente, riconosciuta la legalità dell'adunanza, introduce l'argomento iscritto al "
                "punto 4 dell'ordine del giorno.", body),
      Paragraph("IL CONSIGLIO COMUNALE", h)]
for p in [
    "Premesso che l'art. 1, commi da 816 a 836, della Legge 27 dicembre 2019, n. 160, ha istituito il canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, e che il relativo regolamento "
    "comunale è stato approvato con deliberazione consiliare n. 18 del 29-03-2021;",
    "Rilevata l'esigenza, emersa nel corso dell'attività di accertamento del Settore Tributi, di chiarire la "
    "disciplina delle occupazioni temporanee per manifestazioni a carattere culturale e sportivo (art. 12), "
    "di aggiornare le ipotesi di riduzione per le attività commerciali interessate da cantieri pubblici di "
    "durata superiore a sei mesi (art. 18) e di semplificare il procedimento di rateizzazione (art. 27);",
    "Udita la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri, integralmente riportati "
    "nel resoconto della seduta conservato agli atti;",
    "Visto il parere favorevole della II Commissione consiliare permanente, espresso nella seduta del "
    "19-11-2024, nonché il parere dell'Organo di revisione economico-finanziaria (verbale n. 41/2024);",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, astenuti n. 1 "
    "(Gallo), voti favorevoli n. 9, voti contrari n. 4 (Aiello, Bruno, Perri, Ventura);",
]:
    S.append(Paragraph(p, body))
S.append(Paragraph("DELIBERA", h))
for p in [
    "1. di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per l'applicazione del "
    "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato "
    "nell'allegato \"A\" che costituisce parte integrante del presente atto;",
    "2. di stabilire che le modifiche entrano in vigore dal 1° gennaio 2025;",
    "3. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il "
    "Portale del federalismo fiscale, nei termini di legge.",
]:
    S.append(Paragraph(p, pt))
S += [Spacer(1, 3),
      Paragraph("Successivamente, su proposta del Presidente, con voti favorevoli n. 9, contrari n. 4, astenuti "
                "n. 1, resi per alzata di mano, il Consiglio Comunale dichiara il presente atto immediatamente "
                "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body),
      Spacer(1, 14)]
sg = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
            ["Avv. Francesca Garofalo", "Dott.ssa Rosanna Cribari"]], colWidths=[88 * mm, 88 * mm])
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 8.5), ("FONT", (0, 1), (-1, 1), F, 9),
                        ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(sg)
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                        title="Delibera CC 64/2024")
doc.build(S, onFirstPage=first, onLaterPages=later)
print("wrote", OUT)
