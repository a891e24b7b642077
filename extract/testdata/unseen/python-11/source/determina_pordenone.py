"""Determinazione dirigenziale del Comune di Pordenone - Insiel style: Settore heading and U.O.C.,
chronological (general) number and the Settore's own number in a heading line, proposal number,
signed IL DIRIGENTE, running foot with the number."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

fonts()
S = styles("Helvetica", "Helvetica-Bold", 9.8)
SUBJ = ("Lavori di manutenzione straordinaria dei marciapiedi di viale Marconi e via Cappuccini (opera n. 41.25). "
        "CUP B57H25000410004 - CIG B6C2A91E0F. Approvazione del certificato di regolare esecuzione e svincolo "
        "della garanzia definitiva.")

def deco(c, page, total):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.line(18 * mm, 15 * mm, 192 * mm, 15 * mm)
    c.drawString(18 * mm, 11 * mm, "Comune di Pordenone - Determinazione n. cron. 3127 del 03/12/2025")
    c.drawRightString(192 * mm, 11 * mm, "pag. %d di %d" % (page, total))
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("determina-pordenone-insiel.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=14 * mm, bottomMargin=20 * mm)
    st = []
    st.append(Paragraph("<b>Comune di Pordenone</b>", ParagraphStyle("a", parent=S["left"], fontSize=16, leading=19)))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>SETTORE IV - GESTIONE TERRITORIO, INFRASTRUTTURE, AMBIENTE</b>", S["left"]))
    st.append(Paragraph("U.O.C. Viabilità, Mobilità Urbana e Manutenzioni", S["left"]))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("<b>DETERMINAZIONE DIRIGENZIALE</b>", ParagraphStyle("t", parent=S["center"], fontSize=12, leading=15)))
    st.append(Spacer(1, 1 * mm))
    t = Table([["N. cron. 3127 del 03/12/2025", "N. settoriale 412", "Proposta n. 3305 del 01/12/2025"]],
              colWidths=[62 * mm, 48 * mm, 64 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 9.5),
                           ("ALIGN", (1, 0), (1, 0), "CENTER"), ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    st.append(t)
    st.append(Spacer(1, 4 * mm))
    ot = Table([[Paragraph("<b>OGGETTO:</b>", S["left"]), Paragraph("<b>" + SUBJ + "</b>", S["left"])]],
               colWidths=[22 * mm, 152 * mm])
    ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    st.append(ot)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>IL DIRIGENTE</b>", S["center"]))
    for p in [
        "<b>Premesso</b> che con decreto del Sindaco n. 38 del 30/06/2025 è stato conferito all'arch. Federica "
        "Dal Bo l'incarico dirigenziale del Settore IV \"Gestione territorio, infrastrutture, ambiente\" fino al "
        "termine del mandato amministrativo;",
        "<b>Richiamate</b>:",
        "- la deliberazione del Consiglio comunale n. 7 del 24/02/2025, con la quale sono stati approvati il "
        "Documento Unico di Programmazione e il bilancio di previsione 2025-2027;",
        "- la deliberazione della Giunta comunale n. 52 del 06/03/2025, di approvazione del Piano Integrato di "
        "Attività e Organizzazione (PIAO) 2025-2027;",
        "- la propria determinazione n. cron. 1296 del 20/05/2025, con la quale i lavori sono stati affidati "
        "all'impresa Friulstrade S.r.l. di San Quirino (PN) per l'importo di € 187.540,00 oltre IVA, contratto "
        "rep. n. 9981 del 12/06/2025;",
        "<b>Visto</b> il certificato di regolare esecuzione emesso dal direttore dei lavori in data 14/11/2025, "
        "acquisito al protocollo n. 0098213 del 17/11/2025, dal quale risulta un credito residuo dell'impresa di "
        "€ 938,15 oltre IVA;",
        "<b>Visti</b> l'art. 116 del D.Lgs. 31 marzo 2023, n. 36 e l'allegato II.14 al medesimo decreto, il "
        "D.Lgs. 267/2000 e la L.R. 18/2015;",
        "<b>Precisato</b> che, ai sensi dell'art. 147-bis del D.Lgs. 267/2000, con la sottoscrizione del "
        "presente atto se ne attesta la regolarità tecnica e la correttezza dell'azione amministrativa;"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Paragraph("<b>DETERMINA</b>", S["center"]))
    for i, p in enumerate([
        "di approvare il certificato di regolare esecuzione dei lavori in oggetto, emesso in data 14/11/2025, "
        "dal quale risulta l'importo netto complessivo dei lavori di € 187.540,00 e un credito residuo "
        "dell'impresa di € 938,15 oltre IVA 22%, per complessivi € 1.144,54;",
        "di liquidare all'impresa Friulstrade S.r.l. la somma di € 1.144,54 a saldo, con imputazione alla "
        "missione 10, programma 05, capitolo 10052205, impegno n. 2025/1877;",
        "di autorizzare lo svincolo della garanzia definitiva prestata mediante polizza fideiussoria n. "
        "40/778215 del 05/06/2025;",
        "di dare atto che il presente provvedimento è pubblicato all'Albo on line e nella sezione "
        "\"Amministrazione trasparente\" ai sensi del D.Lgs. 33/2013."], 1):
        st.append(Paragraph("%d. %s" % (i, p), S["bullet"]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Pordenone, 03/12/2025", S["left"]))
    st.append(Paragraph("IL DIRIGENTE<br/>arch. Federica Dal Bo<br/>"
                        "<font size=7.5>(documento sottoscritto digitalmente)</font>",
                        ParagraphStyle("sg", parent=S["center"], leftIndent=90 * mm)))
    st.append(Spacer(1, 6 * mm))
    vis = Table([[Paragraph(
        "<b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 151, comma 4, D.Lgs. "
        "267/2000). Esecutiva dal 04/12/2025. - Il Responsabile del Settore II Finanze: dott.ssa Sabrina Paolatto.<br/>"
        "Pubblicata all'Albo on line dal 05/12/2025 al 19/12/2025, reg. n. 5521.", S["small"])]], colWidths=[174 * mm])
    vis.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    st.append(vis)
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
