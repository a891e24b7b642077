"""Consiglio Comunale di Valdagno - Civilia Next (Dedagroup) style: header box with labels on the left
('Delibera n.', 'Data', 'Seduta', 'Oggetto'), roll table with Sì/No and remote attendance, counted vote."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

fonts()
S = styles("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", 9.5)
SUBJ = ("RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI DELL'ART. 20 DEL D.LGS. "
        "19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE PARTECIPAZIONI POSSEDUTE AL 31/12/2024")
ROLL = [("ACERBI GIANCARLO", "Sindaco", "Sì"), ("BERTOLDI MARIA TERESA", "Consigliere", "Sì"),
        ("CAILOTTO FABIO", "Presidente del Consiglio", "Sì"), ("DAL LAGO ROBERTA", "Consigliere", "Sì"),
        ("FRACASSO LUCA", "Consigliere", "Sì (videoconferenza)"), ("LORA SIMONETTA", "Consigliere", "Sì"),
        ("MARZOTTO ENRICO", "Consigliere", "No"), ("NOVELLA CRISTINA", "Consigliere", "Sì"),
        ("PELLIZZARI MATTEO", "Consigliere", "Sì"), ("PERIN ALBERTO", "Consigliere", "Sì (videoconferenza)"),
        ("RIGON DANIELA", "Consigliere", "Sì"), ("SCHIAVO PIETRO", "Consigliere", "No"),
        ("TESSARO ILARIA", "Consigliere", "Sì"), ("TOMASI GIORGIO", "Consigliere", "Sì"),
        ("VALDEGAMBERI ANNA", "Consigliere", "Sì"), ("ZANDONÀ MICHELE", "Consigliere", "Sì"),
        ("ZORDAN PAOLA", "Consigliere", "Sì")]

def deco(c, page, total):
    c.saveState()
    c.setFont("DejaVuSansCondensed", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(18 * mm, 12 * mm, "Comune di Valdagno - Deliberazione del Consiglio Comunale n. 71 del 15/12/2025")
    c.drawRightString(192 * mm, 12 * mm, "Pag. %d/%d" % (page, total))
    c.drawString(18 * mm, 8.5 * mm, "Documento sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005")
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("consiglio-valdagno-civilia.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=12 * mm, bottomMargin=20 * mm)
    st = []
    hd = Table([[Paragraph("<b>COMUNE DI VALDAGNO</b>", ParagraphStyle("a", parent=S["left"], fontSize=14, leading=17)),
                 Paragraph("Prot. Gen. n. 0031872<br/>del 19/12/2025", S["right"])],
                [Paragraph("Provincia di Vicenza", S["left"]), ""]], colWidths=[120 * mm, 54 * mm])
    hd.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (1, 0), (1, 1))]))
    st.append(hd)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", ParagraphStyle("t", parent=S["center"], fontSize=11)))
    lab = ParagraphStyle("l", parent=S["cell"], fontName="DejaVuSansCondensed-Bold")
    box = Table([
        [Paragraph("Delibera n.", lab), Paragraph("71", S["cell"]), Paragraph("Data", lab), Paragraph("15/12/2025", S["cell"])],
        [Paragraph("Seduta", lab), Paragraph("Straordinaria, pubblica, di prima convocazione", S["cell"]),
         Paragraph("Proposta", lab), Paragraph("CC-2025-84 del 27/11/2025", S["cell"])],
        [Paragraph("Oggetto", lab), Paragraph("<b>" + SUBJ + "</b>", S["cell"]), "", ""],
    ], colWidths=[24 * mm, 78 * mm, 22 * mm, 50 * mm])
    box.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 2), (3, 2)),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                             ("BACKGROUND", (2, 0), (2, 1), colors.HexColor("#EEEEEE")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(box)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph(
        "L'anno 2025, addì quindici del mese di dicembre, alle ore 20:30, nella Sala consiliare del Palazzo "
        "Municipale, previa convocazione con avvisi scritti notificati a norma di legge, si è riunito il Consiglio "
        "Comunale. Alcuni consiglieri partecipano in videoconferenza, ai sensi dell'art. 42-bis del Regolamento "
        "del Consiglio Comunale. Eseguito l'appello, risultano:", S["body"]))
    rows = [["", "Cognome e nome", "Carica", "Presente"]]
    for i, r in enumerate(ROLL, 1):
        rows.append([str(i)] + list(r))
    t = Table(rows, colWidths=[8 * mm, 62 * mm, 52 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSansCondensed", 8.5),
                           ("FONT", (0, 0), (-1, 0), "DejaVuSansCondensed-Bold", 8.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st.append(t)
    st.append(Paragraph("Presenti n. 15 &nbsp; Assenti n. 2", S["right"]))
    st.append(Paragraph(
        "Partecipa alla seduta il Vice Segretario Generale dott. Stefano Peruzzo. Constatato il numero legale "
        "degli intervenuti, il sig. Fabio Cailotto, nella sua qualità di Presidente del Consiglio, dichiara aperta "
        "la seduta e nomina scrutatori i consiglieri Lora, Rigon e Zordan.", S["body"]))
    st.append(Paragraph("<b>IL CONSIGLIO COMUNALE</b>", S["center"]))
    for p in [
        "PREMESSO che l'art. 20 del D.Lgs. 175/2016 (Testo unico in materia di società a partecipazione pubblica) "
        "impone alle amministrazioni di effettuare annualmente, entro il 31 dicembre, un'analisi dell'assetto "
        "complessivo delle società in cui detengono partecipazioni;",
        "RICHIAMATE la deliberazione consiliare n. 64 del 19/12/2024, con la quale è stata approvata la "
        "ricognizione al 31/12/2023, e la deliberazione consiliare n. 9 del 27/02/2025 di approvazione del "
        "bilancio di previsione 2025-2027;",
        "DATO ATTO che il Comune detiene partecipazioni dirette in Viacqua S.p.A. (1,84%), Agno Chiampo "
        "Ambiente S.r.l. (9,27%) e Pasubio Tecnologia S.r.l. (4,10%), come dettagliato nella relazione tecnica "
        "allegata;",
        "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 28 del 04/12/2025;",
        "ACQUISITI i pareri di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. 267/2000;",
        "Con voti espressi per alzata di mano e, per i consiglieri collegati, per appello nominale, con il "
        "seguente esito: presenti n. 15, astenuti n. 2, votanti n. 13, favorevoli n. 10, contrari n. 3;"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("<b>DELIBERA</b>", S["center"]))
    for i, p in enumerate([
        "di approvare la ricognizione di tutte le partecipazioni possedute dal Comune di Valdagno alla data del "
        "31/12/2024, come risultante dalla relazione tecnica allegata (Allegato A);",
        "di dare atto che non ricorrono i presupposti per l'adozione di misure di razionalizzazione, fusione o "
        "soppressione delle società partecipate;",
        "di trasmettere la presente deliberazione alla competente Sezione regionale di controllo della Corte dei "
        "conti e al Ministero dell'Economia e delle Finanze tramite l'applicativo \"Partecipazioni\";",
        "di dichiarare il presente provvedimento, con separata votazione dall'identico esito, immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
        st.append(Paragraph("%d. %s" % (i, p), S["bullet"]))
    st.append(Spacer(1, 5 * mm))
    sig = Table([["IL PRESIDENTE DEL CONSIGLIO", "IL VICE SEGRETARIO GENERALE"],
                 ["Fabio Cailotto", "dott. Stefano Peruzzo"]], colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSansCondensed", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph(
        "<b>Pubblicazione</b> - Il presente verbale viene pubblicato all'Albo on line per 15 giorni consecutivi dal "
        "19/12/2025 (n. 1987 del registro delle pubblicazioni).", S["small"]))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
