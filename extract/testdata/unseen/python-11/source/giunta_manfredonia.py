"""Giunta Comunale di Manfredonia - Halley style: heading lines, X-marked roll table,
protocol stamp top right, proposal number, relata di pubblicazione, 'Pag. x di y' foot."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

fonts()
S = styles("Times-Roman", "Times-Bold", 11)
SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
        "DEL LUNGOMARE NAZARIO SAURO - II LOTTO FUNZIONALE. CUP F37H25000870004.")

def deco(c, page, total):
    c.saveState()
    if page == 1:
        c.setFont("Courier", 8.5)
        c.rect(135 * mm, 272 * mm, 62 * mm, 15 * mm)
        c.drawString(137 * mm, 282.5 * mm, "COMUNE DI MANFREDONIA")
        c.drawString(137 * mm, 278.5 * mm, "Prot. n. 0041237 del 17/11/2025")
        c.drawString(137 * mm, 274.5 * mm, "Tit. I Cl. 6 - USCITA")
    c.setFont("Times-Italic", 8.5)
    c.line(18 * mm, 16 * mm, 192 * mm, 16 * mm)
    c.drawString(18 * mm, 12 * mm, "Deliberazione di Giunta Comunale n. 187 del 14/11/2025")
    c.drawRightString(192 * mm, 12 * mm, "Pag. %d di %d" % (page, total))
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("giunta-manfredonia-halley.pdf"), pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=14 * mm, bottomMargin=22 * mm,
                            title="Delibera G.C. 187/2025", author="Comune di Manfredonia")
    st = []
    st.append(Spacer(1, 14 * mm))
    st.append(Paragraph("COMUNE DI MANFREDONIA", S["h"]))
    st.append(Paragraph("PROVINCIA DI FOGGIA", S["bc"]))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("<u>COPIA</u>", S["bc"]))
    st.append(Paragraph("DELIBERAZIONE DELLA GIUNTA COMUNALE", S["h"]))
    st.append(Paragraph("N. 187 del 14/11/2025", S["bc"]))
    st.append(Spacer(1, 3 * mm))
    t = Table([[Paragraph("<b>OGGETTO:</b>", S["left"]), Paragraph("<b>" + SUBJ + "</b>", S["body"])]],
              colWidths=[27 * mm, 143 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph(
        "L'anno <b>duemilaventicinque</b>, il giorno <b>quattordici</b> del mese di <b>novembre</b> alle ore "
        "<b>12:30</b> e seguenti, nella Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta "
        "Comunale con l'intervento dei Signori:", S["body"]))
    rows = [["", "Cognome e Nome", "Carica", "Presente", "Assente"]]
    roll = [("LA TORRE GIOVANNI", "Sindaco", 1), ("CASTRIOTTA ANNALISA", "Vicesindaco", 1),
            ("GUERRA PASQUALE", "Assessore", 1), ("DI BARI ROSSELLA", "Assessore", 0),
            ("RINALDI MICHELE", "Assessore", 1), ("TROIANO FILOMENA", "Assessore", 1),
            ("SANTORO ANTONIO", "Assessore", 0)]
    for i, (n, r, p) in enumerate(roll, 1):
        rows.append([str(i), n, r, "X" if p else "", "" if p else "X"])
    rows.append(["", "", "Totale", "5", "2"])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 40 * mm, 24 * mm, 24 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                           ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
                           ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    st.append(t)
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph(
        "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, "
        "del D.Lgs. 267/2000) il Segretario Generale <b>Dott.ssa Maria Concetta Gentile</b>.", S["body"]))
    st.append(Paragraph(
        "Il Presidente, <b>Avv. Giovanni La Torre</b>, nella sua qualità di Sindaco, constatato il numero legale "
        "degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopra indicato.",
        S["body"]))
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph("LA GIUNTA COMUNALE", S["bc"]))
    st.append(Paragraph("Vista la proposta di deliberazione n. 212 del 10/11/2025 predisposta dal Settore 5° "
                        "- Lavori Pubblici, Patrimonio e Manutenzioni, che di seguito si riporta integralmente;", S["body"]))
    prem = [
        "con deliberazione di Consiglio Comunale n. 12 del 28/03/2025, esecutiva, è stato approvato il Documento "
        "Unico di Programmazione 2025/2027 e con successiva deliberazione di C.C. n. 13 in pari data il bilancio "
        "di previsione finanziario 2025/2027;",
        "con deliberazione di Giunta Comunale n. 96 del 05/06/2025 è stato approvato il documento di fattibilità "
        "delle alternative progettuali relativo all'intervento in oggetto, inserito nel programma triennale dei "
        "lavori pubblici 2025/2027 approvato ai sensi dell'art. 37 del D.Lgs. 31 marzo 2023, n. 36;",
        "con determinazione dirigenziale n. 1408 del 22/07/2025 è stato affidato l'incarico di progettazione "
        "all'RTP Studio Associato Ingegneria Gargano, con sede in Foggia;",
        "in data 30/10/2025, con nota acquisita al prot. n. 0039512, il progettista ha trasmesso il progetto di "
        "fattibilità tecnico-economica, dell'importo complessivo di € 1.850.000,00, di cui € 1.372.400,00 per "
        "lavori a base d'asta comprensivi degli oneri per la sicurezza;",
    ]
    st.append(Paragraph("<b>Premesso che:</b>", S["body"]))
    for p in prem:
        st.append(Paragraph("- " + p, S["bullet"]))
    st.append(Paragraph(
        "<b>Visti</b> il rapporto di verifica del progetto redatto ai sensi dell'art. 42 del D.Lgs. 36/2023 e il "
        "verbale di validazione sottoscritto dal RUP in data 07/11/2025; il D.Lgs. 18 agosto 2000, n. 267; lo "
        "Statuto comunale;", S["body"]))
    st.append(Paragraph(
        "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000 dal Dirigente del Settore 5° e dal Dirigente del Settore 2° - Risorse Finanziarie;",
        S["body"]))
    st.append(Paragraph("Con voti unanimi favorevoli, espressi nei modi di legge,", S["body"]))
    st.append(Paragraph("D E L I B E R A", S["bc"]))
    pts = [
        "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di \"Riqualificazione del lungomare "
        "Nazario Sauro - II lotto funzionale\", dell'importo complessivo di € 1.850.000,00, secondo il quadro "
        "economico allegato;",
        "di dare atto che la spesa trova copertura al capitolo 28110 del bilancio 2025/2027, finanziato con "
        "contributo regionale di cui alla D.G.R. Puglia n. 1187 del 04/08/2025;",
        "di demandare al Dirigente del Settore 5° l'adozione degli atti consequenziali, ivi compresa l'attivazione "
        "delle procedure di affidamento della progettazione esecutiva;",
    ]
    for i, p in enumerate(pts, 1):
        st.append(Paragraph("%d. %s" % (i, p), S["bullet"]))
    st.append(Paragraph(
        "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto "
        "<b>immediatamente eseguibile</b>, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", S["body"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Letto, confermato e sottoscritto.", S["body"]))
    sig = Table([["IL PRESIDENTE", "IL SEGRETARIO GENERALE"],
                 ["F.to Avv. Giovanni La Torre", "F.to Dott.ssa Maria Concetta Gentile"]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    st.append(Spacer(1, 6 * mm))
    rel = [Paragraph("RELATA DI PUBBLICAZIONE", S["bc"]),
           Paragraph("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
                     "di questo Comune il 18/11/2025 per quindici giorni consecutivi, fino al 03/12/2025 "
                     "(Reg. Pubbl. n. 2873), ai sensi dell'art. 124 del D.Lgs. 267/2000, e contestualmente "
                     "comunicata ai Capigruppo consiliari con nota prot. n. 0041390 del 18/11/2025.", S["body"]),
           Paragraph("Manfredonia, 18/11/2025", S["left"]),
           Paragraph("IL MESSO COMUNALE<br/>F.to Luigi Prencipe", S["right"]),
           Spacer(1, 3 * mm),
           Paragraph("È copia conforme all'originale, in carta libera per uso amministrativo.", S["small"]),
           Paragraph("Manfredonia, 18/11/2025 - Il Funzionario incaricato", S["small"])]
    box = Table([[rel]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    st.append(KeepTogether(box))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
