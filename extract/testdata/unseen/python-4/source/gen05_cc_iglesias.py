# Consiglio Comunale di Iglesias (SU) - ReportLab platypus, DejaVu Sans embedded.
# 17 members in a two-column roll call (read row by row), majority vote with counts,
# President of the Council presiding, immediately executive by a second vote.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from common_rl import register_dejavu

F, FB, FI, FBI = register_dejavu("DejaVuSans")
OUT = "cc-iglesias-regolamento-tari.pdf"

body = ParagraphStyle("b", fontName=F, fontSize=9.3, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
num = ParagraphStyle("n", parent=body, leftIndent=16, firstLineIndent=-16)


def deco(canv, doc):
    canv.saveState()
    W, H = A4
    canv.setFont(FB, 8)
    canv.drawRightString(W - 18 * mm, H - 12 * mm, "COPIA")
    if doc.page == 1:
        canv.setFont(FB, 15)
        canv.drawCentredString(W / 2, H - 22 * mm, "COMUNE DI IGLESIAS")
        canv.setFont(F, 9)
        canv.drawCentredString(W / 2, H - 27 * mm, "Provincia del Sud Sardegna")
    else:
        canv.setFont(FI, 8)
        canv.drawString(18 * mm, H - 14 * mm, "Comune di Iglesias – Deliberazione del Consiglio Comunale n. 38 del 28/11/2025")
    canv.setFont(F, 7)
    canv.drawString(18 * mm, 11 * mm, "Copia conforme all’originale informatico sottoscritto con firma digitale")
    canv.drawRightString(W - 18 * mm, 11 * mm, "Pagina %d" % doc.page)
    canv.restoreState()


s = []
s.append(Paragraph("<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", ParagraphStyle("t", parent=cen, fontSize=12, leading=15)))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>N. 38 del 28/11/2025</b>", ParagraphStyle("t2", parent=cen, fontSize=11, leading=14)))
s.append(Spacer(1, 4 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
              Paragraph("<b>MODIFICA DEL REGOLAMENTO PER L’APPLICAZIONE DELLA TASSA SUI RIFIUTI (TARI). "
                        "APPROVAZIONE.</b>", body)]], colWidths=[24 * mm, 150 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(ogg)
s.append(Spacer(1, 4 * mm))
s.append(Paragraph(
    "L’anno duemilaventicinque, il giorno ventotto del mese di novembre, alle ore 17:30, nella sala consiliare del "
    "Palazzo Municipale, a seguito di convocazione disposta dal Presidente del Consiglio con avviso prot. n. 51204 "
    "del 21/11/2025, si è riunito il Consiglio Comunale in sessione straordinaria, seduta pubblica di prima "
    "convocazione. Eseguito l’appello nominale, risultano:", body))

members = [("PINNA MAURO", "Sindaco", "P"), ("CORDA ALESSANDRA", "Presidente", "P"),
           ("MELIS FRANCESCO", "Consigliere", "P"), ("SERRA ROBERTA", "Consigliere", "P"),
           ("ATZENI GIOVANNI", "Consigliere", "A"), ("LOI MARIA GRAZIA", "Consigliere", "P"),
           ("CARTA EFISIO", "Consigliere", "P"), ("MURGIA VALENTINA", "Consigliere", "P"),
           ("PORCU STEFANO", "Consigliere", "P"), ("SANNA IGNAZIO", "Consigliere", "A"),
           ("FADDA LAURA", "Consigliere", "P"), ("CONGIU PAOLO", "Consigliere", "P"),
           ("DEIANA CRISTINA", "Consigliere", "P"), ("USAI ANTONELLO", "Consigliere", "P"),
           ("MASCIA FEDERICA", "Consigliere", "P"), ("ORRÙ DANIELE", "Consigliere", "P"),
           ("SCANU ROBERTO", "Consigliere", "P")]
rows = [["Nominativo", "Carica", "P/A", "", "Nominativo", "Carica", "P/A"]]
for i in range(0, len(members), 2):
    a = members[i]
    b = members[i + 1] if i + 1 < len(members) else ("", "", "")
    rows.append([a[0], a[1], a[2], "", b[0], b[1], b[2]])
t = Table(rows, colWidths=[43 * mm, 24 * mm, 10 * mm, 6 * mm, 43 * mm, 24 * mm, 10 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), FB, 8),
    ("FONT", (0, 1), (-1, -1), F, 8.3),
    ("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (6, 0), (6, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (2, 0), 0.5, colors.black), ("LINEBELOW", (4, 0), (6, 0), 0.5, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
]))
s.append(t)
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>Presenti n. 15 – Assenti n. 2</b> (Atzeni, Sanna).", body))
s.append(Paragraph(
    "Presiede la seduta la Presidente del Consiglio, Sig.ra Alessandra Corda. Partecipa il Segretario Generale, "
    "Dott. Giampaolo Fois, con funzioni consultive, referenti e di assistenza e di verbalizzazione, ai sensi "
    "dell’art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000.", body))
