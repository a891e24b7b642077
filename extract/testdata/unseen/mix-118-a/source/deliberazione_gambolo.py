#!/usr/bin/env python3
# Giunta Comunale di Gambolò, deliberazione n. 74 of 08/06/2027 (ReportLab).
# Justified paragraphs (ReportLab sets Tw on each justified line), a running
# head with the number from page 2 on, roll in a ruled table.
import sys
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors
from gambolo_style import *

OUT = sys.argv[1]
NUM, DATE = 74, "08/06/2027"
SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE DELLA PISTA CICLOPEDONALE DI VIA MORTARA – "
           "CUP H91B27000140004")
HEAD = "Comune di Gambolò – Deliberazione della Giunta Comunale n. %d del %s" % (NUM, DATE)


def build(total):
    def first(c, doc):
        letterhead(c, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", NUM, DATE)
        foot(c, "Deliberazione G.C. n. %d del %s" % (NUM, DATE), c.getPageNumber(), total)

    def later(c, doc):
        running(c, HEAD, c.getPageNumber())
        foot(c, "Deliberazione G.C. n. %d del %s" % (NUM, DATE), c.getPageNumber(), total)

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Deliberazione G.C. n. 74/2027",
                          author="Comune di Gambolò", creator="ApKappa Atti – stampa verbale")
    f1 = Frame(LM, 20 * mm, W - LM - RM, H - 20 * mm - 56 * mm, id="f1")
    f2 = Frame(LM, 20 * mm, W - LM - RM, H - 20 * mm - 20 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])
    s = []
    s.append(Paragraph("<b>Codice ente</b> 018070 &nbsp;&nbsp;&nbsp; <b>Proposta n.</b> 88 del 03/06/2027 "
                       "&nbsp;&nbsp;&nbsp; <b>Ufficio proponente:</b> AREA TECNICA", small))
    s.append(Spacer(1, 4))
    s.append(Paragraph("OGGETTO: " + SUBJECT, subj))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "L’anno <b>duemilaventisette</b> addì <b>otto</b> del mese di <b>giugno</b> alle ore "
        "<b>18:30</b> nella sala delle adunanze della sede municipale, previa osservanza di tutte "
        "le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i "
        "componenti della Giunta Comunale. All’appello risultano:", body))
    roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
            ["1", "LOMBARDI Sara", "Sindaco", "X", ""],
            ["2", "BELLONI Davide", "Vice Sindaco", "X", ""],
            ["3", "FERRARIS Chiara", "Assessore", "X", ""],
            ["4", "GUALLA Marco", "Assessore", "", "X"],
            ["5", "ROGNONI Elena", "Assessore", "X", ""],
            ["", "", "Totale", "4", "1"]]
    t = Table(roll, colWidths=[10 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
        ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9),
        ("FONT", (0, -1), (-1, -1), "LibSans-Bold", 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
        ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
        ("BOX", (2, -1), (-1, -1), 0.4, colors.grey),
        ("INNERGRID", (2, -1), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Partecipa alla seduta il Segretario Comunale <b>dott.ssa Paola Invernizzi</b>, la quale "
        "provvede alla redazione del presente verbale.", body))
    s.append(Paragraph(
        "Essendo legale il numero degli intervenuti, la <b>dott.ssa Sara Lombardi</b>, nella sua "
        "qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la "
        "trattazione dell’oggetto sopra indicato.", body))
    s.append(Paragraph("LA GIUNTA COMUNALE", bodyc))
    for p in [
        "Premesso che il Documento Unico di Programmazione 2027/2029, approvato con deliberazione "
        "del Consiglio Comunale n. 41 del 19/12/2026, e il programma triennale dei lavori pubblici "
        "prevedono l’intervento di riqualificazione della pista ciclopedonale di via Mortara, nel "
        "tratto compreso tra la rotatoria di via Dante e il confine con il Comune di Vigevano;",
        "Richiamata la determinazione dell’Area Tecnica n. 201 del 14/04/2027, con la quale è stato "
        "affidato all’ing. Stefano Maggi di Mortara l’incarico di redazione del progetto di "
        "fattibilità tecnico-economica dell’opera;",
        "Visto il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato "
        "in data 27/05/2027, prot. n. 9114, composto da relazione tecnico-illustrativa, elaborati "
        "grafici, calcolo sommario della spesa e quadro economico, per un importo complessivo di "
        "€ 385.000,00, di cui € 292.500,00 per lavori a base d’asta comprensivi degli oneri per la "
        "sicurezza;",
        "Dato atto che l’intervento è finanziato per € 300.000,00 con contributo regionale di cui al "
        "bando per la mobilità ciclistica e per € 85.000,00 con fondi propri di bilancio, alla "
        "missione 10, programma 05, del bilancio di previsione 2027/2029;",
        "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l’art. 41 e l’allegato I.7 in materia "
        "di livelli e contenuti della progettazione;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili dell’Area Tecnica e "
        "dell’Area Finanziaria, allegati al presente atto;",
        "Con voti unanimi favorevoli espressi nelle forme di legge;",
    ]:
        s.append(Paragraph(p, body))
    s.append(Paragraph("D E L I B E R A", bodyc))
    pts = [
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione "
        "della pista ciclopedonale di via Mortara, redatto dall’ing. Stefano Maggi, dell’importo "
        "complessivo di € 385.000,00, secondo il quadro economico riportato nella relazione "
        "tecnico-illustrativa;",
        "di dare atto che la spesa trova copertura come indicato in premessa e che il CUP "
        "dell’intervento è H91B27000140004;",
        "di individuare quale Responsabile Unico del Progetto l’arch. Giulia Re, Responsabile "
        "dell’Area Tecnica, demandandole gli adempimenti successivi;",
        "di trasmettere copia del presente atto alla Regione Lombardia ai fini della conferma del "
        "contributo assegnato.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Paragraph(
        "Successivamente, con separata votazione unanime, la presente deliberazione viene "
        "dichiarata <b>immediatamente eseguibile</b> ai sensi dell’art. 134, comma 4, del "
        "D.Lgs. 267/2000, stante l’urgenza di presentare la documentazione alla Regione entro il "
        "30/06/2027.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Letto, approvato e sottoscritto.", body))
    sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
                 ["dott.ssa Sara Lombardi", "dott.ssa Paola Invernizzi"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]],
                colWidths=[(W - LM - RM) / 2] * 2)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                             ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9.5),
                             ("FONT", (0, 2), (-1, 2), "LibSans-Italic", 8),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(KeepTogether([sig]))
    s.append(Spacer(1, 14))
    s.append(Paragraph(
        "<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
        "collegate, che sostituisce il documento cartaceo e la firma autografa.</i>", small))
    doc.build(s)
    return doc.page


n = build(0)
build(n)
