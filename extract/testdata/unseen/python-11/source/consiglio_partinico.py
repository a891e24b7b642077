"""Consiglio Comunale di Partinico - Datagraph style: framed heading, numbered roll in two blocks
(1-12 | 13-24) with P/A column, counted vote, publication stamp on the last page."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

fonts()
S = styles("DejaVuSerif", "DejaVuSerif-Bold", 9.5)
SUBJ = ("Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione, "
        "autorizzazione o esposizione pubblicitaria e del canone mercatale - Modifiche agli articoli 14, 22 e 31.")
ROLL = [("ABBATE GIUSEPPE", "P"), ("BADALAMENTI ROSARIA", "P"), ("CATALANO VINCENZO", "P"), ("CUSUMANO ANNA", "A"),
        ("DI TRAPANI SALVATORE", "P"), ("FERRANTE GIOVANNA", "P"), ("GIAMBRONE FRANCESCO", "P"),
        ("LO IACONO MARIA", "P"), ("LOMBARDO PIETRO", "P"), ("MANISCALCO LUCIA", "A"), ("MIGLIORE ANTONINO", "P"),
        ("NAPOLI CARMELA", "P"), ("ORLANDO GIUSEPPE", "P"), ("PALAZZOLO ROSALIA", "P"), ("PIPITONE DAVIDE", "A"),
        ("RANDAZZO GIUSEPPA", "P"), ("RUSSO CALOGERO", "P"), ("SCIORTINO VALENTINA", "P"), ("SPICA NICOLÒ", "A"),
        ("TARANTINO FILIPPO", "P"), ("TERRANOVA ELISA", "P"), ("VITALE BENEDETTO", "A"), ("ZITO MARIANNA", "P"),
        ("ZUCCARO ANDREA", "P")]

def deco(c, page, total):
    c.saveState()
    c.setFont("DejaVuSerif", 7)
    c.drawString(18 * mm, 10 * mm, "Delibera di C.C. n. 58 del 25/11/2025")
    c.drawRightString(192 * mm, 10 * mm, "Pag. %d di %d" % (page, total))
    if page == total:
        c.setStrokeColor(colors.HexColor("#1F3F8F")); c.setFillColor(colors.HexColor("#1F3F8F"))
        c.roundRect(120 * mm, 18 * mm, 72 * mm, 22 * mm, 3 * mm)
        c.setFont("DejaVuSans-Bold", 7.5)
        c.drawCentredString(156 * mm, 35 * mm, "ALBO PRETORIO ON LINE")
        c.setFont("DejaVuSans", 7.5)
        c.drawCentredString(156 * mm, 31 * mm, "Reg. Pubbl. n. 2516")
        c.drawCentredString(156 * mm, 27 * mm, "Pubblicata dal 28/11/2025")
        c.drawCentredString(156 * mm, 23 * mm, "al 13/12/2025")
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("consiglio-partinico-datagraph.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=14 * mm, bottomMargin=18 * mm)
    st = []
    hd = Table([[Paragraph("<b>COMUNE DI PARTINICO</b>", ParagraphStyle("a", parent=S["center"], fontSize=15, leading=18))],
                [Paragraph("Città Metropolitana di Palermo", S["center"])],
                [Paragraph("<b>ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", S["center"])],
                [Paragraph("<b>N. 58 del 25/11/2025</b>", S["center"])]], colWidths=[174 * mm])
    hd.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black)]))
    st.append(hd)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>Oggetto:</b> " + SUBJ, S["body"]))
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph(
        "L'anno duemilaventicinque il giorno venticinque del mese di novembre alle ore 19:00 e seguenti, nella "
        "sala consiliare \"Peppino Impastato\" del Palazzo di Città, a seguito di regolare convocazione prot. "
        "n. 49871 del 19/11/2025, si è riunito il Consiglio Comunale in seduta ordinaria di prima convocazione. "
        "All'appello nominale risultano:", S["body"]))
    rows = [["N.", "CONSIGLIERE", "P/A", "N.", "CONSIGLIERE", "P/A"]]
    for i in range(12):
        a, b = ROLL[i], ROLL[i + 12]
        rows.append([str(i + 1), a[0], a[1], str(i + 13), b[0], b[1]])
    t = Table(rows, colWidths=[9 * mm, 59 * mm, 12 * mm, 9 * mm, 59 * mm, 12 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5),
                           ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (5, 0), (5, -1), "CENTER"),
                           ("LINEAFTER", (2, 0), (2, -1), 1.5, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    st.append(t)
    st.append(Paragraph("Assegnati n. 24 - In carica n. 24 - Presenti n. 19 - Assenti n. 5", S["right"]))
    st.append(Paragraph(
        "Presiede la seduta il Presidente del Consiglio Comunale, Dott. Giuseppe Orlando. Partecipa il "
        "Segretario Generale, Dott.ssa Antonella Cracolici. Sono presenti, per l'Amministrazione, il Sindaco "
        "e gli Assessori Lo Biundo e Caruso. Scrutatori designati: Ferrante, Migliore, Zito.", S["body"]))
    st.append(Paragraph("<b>IL CONSIGLIO COMUNALE</b>", S["center"]))
    for p in [
        "Vista la proposta di deliberazione n. 71 del 30/10/2025 del Settore II - Entrate e Tributi, munita dei "
        "pareri di regolarità tecnica e contabile di cui all'art. 53 della L. 142/1990, come recepito dalla L.R. "
        "48/1991, e dell'art. 12 della L.R. 30/2000, allegata al presente verbale per farne parte integrante;",
        "Richiamati l'art. 1, commi 816-847, della Legge 27 dicembre 2019, n. 160, e il Regolamento comunale "
        "approvato con deliberazione del Consiglio Comunale n. 14 del 31/03/2021, già modificato con "
        "deliberazione di C.C. n. 22 del 28/04/2023;",
        "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 31 del 12/11/2025, reso ai "
        "sensi dell'art. 239 del D.Lgs. 267/2000;",
        "Udita la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri riportati nel resoconto "
        "della seduta;",
        "Con la seguente votazione, espressa per alzata di mano e accertata con l'assistenza degli scrutatori: "
        "presenti n. 19, votanti n. 19, voti favorevoli n. 14, voti contrari n. 5 (Catalano, "
        "Lombardo, Napoli, Russo, Tarantino);"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("<b>D E L I B E R A</b>", S["center"]))
    for p in [
        "Di approvare le modifiche agli articoli 14, 22 e 31 del Regolamento comunale per la disciplina del "
        "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, "
        "nel testo allegato sotto la lettera \"A\";",
        "Di stabilire che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, "
        "della Legge 23 dicembre 2000, n. 388;",
        "Di trasmettere copia del presente atto al Ministero dell'Economia e delle Finanze mediante il portale "
        "del federalismo fiscale."]:
        st.append(Paragraph("- " + p, S["bullet"]))
    st.append(Paragraph(
        "Successivamente, con votazione separata (presenti n. 19, favorevoli n. 14, contrari n. 5), il Consiglio "
        "dichiara la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della "
        "L.R. 44/1991.", S["body"]))
    st.append(Spacer(1, 4 * mm))
    sig = Table([["IL PRESIDENTE", "IL CONSIGLIERE ANZIANO", "IL SEGRETARIO GENERALE"],
                 ["Dott. Giuseppe Orlando", "Giuseppe Abbate", "Dott.ssa Antonella Cracolici"]],
                colWidths=[58 * mm] * 3)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", S["body"]), sig]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (C.A.D.) e s.m.i.", S["small"]))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