s.append(Paragraph(
    "La Presidente, accertato il numero legale, dichiara aperta la discussione sul punto n. 3 all’ordine del "
    "giorno. Illustra la proposta l’Assessore al Bilancio, Dott.ssa Michela Aresu. Intervengono i Consiglieri "
    "Scanu e Usai; gli interventi sono riportati nella registrazione integrale della seduta, conservata agli atti.",
    body))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>IL CONSIGLIO COMUNALE</b>", cen))
for p in [
    "PREMESSO che l’art. 1, commi 639 e seguenti, della Legge 27 dicembre 2013, n. 147, ha istituito la tassa sui "
    "rifiuti (TARI) a copertura integrale dei costi del servizio di raccolta e smaltimento dei rifiuti urbani;",
    "RICHIAMATO il Regolamento comunale per l’applicazione della TARI, approvato con deliberazione del Consiglio "
    "Comunale n. 27 del 29/07/2020 e successivamente modificato con deliberazione n. 14 del 30/04/2024;",
    "CONSIDERATO che la deliberazione ARERA n. 397/2025/R/rif e l’evoluzione della disciplina delle riduzioni per "
    "le utenze non domestiche che avviano al recupero i propri rifiuti rendono necessario l’aggiornamento degli "
    "artt. 18, 22 e 31 del Regolamento, come da testo coordinato allegato sub A);",
    "VISTO il parere favorevole dell’Organo di revisione economico-finanziaria, verbale n. 29 del 17/11/2025, "
    "reso ai sensi dell’art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Dirigente del Settore Finanziario, "
    "ai sensi dell’art. 49 del D.Lgs. 267/2000;",
    "CON la seguente votazione, espressa per alzata di mano: Presenti 15, Votanti 13, Favorevoli 11, Contrari 2 "
    "(Scanu, Mascia), Astenuti 2 (Usai, Deiana);",
]:
    s.append(Paragraph(p, body))
s.append(Spacer(1, 1 * mm))
s.append(Paragraph("<b>DELIBERA</b>", cen))
for i, p in enumerate([
    "di approvare le modifiche agli artt. 18, 22 e 31 del Regolamento per l’applicazione della Tassa sui rifiuti "
    "(TARI), secondo il testo coordinato allegato alla presente deliberazione sotto la lettera A);",
    "di dare atto che le modifiche approvate hanno effetto dal 1° gennaio 2026, ai sensi dell’art. 53, comma 16, "
    "della Legge 23 dicembre 2000, n. 388;",
    "di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze – Dipartimento delle "
    "Finanze, mediante inserimento nel Portale del federalismo fiscale, nei termini di legge;",
    "di pubblicare il Regolamento coordinato nella sezione “Amministrazione Trasparente” del sito istituzionale.",
], 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), num))
s.append(Spacer(1, 1 * mm))
s.append(Paragraph(
    "Successivamente, <b>IL CONSIGLIO COMUNALE</b>, stante l’urgenza di provvedere alla trasmissione entro i "
    "termini di legge, con voti favorevoli 11, contrari 2 (Scanu, Mascia) e astenuti 2 (Usai, Deiana), espressi per "
    "alzata di mano dai 15 Consiglieri presenti, <b>DICHIARA</b> la presente deliberazione immediatamente "
    "eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", body))
s.append(Spacer(1, 6 * mm))
sig = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
             ["f.to Alessandra Corda", "f.to Dott. Giampaolo Fois"]], colWidths=[87 * mm, 87 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FB, 8.5), ("FONT", (0, 1), (-1, 1), F, 8.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
s.append(KeepTogether(sig))
s.append(Spacer(1, 6 * mm))
s.append(Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", cen))
s.append(Paragraph(
    "Si certifica che la presente deliberazione è stata pubblicata all’Albo Pretorio on line del Comune il "
    "03/12/2025 e vi rimarrà per 15 giorni consecutivi, fino al 18/12/2025.", body))
s.append(Paragraph("Iglesias, 03/12/2025 &nbsp;&nbsp;&nbsp;&nbsp; Il Funzionario incaricato f.to Rag. Sonia Piras",
                   ParagraphStyle("r", parent=body, alignment=TA_RIGHT)))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=33 * mm,
                        bottomMargin=18 * mm, title="Delibera C.C. 38/2025", author="Comune di Iglesias")
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
