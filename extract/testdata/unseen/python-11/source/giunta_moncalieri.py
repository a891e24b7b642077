"""Giunta Comunale della Città di Moncalieri - J-Iride style: labels over values in a header band,
roll in prose (present / absent lists), Vice Sindaco presiding, running head with the act's number."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

fonts()
S = styles("Helvetica", "Helvetica-Bold", 10)
SUBJ = ("CONCESSIONE IN COMODATO D'USO GRATUITO ALL'ASSOCIAZIONE \"AUSER INSIEME MONCALIERI ODV\" DEI LOCALI "
        "DI VIA SANTA MARIA 27 PER LE ATTIVITÀ DEL CENTRO D'INCONTRO ANZIANI. PERIODO 2026-2028. INDIRIZZI.")

def deco(c, page, total):
    c.saveState()
    if page > 1:
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 287 * mm, "Città di Moncalieri - Deliberazione della Giunta Comunale n. 402 del 04/12/2025")
        c.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(105 * mm, 10 * mm, "Pagina %d di %d" % (page, total))
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("giunta-moncalieri-jiride.pdf"), pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=14 * mm, bottomMargin=18 * mm)
    st = []
    st.append(Paragraph("<b>CITTÀ DI MONCALIERI</b>", ParagraphStyle("m", parent=S["left"], fontSize=16, leading=19)))
    st.append(Paragraph("Città Metropolitana di Torino", S["left"]))
    st.append(Spacer(1, 4 * mm))
    lab = ParagraphStyle("lab", parent=S["cell"], fontSize=7, leading=8, textColor=colors.HexColor("#555555"))
    val = ParagraphStyle("val", parent=S["cell"], fontName="Helvetica-Bold", fontSize=10, leading=12)
    band = Table([
        [Paragraph("ORGANO", lab), Paragraph("NUMERO", lab), Paragraph("SEDUTA DEL", lab), Paragraph("PROPOSTA", lab)],
        [Paragraph("GIUNTA COMUNALE", val), Paragraph("402", val), Paragraph("04/12/2025", val),
         Paragraph("PG 2025/ 118 del 27/11/2025", val)],
        [Paragraph("SETTORE PROPONENTE", lab), "", Paragraph("ASSESSORE RELATORE", lab), ""],
        [Paragraph("Settore Servizi alla Persona", val), "", Paragraph("Bruno Chiara", val), ""],
    ], colWidths=[46 * mm, 24 * mm, 38 * mm, 62 * mm])
    band.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                              ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                              ("SPAN", (0, 2), (1, 2)), ("SPAN", (0, 3), (1, 3)),
                              ("SPAN", (2, 2), (3, 2)), ("SPAN", (2, 3), (3, 3)),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    st.append(band)
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("OGGETTO:", S["b"]))
    st.append(Paragraph("<b>" + SUBJ + "</b>", S["left"]))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph(
        "L'anno duemilaventicinque, addì quattro del mese di dicembre, alle ore 09:15, nella solita sala delle "
        "adunanze, regolarmente convocata, si è riunita la Giunta Comunale nelle persone dei Signori:", S["body"]))
    pres = [("COLOMBO PAOLO", "Vice Sindaco"), ("BRUNO CHIARA", "Assessore"), ("FERRERO DAVIDE", "Assessore"),
            ("GALLO ELENA", "Assessore"), ("MARTINA ALESSANDRO", "Assessore"), ("RICCI SILVIA", "Assessore")]
    abs_ = [("GRANDE LORENZO", "Sindaco"), ("OLIVERO MARCO", "Assessore")]
    col = lambda L: "<br/>".join("%s - %s" % x for x in L)
    t = Table([[Paragraph("<b>Presenti:</b>", S["cell"]), Paragraph("<b>Assenti:</b>", S["cell"])],
               [Paragraph(col(pres), S["cell"]), Paragraph(col(abs_), S["cell"])]],
              colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph(
        "Assume la presidenza il Vice Sindaco Paolo Colombo, in assenza del Sindaco. Partecipa il Vice Segretario "
        "Generale Dott.ssa Laura Bertolino.", S["body"]))
    st.append(Paragraph("Il Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta.", S["body"]))
    st.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", S["center"]))
    for p in [
        "Premesso che la Città di Moncalieri è proprietaria dei locali siti in via Santa Maria 27, censiti al "
        "N.C.E.U. al foglio 12, particella 488, sub. 3, destinati da anni ad attività socio-ricreative rivolte alla "
        "popolazione anziana;",
        "Richiamati il Regolamento per la concessione in uso di beni immobili comunali ad enti del terzo settore, "
        "approvato con deliberazione del Consiglio Comunale n. 67 del 29/09/2022, e l'art. 71, comma 2, del "
        "D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
        "Dato atto che il precedente comodato, disposto con deliberazione della Giunta Comunale n. 311 del "
        "10/12/2022, scade il 31/12/2025 e che l'associazione, con istanza prot. n. 71644 del 06/11/2025, ne ha "
        "chiesto il rinnovo presentando il programma delle attività 2026-2028;",
        "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dalla Dirigente del Settore "
        "Servizi alla Persona in ordine alla regolarità tecnica e dal Dirigente del Settore Risorse Finanziarie in "
        "ordine alla regolarità contabile;",
        "All'unanimità dei voti espressi in forma palese,"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("<b>DELIBERA</b>", S["center"]))
    for i, p in enumerate([
        "di concedere in comodato d'uso gratuito all'Associazione \"Auser Insieme Moncalieri ODV\" i locali di "
        "via Santa Maria 27 per il periodo dal 01/01/2026 al 31/12/2028;",
        "di approvare lo schema di contratto di comodato allegato sotto la lettera A);",
        "di dare mandato alla Dirigente del Settore Servizi alla Persona per la stipula del contratto e per i "
        "successivi adempimenti;"], 1):
        st.append(Paragraph("%d) %s" % (i, p), S["bullet"]))
    st.append(Paragraph(
        "Con successiva votazione, all'unanimità, la presente deliberazione è dichiarata immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del T.U. n. 267/2000.", S["body"]))
    st.append(Spacer(1, 6 * mm))
    sig = Table([["IL VICE SINDACO", "IL VICE SEGRETARIO GENERALE"], ["Paolo Colombo", "Laura Bertolino"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(KeepTogether([Paragraph('Letto, confermato e sottoscritto.', S['body']), sig]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph(
        "Pubblicata all'Albo Pretorio on line dal 09/12/2025 al 24/12/2025 - N. Reg. Pubbl. 4107. "
        "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; "
        "il documento è conservato negli archivi informatici della Città di Moncalieri.", S["small"]))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
