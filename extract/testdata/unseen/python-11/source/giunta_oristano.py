"""Giunta Comunale di Oristano - Sicraweb (Maggioli) style: grid of label cells, vertical protocol
text in the left margin, roll with 'Presente in videoconferenza', digital signature foot."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

fonts()
S = styles("DejaVuSans", "DejaVuSans-Bold", 9.5)
SUBJ = ("Adesione al progetto \"Biblioteche in rete - Sardegna legge 2026\" e approvazione dello schema "
        "di accordo di partenariato con il Sistema Bibliotecario Interurbano del Montiferru")
G = colors.HexColor("#E6E6E6")

def deco(c, page, total):
    c.saveState()
    c.setFont("DejaVuSans", 7)
    c.translate(9 * mm, 40 * mm)
    c.rotate(90)
    c.drawString(0, 0, "Comune di Oristano - Protocollo generale n. 0058712 del 01/12/2025 - Delibere di Giunta - "
                       "Copia informatica per consultazione")
    c.restoreState()
    c.saveState()
    c.setFont("DejaVuSans", 7)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, 7 * mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i., "
                                   "sostituisce il documento cartaceo e la firma autografa.")
    c.drawRightString(195 * mm, 11 * mm, "Delibera di Giunta n. 231 del 27/11/2025 - %d/%d" % (page, total))
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("giunta-oristano-sicraweb.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=15 * mm, topMargin=12 * mm, bottomMargin=18 * mm,
                            title="Delibera di Giunta 231/2025")
    st = []
    head = Table([[Paragraph("<b>COMUNE DI ORISTANO</b>", ParagraphStyle("x", parent=S["center"], fontSize=15, leading=18))],
                  [Paragraph("Comuni de Aristanis", S["center"])]], colWidths=[177 * mm])
    st.append(head)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", S["center"]))
    st.append(Spacer(1, 2 * mm))
    lab = ParagraphStyle("lab", parent=S["cell"], fontSize=7, leading=8.5, textColor=colors.HexColor("#333333"))
    val = ParagraphStyle("val", parent=S["cell"], fontName="DejaVuSans-Bold", fontSize=10, leading=12)
    grid = Table([
        [Paragraph("Numero", lab), Paragraph("Data", lab), Paragraph("Proposta", lab), Paragraph("Settore proponente", lab)],
        [Paragraph("231", val), Paragraph("27/11/2025", val), Paragraph("N. 268 del 20/11/2025", val),
         Paragraph("Settore Sviluppo del Territorio, Cultura e Turismo", ParagraphStyle("v2", parent=val, fontSize=8.5, leading=10))],
        [Paragraph("Oggetto", lab), "", "", ""],
        [Paragraph(SUBJ, ParagraphStyle("v3", parent=val, fontSize=9.5, leading=12)), "", "", ""],
    ], colWidths=[22 * mm, 30 * mm, 45 * mm, 80 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), G), ("BACKGROUND", (0, 2), (-1, 2), G),
                              ("SPAN", (0, 2), (-1, 2)), ("SPAN", (0, 3), (-1, 3)),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(grid)
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph(
        "L'anno 2025 il giorno 27 del mese di novembre alle ore 13:15, in Oristano, nella sede comunale e in "
        "modalità mista ai sensi del Regolamento per lo svolgimento delle sedute in videoconferenza approvato "
        "con deliberazione di G.C. n. 44 del 14/03/2024, si è riunita la Giunta Comunale.", S["body"]))
    st.append(Paragraph("Risultano presenti:", S["body"]))
    roll = [("Sanna Massimiliano", "Sindaco", "Presente"),
            ("Obinu Francesca", "Vice Sindaco", "Presente"),
            ("Pinna Gianfranco", "Assessore", "Presente in videoconferenza"),
            ("Mura Stefania", "Assessore", "Presente"),
            ("Atzori Luca", "Assessore", "Assente"),
            ("Deiana Marta", "Assessore", "Presente in videoconferenza"),
            ("Corrias Paolo", "Assessore", "Presente")]
    rows = [["Nominativo", "Carica", "Presenza"]] + [list(r) for r in roll]
    t = Table(rows, colWidths=[65 * mm, 45 * mm, 67 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                           ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9),
                           ("BACKGROUND", (0, 0), (-1, 0), G),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    st.append(t)
    st.append(Paragraph("Presenti: 6 &nbsp;&nbsp;&nbsp; Assenti: 1", S["right"]))
    st.append(Paragraph(
        "Presiede la seduta il Sindaco Massimiliano Sanna. Partecipa il Segretario Generale Dott. Giuseppe "
        "Cau, che ne cura la verbalizzazione e accerta l'identità dei componenti collegati in videoconferenza.",
        S["body"]))
    st.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", S["center"]))
    for p in [
        "<b>Premesso</b> che la Regione Autonoma della Sardegna, con L.R. 9 marzo 2015, n. 5 e con la D.G.R. "
        "n. 38/21 del 16/10/2025, ha promosso il sostegno ai sistemi bibliotecari per progetti di promozione della "
        "lettura di durata biennale;",
        "<b>Richiamate</b> la deliberazione del Consiglio Comunale n. 18 del 27/03/2025, di approvazione del "
        "bilancio di previsione 2025/2027, e la deliberazione della Giunta Comunale n. 82 del 10/04/2025, di "
        "approvazione del Piano Esecutivo di Gestione;",
        "<b>Vista</b> la nota prot. n. 0055908 del 12/11/2025 con cui il Sistema Bibliotecario Interurbano del "
        "Montiferru ha proposto l'adesione della Biblioteca comunale \"Ignazio Rossi\" al progetto, con una quota "
        "di compartecipazione di € 4.500,00;",
        "<b>Visti</b> il D.Lgs. 267/2000, l'art. 15 della Legge 241/1990 e lo Statuto comunale;",
        "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000;",
        "Con votazione unanime, espressa per appello nominale,"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("<b>DELIBERA</b>", S["center"]))
    for p in [
        "di aderire al progetto \"Biblioteche in rete - Sardegna legge 2026\" promosso dal Sistema Bibliotecario "
        "Interurbano del Montiferru;",
        "di approvare lo schema di accordo di partenariato allegato al presente atto quale parte integrante e "
        "sostanziale (Allegato A);",
        "di autorizzare il Dirigente del Settore Sviluppo del Territorio, Cultura e Turismo alla sottoscrizione "
        "dell'accordo e all'impegno della quota di € 4.500,00 sul capitolo 5210 del bilancio 2025/2027, "
        "annualità 2026;",
        "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai "
        "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]:
        st.append(Paragraph("\u2022 " + p, S["bullet"]))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("Letto, approvato e sottoscritto digitalmente.", S["body"]))
    sig = Table([["Il Sindaco", "Il Segretario Generale"], ["Massimiliano Sanna", "Dott. Giuseppe Cau"]],
                colWidths=[88 * mm, 88 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    st.append(Spacer(1, 5 * mm))
    pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>La presente deliberazione è pubblicata all'Albo "
                            "Pretorio on line dal 01/12/2025 al 16/12/2025 - Registro delle pubblicazioni n. 3961/2025.",
                            S["small"])]], colWidths=[177 * mm])
    pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    st.append(pub)
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
