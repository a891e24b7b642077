# -*- coding: utf-8 -*-
"""Print the 12 acts as the offices' packages would (clean PDFs in ../clean/),
recording in ../clean/marks.json where hands and stamps go."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from common import PM, Box, P, Spot, canvas_mark, e, save_marks, styles
from data import (AVIGLIANA_ROLL, CDS_ROLL, K, VV_ROLL)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "clean")
os.makedirs(OUT, exist_ok=True)
W, H = A4


def build(name, story, first, later=None, pagesize=A4, margins=(20, 20, 22, 20), title=""):
    l, r, t, b = [m * mm for m in margins]
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=pagesize, leftMargin=l, rightMargin=r,
                            topMargin=t, bottomMargin=b, title=title, author="", creator="")
    doc.build(story, onFirstPage=first, onLaterPages=later or first)


def A(f):
    return K[f]["act"]


def itdate(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# ---------------------------------------------------------------- 1 Avigliana (Halley)
def avigliana():
    f = "deliberazione-avigliana-halley.pdf"
    a = A(f)
    s = styles("LibSerif", 11)

    def page(c, d):
        c.saveState()
        c.setFont("LibSerif-Bold", 15)
        c.drawCentredString(W / 2, H - 18 * mm, "COMUNE DI AVIGLIANA")
        c.setFont("LibSerif", 10)
        c.drawCentredString(W / 2, H - 23 * mm, "CITTÀ METROPOLITANA DI TORINO")
        c.setLineWidth(0.6)
        c.line(20 * mm, H - 26 * mm, W - 20 * mm, H - 26 * mm)
        c.setFont("LibSerif-Italic", 8)
        c.drawString(20 * mm, 12 * mm, "Deliberazione della Giunta Comunale n. 38 del 10/03/2026")
        c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d" % c.getPageNumber())
        c.restoreState()

    st = []
    st.append(Spacer(1, 2 * mm))
    st.append(P("COPIA", s["right"]))
    st.append(P("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", s["title"]))
    st.append(P("N. 38", s["title"]))
    subj = Table([[PM("<b>OGGETTO:</b>", s["cell"]), PM("<b>%s</b>" % e(a["subject"]), s["body"])]],
                 colWidths=[24 * mm, 146 * mm])
    subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    st += [subj, Spacer(1, 5 * mm)]
    st.append(P("L’anno duemilaventisei addì dieci del mese di marzo alle ore 18:00 nella solita sala delle "
                "adunanze, previo esaurimento delle formalità prescritte dalla vigente legge, vennero per oggi "
                "convocati i componenti della Giunta Comunale.", s["body"]))
    st.append(P("Risultano:", s["left"]))
    rows = [["Cognome e Nome", "Carica", "Presenti", "Assenti"]]
    for n, r, p in AVIGLIANA_ROLL:
        rows.append([n, r, "X" if p else "", "" if p else "X"])
    rows.append(["", "Totale", "4", "1"])
    t = Table(rows, colWidths=[62 * mm, 42 * mm, 24 * mm, 24 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSerif", 10.5),
                           ("FONT", (0, 0), (-1, 0), "LibSerif-Bold", 10.5),
                           ("FONT", (0, -1), (-1, -1), "LibSerif-Bold", 10.5),
                           ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    st += [t, Spacer(1, 4 * mm)]
    st.append(P("Assume la presidenza il Sig. GIRAUDO ANDREA, nella sua qualità di SINDACO.", s["body"]))
    st.append(P("Partecipa alla seduta il SEGRETARIO COMUNALE Dott.ssa CHIABERGE LUCIA, che provvede alla "
                "redazione del presente verbale.", s["body"]))
    st.append(P("Il Presidente, riconosciuta la legalità dell’adunanza, dichiara aperta la seduta ed invita la "
                "Giunta a deliberare sull’oggetto sopra indicato.", s["body"]))
    st.append(PageBreak())
    st.append(Spacer(1, 1 * mm))
    st.append(P("Proposta n. 45 del 05/03/2026 – AREA TECNICA – SERVIZIO LAVORI PUBBLICI", s["bl"]))
    st.append(P("LA GIUNTA COMUNALE", s["bc"]))
    for txt in [
        "Premesso che l’edificio della scuola primaria “Don Lorenzo Milani”, sito in via IV Novembre, "
        "necessita di interventi di manutenzione straordinaria della copertura, di sostituzione dei serramenti "
        "e di adeguamento degli impianti alle vigenti norme di prevenzione incendi;",
        "Visto il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico comunale, acquisito "
        "al protocollo n. 4127 del 27/02/2026, composto dagli elaborati elencati nella relazione generale, "
        "per un importo complessivo di € 385.000,00, di cui € 298.600,00 per lavori a base d’asta;",
        "Visti il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del "
        "D.Lgs. 267/2000 dai Responsabili delle Aree interessate;",
        "Con voti unanimi favorevoli espressi in forma palese;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("DELIBERA", s["bc"]))
    pts = [
        "di approvare il progetto di fattibilità tecnico-economica dei lavori in oggetto, redatto dall’Ufficio "
        "Tecnico comunale, depositato agli atti;",
        "di approvare il quadro economico dell’intervento, per una spesa complessiva di € 385.000,00;",
        "di dare atto che la spesa trova copertura al capitolo 20410/3 “Manutenzione straordinaria edifici "
        "scolastici” del bilancio di previsione 2026/2028, annualità 2026;",
        "di nominare Responsabile Unico del Progetto l’ing. Fabrizio MOLLO, funzionario dell’Area Tecnica;",
        "di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti.",
    ]
    for i, p in enumerate(pts, 1):
        st.append(P("%d. %s" % (i, p), s["item"]))
    st.append(P("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene "
                "dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.",
                s["body"]))
    st.append(PageBreak())
    st.append(Spacer(1, 1 * mm))
    st.append(P("PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000", s["bc"]))
    pt = Table([["Regolarità tecnica: FAVOREVOLE", "Il Responsabile dell’Area Tecnica", "Ing. Fabrizio MOLLO"],
                ["Regolarità contabile: FAVOREVOLE", "Il Responsabile dell’Area Finanziaria", "Rag. Paola CUGNO"]],
               colWidths=[62 * mm, 60 * mm, 48 * mm])
    pt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSerif", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    st += [pt, Spacer(1, 8 * mm)]
    st.append(P("Letto, confermato e sottoscritto.", s["left"]))
    sig = Table([[P("IL SINDACO", s["bc"]), P("IL SEGRETARIO COMUNALE", s["bc"])],
                 [P("GIRAUDO ANDREA", s["center"]), P("Dott.ssa CHIABERGE LUCIA", s["center"])],
                 [Spot(f, "sign", 55 * mm, 16 * mm, who="Giraudo"), Spot(f, "sign", 55 * mm, 16 * mm, who="Chiaberge")]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st += [sig, Spacer(1, 6 * mm), Spot(f, "stamp", 40 * mm, 1, r=17 * mm, text="COMUNE DI AVIGLIANA",
                                         inner="CITTÀ METROPOLITANA DI TORINO")]
    st.append(P("CERTIFICATO DI PUBBLICAZIONE", s["bc"]))
    st.append(P("Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line "
                "per quindici giorni consecutivi dal 17/03/2026 ai sensi dell’art. 124 del D.Lgs. 267/2000 e "
                "contestualmente comunicata ai Capigruppo consiliari.", s["body"]))
    st.append(P("Avigliana, lì 17/03/2026", s["left"]))
    st.append(P("IL SEGRETARIO COMUNALE", s["right"]))
    st.append(Spot(f, "sign", 50 * mm, 14 * mm, who="Chiaberge", align="right"))
    build(f, st, page, margins=(20, 20, 31, 20), title="Delibera GC 38/2026")


# ---------------------------------------------------------------- 2 Vittorio Veneto (Dedagroup)
def vittorioveneto():
    f = "deliberazione-vittorioveneto-dedagroup.pdf"
    a = A(f)
    s = styles("LibSans", 9.8)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f3f6e"))
        c.rect(18 * mm, H - 30 * mm, W - 36 * mm, 15 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LibSans-Bold", 16)
        c.drawString(44 * mm, H - 22 * mm, "CITTÀ DI VITTORIO VENETO")
        c.setFont("LibSans", 8.5)
        c.drawString(44 * mm, H - 27 * mm, "PROVINCIA DI TREVISO")
        c.circle(30 * mm, H - 22.5 * mm, 5.5 * mm, stroke=1, fill=0)
        c.setFont("LibSans-Bold", 6)
        c.drawCentredString(30 * mm, H - 23.5 * mm, "STEMMA")
        c.setFillColor(colors.black)
        c.setFont("LibSans", 7.5)
        c.drawString(18 * mm, 10 * mm, "Deliberazione del Consiglio Comunale n. 12 del 05/03/2026")
        c.drawRightString(W - 18 * mm, 10 * mm, "Pagina %d di 2" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    hd = Table([[P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", s["bl"]), P("N. 12 del 05/03/2026", s["bl"])],
                [P("Seduta pubblica di prima convocazione – Sessione ordinaria", s["cell"]), ""]],
               colWidths=[120 * mm, 54 * mm])
    hd.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, colors.HexColor("#1f3f6e")),
                            ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    st += [hd, Spacer(1, 3 * mm)]
    ob = Table([[P("OGGETTO", s["cellb"]), P(a["subject"], s["bj"])]], colWidths=[22 * mm, 152 * mm])
    ob.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#dde6f2")),
                            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#1f3f6e")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st += [ob, Spacer(1, 3 * mm)]
    st.append(P("L’anno 2026, il giorno cinque del mese di marzo, alle ore 20:30, nella Sala consiliare di Palazzo "
                "Minucci-De Carlo, convocato con avvisi scritti recapitati a norma di legge, si è riunito il "
                "Consiglio Comunale. Eseguito l’appello, risultano:", s["body"]))
    rows = [["N.", "Cognome e Nome", "Carica", "Presenza"]]
    for i, (n, r, p) in enumerate(VV_ROLL, 1):
        rows.append([str(i), n, r, "Presente" if p else "Assente"])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 58 * mm, 30 * mm], rowHeights=[5.4 * mm] * len(rows))
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 8.8),
                           ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 8.8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f2")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6d83a6")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st += [t, Spacer(1, 2 * mm)]
    st.append(P("Presenti n. 15 – Assenti n. 2", s["bl"]))
    st.append(P("Presiede la seduta la Presidente del Consiglio Comunale sig.ra DAL CIN ELISA.", s["body"]))
    st.append(P("Partecipa alla seduta il Segretario Generale dott. ZANETTE PAOLO.", s["body"]))
    st.append(P("Scrutatori designati: CESCON RICCARDO, BET FRANCESCA, CARNIEL MARTA.", s["body"]))
    st.append(P("IL CONSIGLIO COMUNALE", s["bc"]))
    for txt in [
        "Richiamata la propria deliberazione n. 9 del 25/02/2021, con la quale è stato approvato il Regolamento "
        "per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e "
        "del canone mercatale, successivamente modificato con deliberazione n. 41 del 30/11/2023;",
        "Ritenuto necessario adeguare gli articoli 12, 27 e 41 del Regolamento alla nuova disciplina dei "
        "mercati settimanali e delle occupazioni temporanee per manifestazioni;",
        "Udita la relazione dell’Assessore al Bilancio e il dibattito consiliare, riportato nel resoconto "
        "integrale della seduta;",
        "Visto il parere favorevole della Commissione consiliare Bilancio espresso nella seduta del 26/02/2026 "
        "e il parere dell’Organo di revisione economico-finanziaria (verbale n. 5 del 27/02/2026);",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. "
        "267/2000;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("Con la seguente votazione, espressa per alzata di mano e proclamata dalla Presidente:", s["body"]))
    vt = Table([["Presenti n. 15", "Votanti n. 14", "Astenuti n. 1 (Caldart)"],
                ["Voti favorevoli n. 10", "Voti contrari n. 4 (Bet, Carniel, Piai, Salvador)", ""]],
               colWidths=[42 * mm, 78 * mm, 54 * mm])
    vt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("SPAN", (1, 1), (2, 1))]))
    st += [vt, Spacer(1, 2 * mm)]
    st.append(P("DELIBERA", s["bc"]))
    for i, p in enumerate([
        "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per l’applicazione del canone "
        "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel "
        "testo riportato nell’allegato A, parte integrante e sostanziale del presente atto;",
        "di stabilire che le modifiche approvate hanno efficacia dal 1° aprile 2026;",
        "di trasmettere la presente deliberazione al Ministero dell’Economia e delle Finanze mediante "
        "inserimento nel Portale del federalismo fiscale.",
    ], 1):
        st.append(P("%d) %s" % (i, p), s["item"]))
    st.append(P("Successivamente, con separata votazione (presenti n. 15, votanti n. 14, favorevoli n. 10, "
                "contrari n. 4, astenuti n. 1), la presente deliberazione è dichiarata immediatamente "
                "eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", s["body"]))
    st.append(Spacer(1, 6 * mm))
    st.append(P("Letto, approvato e sottoscritto.", s["left"]))
    sig = Table([[P("LA PRESIDENTE DEL CONSIGLIO", s["bc"]), P("IL SEGRETARIO GENERALE", s["bc"])],
                 [P("DAL CIN ELISA", s["center"]), P("ZANETTE PAOLO", s["center"])],
                 [Spot(f, "sign", 55 * mm, 15 * mm, who="Dal Cin"), Spot(f, "sign", 55 * mm, 15 * mm, who="Zanette")]],
                colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st += [KeepTogether([sig, Spot(f, "stamp", 40 * mm, 1, r=16 * mm, text="CITTÀ DI VITTORIO VENETO",
                                   inner="SEGRETERIA GENERALE", dx=40)])]
    build(f, st, page, margins=(18, 18, 34, 18), title="Delibera CC 12")


# ---------------------------------------------------------------- 3 Castel di Sangro (Hypersic)
def casteldisangro():
    f = "deliberazione-casteldisangro-hypersic.pdf"
    a = A(f)
    s = styles("DejaSans", 9.4)

    def page(c, d):
        c.saveState()
        c.setFont("DejaSans-Bold", 14)
        c.drawString(20 * mm, H - 20 * mm, "COMUNE DI CASTEL DI SANGRO")
        c.setFont("DejaSans", 8.5)
        c.drawString(20 * mm, H - 25 * mm, "Provincia dell’Aquila")
        c.drawString(20 * mm, H - 29 * mm, "Corso Vittorio Emanuele, 10 – 67031 Castel di Sangro (AQ)")
        c.setLineWidth(1.2)
        c.rect(W - 62 * mm, H - 28 * mm, 42 * mm, 10 * mm)
        c.setFont("DejaSans-Bold", 12)
        c.drawCentredString(W - 41 * mm, H - 24.5 * mm, "ORIGINALE")
        c.setFont("DejaSans", 7)
        c.drawCentredString(W / 2, 10 * mm, "Delibera di Giunta Comunale n. 27 del 12/03/2026 - pag. %d" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    hd = Table([[P("DELIBERAZIONE DELLA GIUNTA COMUNALE", s["bc"]), "", ""],
                [P("Numero", s["cellc"]), P("Data", s["cellc"]), ""],
                [PM("<b>27</b>", s["cellc"]), PM("<b>12/03/2026</b>", s["cellc"]), ""]],
               colWidths=[30 * mm, 40 * mm, 100 * mm])
    hd.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("GRID", (0, 1), (1, 2), 0.8, colors.black),
                            ("BOX", (0, 0), (-1, 0), 0.8, colors.black)]))
    st += [hd, Spacer(1, 3 * mm)]
    st.append(PM("<b>Oggetto:</b> <b>%s</b>" % e(a["subject"]), s["body"]))
    st.append(Spacer(1, 2 * mm))
    st.append(P("L’anno duemilaventisei, il giorno dodici del mese di marzo,", s["left"]))
    line = Table([[P("alle ore", s["left"]),
                   Spot(f, "hand", 20 * mm, 5 * mm, text="13,30"),
                   P("nella Casa Comunale, a seguito di regolare convocazione, si è riunita la", s["left"])]],
                 colWidths=[16 * mm, 22 * mm, 132 * mm])
    line.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    st.append(line)
    st.append(P("Giunta Comunale con l’intervento dei Signori:", s["body"]))
    rows = [[PM("<b>Componente</b>", s["cell"]), PM("<b>Qualifica</b>", s["cell"]), PM("<b>Presente</b>", s["cellc"]),
             PM("<b>Assente</b>", s["cellc"])]]
    for n, r, p in CDS_ROLL:
        rows.append([P(n, s["cell"]), P(r, s["cell"]),
                     Box(f, "tick" if p else "box", 4 * mm, 4 * mm),
                     Box(f, "box" if p else "tick", 4 * mm, 4 * mm)])
    t = Table(rows, colWidths=[58 * mm, 38 * mm, 28 * mm, 28 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
    st += [t, Spacer(1, 3 * mm)]
    st.append(P("Presiede il Sindaco Ing. Tommaso DI CICCO. Partecipa il Segretario Comunale Dott.ssa Maria Grazia "
                "PALLOTTA, che cura la verbalizzazione.", s["body"]))
    st.append(P("LA GIUNTA COMUNALE", s["bc"]))
    for txt in [
        "VISTA la nota prot. n. 3312 del 02/03/2026, con la quale l’Associazione Turistica Pro Loco di Castel di "
        "Sangro ha chiesto un contributo per l’organizzazione delle manifestazioni della Settimana Santa 2026, "
        "allegando il programma e il piano finanziario;",
        "RICHIAMATO il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, "
        "approvato con deliberazione del Consiglio Comunale n. 14 del 28/04/2015;",
        "RITENUTO di riconoscere l’iniziativa di rilevante interesse per la promozione turistica del territorio;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile, resi ai sensi dell’art. 49 del D.Lgs. "
        "n. 267/2000;",
        "CON VOTI unanimi favorevoli, resi nelle forme di legge;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("D E L I B E R A", s["bc"]))
    for i, p in enumerate([
        "di concedere all’Associazione Turistica Pro Loco di Castel di Sangro un contributo di € 4.500,00 per "
        "l’organizzazione delle manifestazioni della Settimana Santa 2026;",
        "di imputare la spesa alla missione 7, programma 1, capitolo 1312 del bilancio 2026/2028, esercizio 2026;",
        "di demandare al Responsabile del Servizio Amministrativo l’adozione dell’impegno di spesa e la "
        "liquidazione, previa presentazione del rendiconto;",
        "di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi "
        "dell’art. 134, comma 4, del D.Lgs. n. 267/2000.",
    ], 1):
        st.append(P("%d) %s" % (i, p), s["item"]))
    st.append(Spacer(1, 5 * mm))
    sig = Table([[P("IL SINDACO", s["bc"]), P("IL SEGRETARIO COMUNALE", s["bc"])],
                 [P("Ing. Tommaso DI CICCO", s["center"]), P("Dott.ssa Maria Grazia PALLOTTA", s["center"])],
                 [Spot(f, "sign", 50 * mm, 14 * mm, who="Di Cicco"), Spot(f, "sign", 50 * mm, 14 * mm, who="Pallotta")]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(KeepTogether([sig]))
    st.append(Spacer(1, 4 * mm))
    st.append(P("ATTESTATO DI PUBBLICAZIONE", s["bc"]))
    st.append(P("Della suestesa deliberazione viene iniziata oggi la pubblicazione all’Albo Pretorio on line per "
                "quindici giorni consecutivi (art. 124 del D.Lgs. 267/2000).", s["body"]))
    st.append(P("Castel di Sangro, 16/03/2026                                        IL MESSO COMUNALE", s["left"]))
    st.append(Spot(f, "sign", 45 * mm, 12 * mm, who="Messo", align="right"))
    build(f, st, page, margins=(20, 20, 33, 18), title="Delibera GC 27")


# ---------------------------------------------------------------- 4 Gattinara (Studio K)
def gattinara():
    f = "determinazione-gattinara-studiok.pdf"
    a = A(f)
    s = styles("LibSans", 9.6)

    def page(c, d):
        c.saveState()
        c.setFont("LibSans-Bold", 13)
        c.drawCentredString(W / 2, H - 17 * mm, "COMUNE DI GATTINARA")
        c.setFont("LibSans", 8.5)
        c.drawCentredString(W / 2, H - 21.5 * mm, "PROVINCIA DI VERCELLI")
        c.setFont("LibSans", 7)
        c.drawString(18 * mm, 9 * mm, "Determinazione n. 112 del 09/03/2026 - Area Tecnica")
        c.drawRightString(W - 18 * mm, 9 * mm, "pag. %d" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 6 * mm)]
    g = Table([[PM("<b>AREA TECNICA</b>", s["cell"]), PM("Determinazione n. <b>112</b> del <b>09/03/2026</b>", s["cell"])],
               [P("Servizio Lavori Pubblici e Manutenzioni", s["cell"]),
                PM("Registro Generale n. <b>187</b> del <b>09/03/2026</b>", s["cell"])]],
              colWidths=[90 * mm, 84 * mm])
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st += [g, Spacer(1, 4 * mm)]
    st.append(P("DETERMINAZIONE DEL RESPONSABILE DELL’AREA TECNICA", s["bc"]))
    ob = Table([[P("OGGETTO:", s["cellb"]), P(a["subject"], s["bj"])]], colWidths=[22 * mm, 152 * mm])
    ob.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [ob, Spacer(1, 3 * mm)]
    st.append(P("IL RESPONSABILE DELL’AREA", s["bc"]))
    for txt in [
        "Visto il decreto sindacale n. 3 del 02/01/2026 di nomina dei Responsabili di Area con attribuzione "
        "delle funzioni di cui all’art. 107 del D.Lgs. 267/2000;",
        "Richiamata la deliberazione del Consiglio Comunale n. 58 del 18/12/2025, di approvazione del bilancio "
        "di previsione 2026/2028, e la deliberazione della Giunta Comunale n. 4 del 13/01/2026 di approvazione "
        "del Piano Esecutivo di Gestione;",
        "Considerato che occorre garantire per l’anno 2026 lo sfalcio delle aree verdi, la potatura delle "
        "alberature stradali e la manutenzione delle aiuole dei giardini pubblici di corso Valsesia e di "
        "piazza Paolotti;",
        "Visto l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento "
        "diretto dei servizi di importo inferiore a € 140.000,00;",
        "Acquisito, tramite la piattaforma di approvvigionamento digitale, il preventivo della ditta "
        "VERDEVALSESIA S.N.C. di Serravalle Sesia (VC), P.IVA 02517340025, per l’importo di € 38.400,00 oltre "
        "IVA 22%, ritenuto congruo;",
        "Accertata la regolarità contributiva della ditta (DURC prot. INPS_49928173, scadenza 14/06/2026);",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("DETERMINA", s["bc"]))
    for i, p in enumerate([
        "di affidare, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di manutenzione "
        "del verde pubblico per l’anno 2026 alla ditta VERDEVALSESIA S.N.C., per l’importo di € 38.400,00 oltre "
        "IVA, per complessivi € 46.848,00;",
        "di impegnare la spesa di € 46.848,00 alla missione 9, programma 2, capitolo 1620/1 “Manutenzione verde "
        "pubblico – prestazioni di servizi” del bilancio 2026;",
        "di dare atto che il CIG attribuito è B8C4F21A7E e che il contratto sarà stipulato mediante "
        "corrispondenza commerciale ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023;",
        "di dare atto che il Responsabile Unico del Progetto è il geom. Luca BARBERIS;",
        "di trasmettere il presente provvedimento al Responsabile dell’Area Economico-Finanziaria per il visto "
        "di regolarità contabile attestante la copertura finanziaria.",
    ], 1):
        st.append(P("%d. %s" % (i, p), s["item"]))
    st.append(Spacer(1, 4 * mm))
    st.append(KeepTogether([P("IL RESPONSABILE DELL’AREA TECNICA", s["right"]),
                            P("arch. Simona FERRARIS", s["right"]),
                            Spot(f, "sign", 52 * mm, 15 * mm, who="Ferraris", align="right")]))
    st.append(Spacer(1, 6 * mm))
    vis = [P("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", s["bc"]),
           P("(art. 151, comma 4, e art. 183, comma 7, del D.Lgs. 267/2000)", s["smallc"]),
           Table([["Impegno", "Capitolo", "Esercizio", "Importo"],
                  ["2026/311", "1620/1", "2026", "€ 46.848,00"]], colWidths=[40 * mm] * 4,
                 style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONT", (0, 0), (-1, -1), "LibSans", 9),
                                   ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9)])),
           Spacer(1, 2 * mm),
           P("Gattinara, 09/03/2026", s["left"]),
           P("IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA", s["right"]),
           P("dott.ssa Elena GIORDANINO", s["right"]),
           Spot(f, "sign", 52 * mm, 14 * mm, who="Giordanino", align="right")]
    st.append(KeepTogether(vis))
    build(f, st, page, margins=(18, 18, 26, 16), title="Determina 112")


# ---------------------------------------------------------------- 5 Massa Marittima (J-Iride)
def massamarittima():
    f = "determinazione-massamarittima-jiride.pdf"
    a = A(f)
    s = styles("LibSerif", 10.4)

    def page(c, d):
        c.saveState()
        c.setFont("LibSerif-Bold", 17)
        c.drawString(40 * mm, H - 22 * mm, "Comune di Massa Marittima")
        c.setFont("LibSerif-Italic", 9.5)
        c.drawString(40 * mm, H - 27 * mm, "Provincia di Grosseto")
        c.setLineWidth(0.8)
        c.roundRect(20 * mm, H - 31 * mm, 15 * mm, 17 * mm, 3)
        c.setFont("LibSerif", 5.5)
        c.drawCentredString(27.5 * mm, H - 23 * mm, "STEMMA")
        c.line(20 * mm, H - 34 * mm, W - 20 * mm, H - 34 * mm)
        c.setFont("LibSerif", 7.5)
        c.drawString(20 * mm, 11 * mm, "Determinazione n. 214 del 11/03/2026")
        c.drawRightString(W - 20 * mm, 11 * mm, "Pagina %d" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    grid = Table([
        [P("SETTORE 3 - SERVIZI ALLA PERSONA E ALLA COMUNITÀ", s["cellb"]), ""],
        [P("Servizio Pubblica Istruzione", s["cell"]), ""],
        [PM("DETERMINAZIONE DIRIGENZIALE", s["cellb"]), PM("N. <b>214</b> del <b>11/03/2026</b>", s["cell"])],
        [P("Proposta n. 256 del 10/03/2026", s["cell"]), P("Esecutiva dal 11/03/2026", s["cell"])],
    ], colWidths=[112 * mm, 58 * mm])
    grid.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)),
                              ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                              ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
    st += [grid, Spacer(1, 4 * mm)]
    st.append(PM("<b>OGGETTO: %s</b>" % e(a["subject"]), s["body"]))
    st.append(Spacer(1, 2 * mm))
    st.append(P("IL DIRIGENTE", s["bc"]))
    for txt in [
        "Richiamata la propria determinazione n. 612 del 28/08/2025, con la quale il servizio di trasporto "
        "scolastico per l’anno scolastico 2025/2026 è stato affidato alla ditta Autolinee Colline Metallifere "
        "S.r.l., con sede in Follonica, per l’importo annuo di € 142.300,00 oltre IVA;",
        "Viste le fatture elettroniche n. 47/PA del 03/03/2026 di € 14.872,00 e n. 48/PA del 03/03/2026 di "
        "€ 1.210,00, relative al servizio reso nel mese di febbraio 2026 (linee ordinarie e uscite didattiche);",
        "Accertata la regolare esecuzione del servizio e la regolarità contributiva della ditta;",
        "Dato atto che non sussistono situazioni di conflitto di interessi ai sensi dell’art. 6-bis della "
        "Legge 241/1990;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("DETERMINA", s["bc"]))
    for p in [
        "di liquidare alla ditta Autolinee Colline Metallifere S.r.l. la somma complessiva di € 16.082,00 "
        "(IVA compresa) a saldo delle fatture indicate in premessa;",
        "di imputare la spesa all’impegno n. 2025/1744, capitolo 4510 “Trasporto scolastico – servizi”, "
        "esercizio 2026;",
        "di trasmettere il presente atto al Servizio Finanziario per l’emissione del mandato di pagamento "
        "mediante bonifico sul conto dedicato ai sensi della Legge 136/2010.",
    ]:
        st.append(Paragraph(e(p), s["item"], bulletText="•"))
    st.append(Spacer(1, 8 * mm))
    st.append(KeepTogether([P("IL DIRIGENTE DEL SETTORE 3", s["right"]), P("Dott. Gianluca BINDI", s["right"]),
                            Spot(f, "sign", 55 * mm, 15 * mm, who="Bindi", align="right"),
                            Spot(f, "stamp", 40 * mm, 1, r=16 * mm, text="COMUNE DI MASSA MARITTIMA",
                                 inner="PUBBLICA ISTRUZIONE", dx=-10)]))
    st.append(PageBreak())
    st.append(Spacer(1, 1 * mm))
    st.append(P("ATTESTAZIONE DI COPERTURA FINANZIARIA", s["bc"]))
    st.append(P("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184 "
                "del D.Lgs. 267/2000.", s["body"]))
    t = Table([["Esercizio", "Capitolo", "Impegno", "Liquidazione", "Importo"],
               ["2026", "4510", "2025/1744", "2026/402", "€ 16.082,00"]], colWidths=[30 * mm, 30 * mm, 34 * mm, 34 * mm, 40 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "LibSerif", 10),
                           ("FONT", (0, 0), (-1, 0), "LibSerif-Bold", 10)]))
    st += [t, Spacer(1, 4 * mm), P("Massa Marittima, 11/03/2026", s["left"]),
           P("IL RESPONSABILE DEL SERVIZIO FINANZIARIO", s["right"]), P("Rag. Cinzia TOGNONI", s["right"]),
           Spot(f, "sign", 55 * mm, 14 * mm, who="Tognoni", align="right")]
    build(f, st, page, margins=(20, 20, 38, 20), title="Determinazione 214")


# ---------------------------------------------------------------- 6 Marsicovetere (Kibernetes)
def marsicovetere():
    f = "determinazione-marsicovetere-kibernetes.pdf"
    a = A(f)
    s = styles("LibNarrow", 10.6)

    def page(c, d):
        c.saveState()
        c.setFont("LibNarrow-Bold", 15)
        c.drawCentredString(W / 2, H - 16 * mm, "COMUNE DI MARSICOVETERE")
        c.setFont("LibNarrow", 9)
        c.drawCentredString(W / 2, H - 20.5 * mm, "Provincia di Potenza")
        c.drawCentredString(W / 2, H - 24.5 * mm, "Piazza Zecchettin, 1 – 85050 Villa d’Agri – Marsicovetere (PZ)")
        c.setLineWidth(1.5)
        c.line(18 * mm, H - 27 * mm, W - 18 * mm, H - 27 * mm)
        c.setFont("LibNarrow", 7.5)
        c.drawString(18 * mm, 9 * mm, "Kibernetes - Determinazione Settore Tecnico n. 45/2026")
        c.drawRightString(W - 18 * mm, 9 * mm, "Pag. %d di 1" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    st.append(P("SETTORE TECNICO", s["title"]))
    st.append(P("Servizio Lavori Pubblici", s["center"]))
    reg = Table([[P("DETERMINAZIONE N. 45 DEL 13/03/2026", s["bc"]), ""],
                 [P("Registro Generale n.", s["right"]), Spot(f, "hand", 26 * mm, 6 * mm, text="298")]],
                colWidths=[120 * mm, 40 * mm])
    reg.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 1, colors.black),
                             ("LINEBELOW", (1, 1), (1, 1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    st += [reg, Spacer(1, 4 * mm)]
    st.append(PM("<b>OGGETTO:</b> %s" % e(a["subject"]), s["bj"]))
    st.append(Spacer(1, 2 * mm))
    st.append(P("IL RESPONSABILE DEL SETTORE", s["bc"]))
    for txt in [
        "PREMESSO che con determinazione del Settore Tecnico n. 112 del 22/07/2025 i lavori di messa in "
        "sicurezza della strada comunale “Parco del Sole” sono stati aggiudicati all’impresa EDILSUD AGRI S.R.L. "
        "di Marsico Nuovo (PZ) per l’importo netto di € 214.870,00, oltre IVA;",
        "VISTO il contratto d’appalto Rep. n. 18 del 03/09/2025 e il verbale di consegna dei lavori del "
        "15/09/2025;",
        "VISTI il 2° stato di avanzamento lavori a tutto il 28/02/2026 e il relativo certificato di pagamento "
        "n. 2 del 06/03/2026, emessi dal Direttore dei Lavori, per l’importo di € 78.540,00 oltre IVA al 10%;",
        "VISTA la fattura n. 9/2026 del 10/03/2026 dell’impresa, di € 86.394,00 IVA compresa;",
        "ACCERTATA la regolarità contributiva dell’impresa mediante DURC on line;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("DETERMINA", s["bc"]))
    for i, p in enumerate([
        "di approvare il 2° stato di avanzamento lavori e il certificato di pagamento n. 2 del 06/03/2026;",
        "di liquidare all’impresa EDILSUD AGRI S.R.L. la somma di € 78.540,00 oltre IVA al 10%, per complessivi "
        "€ 86.394,00, con applicazione dello split payment;",
        "di imputare la spesa al capitolo 28150 “Messa in sicurezza viabilità comunale”, impegno n. 611/2025, "
        "del bilancio 2026 in conto residui;",
        "di trasmettere il presente atto al Servizio Finanziario per i successivi adempimenti.",
    ], 1):
        st.append(P("%d) %s" % (i, p), s["item"]))
    st.append(Spacer(1, 6 * mm))
    st.append(KeepTogether([P("IL RESPONSABILE DEL SETTORE TECNICO", s["right"]), P("Ing. Rocco LAURINO", s["right"]),
                            Spot(f, "sign", 52 * mm, 15 * mm, who="Laurino", align="right")]))
    st.append(Spacer(1, 6 * mm))
    st.append(P("PUBBLICAZIONE", s["bc"]))
    st.append(P("La presente determinazione è pubblicata all’Albo Pretorio on line dal 16/03/2026 per 15 giorni "
                "consecutivi.", s["body"]))
    build(f, st, page, margins=(18, 18, 31, 16), title="Determina 45")


# ---------------------------------------------------------------- 7 Bussolengo (Sicraweb)
def bussolengo():
    f = "ordinanza-bussolengo-sicraweb.pdf"
    a = A(f)
    s = styles("LibSans", 9.8)

    def page(c, d):
        c.saveState()
        c.setFont("LibSans-Bold", 14)
        c.drawString(42 * mm, H - 19 * mm, "COMUNE DI BUSSOLENGO")
        c.setFont("LibSans", 8.5)
        c.drawString(42 * mm, H - 23.5 * mm, "Provincia di Verona")
        c.drawString(42 * mm, H - 27.5 * mm, "Settore Polizia Locale – Comando")
        c.rect(20 * mm, H - 30 * mm, 16 * mm, 16 * mm)
        c.setFont("LibSans", 5.5)
        c.drawCentredString(28 * mm, H - 22.5 * mm, "STEMMA")
        c.setFont("LibSans", 7)
        c.drawString(20 * mm, 10 * mm, "Ordinanza n. 31 del 16/03/2026 – Documento generato da Sicraweb")
        c.drawRightString(W - 20 * mm, 10 * mm, "%d" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    reg = Table([[PM("<b>SETTORE POLIZIA LOCALE</b>", s["cell"]), PM("ORDINANZA N. 31", s["cellb"])],
                 [P("Registro Ordinanze", s["cell"]), P("Data 16/03/2026", s["cell"])]],
                colWidths=[110 * mm, 60 * mm])
    reg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.black)]))
    st += [reg, Spacer(1, 4 * mm)]
    st.append(PM("<b>OGGETTO: %s</b>" % e(a["subject"]), s["body"]))
    st.append(P("IL RESPONSABILE DEL SETTORE POLIZIA LOCALE", s["bc"]))
    for txt in [
        "Vista la richiesta della Pro Loco di Bussolengo, pervenuta al prot. n. 7718 del 03/03/2026, relativa allo "
        "svolgimento della manifestazione florovivaistica “Bussolengo in Fiore”, in programma domenica 22 marzo "
        "2026;",
        "Considerato che, per consentire l’allestimento degli stand e garantire la sicurezza dei partecipanti, è "
        "necessario vietare la circolazione e la sosta dei veicoli nelle aree interessate;",
        "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo "
        "Regolamento di esecuzione;",
        "Visto l’art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    ]:
        st.append(P(txt, s["body"]))
    st.append(P("O R D I N A", s["bc"]))
    for p in [
        "dalle ore 06:00 alle ore 21:00 del giorno 22 marzo 2026 il divieto di transito a tutti i veicoli in "
        "via del Lago, nel tratto compreso tra via Verona e piazza XXVI Aprile;",
        "dalle ore 00:00 alle ore 23:59 del giorno 22 marzo 2026 il divieto di sosta con rimozione forzata "
        "in piazza XXVI Aprile e nei parcheggi di via del Lago;",
        "la deviazione del traffico proveniente da via Verona su via Mazzini e via Dante Alighieri;",
        "che i divieti non si applicano ai veicoli di soccorso, di polizia e a quelli autorizzati "
        "dall’organizzazione, muniti di apposito contrassegno;",
        "che la Pro Loco provveda alla posa della segnaletica temporanea almeno 48 ore prima dell’inizio dei "
        "divieti, secondo le indicazioni del Comando.",
    ]:
        st.append(Paragraph(e(p), s["item"], bulletText="–"))
    st.append(P("A V V E R T E", s["bc"]))
    st.append(P("che i trasgressori saranno puniti ai sensi del Codice della Strada e che contro la presente "
                "ordinanza è ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione, oppure "
                "ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al "
                "Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, comma 3, del D.Lgs. "
                "285/1992.", s["body"]))
    st.append(P("Gli agenti della forza pubblica sono incaricati di far rispettare la presente ordinanza.", s["body"]))
    st.append(Spacer(1, 4 * mm))
    st.append(P("Bussolengo, 16/03/2026", s["left"]))
    st.append(KeepTogether([P("IL RESPONSABILE DEL SETTORE POLIZIA LOCALE", s["right"]),
                            P("Commissario Capo dott. Alessandro ZOCCATELLI", s["right"]),
                            Spot(f, "sign", 55 * mm, 15 * mm, who="Zoccatelli", align="right"),
                            Spot(f, "stamp", 40 * mm, 1, r=15 * mm, text="COMUNE DI BUSSOLENGO",
                                 inner="POLIZIA LOCALE", dx=-25)]))
    build(f, st, page, margins=(20, 20, 34, 18), title="Ordinanza 31")


# ---------------------------------------------------------------- 8 Sesto Fiorentino (Word)
def sestofiorentino():
    f = "avviso-sestofiorentino-word.pdf"
    a = A(f)
    s = styles("Carlito", 11)

    def page(c, d):
        c.saveState()
        c.setFont("Carlito-Bold", 16)
        c.drawString(25 * mm, H - 20 * mm, "Comune di Sesto Fiorentino")
        c.setFont("Carlito", 10)
        c.drawString(25 * mm, H - 25 * mm, "Settore Servizi alla Persona")
        c.drawString(25 * mm, H - 29.5 * mm, "Servizio Casa")
        c.setStrokeColor(colors.HexColor("#8a1c1c"))
        c.setLineWidth(2)
        c.line(25 * mm, H - 32 * mm, W - 25 * mm, H - 32 * mm)
        c.setFont("Carlito", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(W / 2, 12 * mm, "Piazza Vittorio Veneto, 1 – 50019 Sesto Fiorentino (FI) – "
                            "servizio.casa@comune.sesto-fiorentino.fi.it")
        c.restoreState()

    st = [Spacer(1, 1 * mm)]
    st.append(P("Avviso n. 4/2026", s["right"]))
    st.append(P("Sesto Fiorentino, 16/03/2026", s["right"]))
    st.append(Spacer(1, 4 * mm))
    st.append(P(a["subject"], s["title"]))
    st.append(Spacer(1, 3 * mm))
    st.append(P("IL DIRIGENTE DEL SETTORE SERVIZI ALLA PERSONA", s["bc"]))
    st.append(P("In esecuzione della propria determinazione n. 388 del 13/03/2026 e ai sensi dell’art. 11 della "
                "Legge 9 dicembre 1998, n. 431 e della deliberazione della Giunta Regionale Toscana in materia di "
                "contributi per il sostegno alla locazione,", s["body"]))
    st.append(P("RENDE NOTO", s["bc"]))
    st.append(P("che dal 17/03/2026 al 30/04/2026 i soggetti in possesso dei requisiti sotto indicati possono "
                "presentare domanda per ottenere un contributo ad integrazione del canone di locazione per l’anno "
                "2026.", s["body"]))
    st.append(P("Art. 1 – Requisiti per l’ammissione", s["bl"]))
    for p in ["residenza anagrafica nel Comune di Sesto Fiorentino, nell’alloggio per il quale si chiede il contributo;",
              "titolarità di un contratto di locazione ad uso abitativo regolarmente registrato;",
              "valore ISEE non superiore a € 16.500,00;",
              "incidenza del canone annuo sul valore ISE non inferiore al 14%;",
              "assenza di titolarità di diritti di proprietà su alloggi adeguati alle esigenze del nucleo familiare."]:
        st.append(Paragraph(e(p), s["item"], bulletText="•"))
    st.append(P("Art. 2 – Modalità di presentazione della domanda", s["bl"]))
    st.append(P("La domanda deve essere presentata esclusivamente on line tramite il portale dei servizi del Comune, "
                "con accesso mediante SPID, CIE o CNS, entro le ore 13:00 del 30/04/2026. Gli operatori dello "
                "Sportello Casa sono disponibili per assistenza nei giorni di martedì e giovedì dalle 9:00 alle "
                "12:30, previo appuntamento.", s["body"]))
    st.append(P("Art. 3 – Graduatoria", s["bl"]))
    st.append(P("Il Servizio Casa formerà la graduatoria provvisoria entro 45 giorni dalla chiusura del bando; "
                "avverso la graduatoria è ammesso ricorso alla Commissione comunale entro 10 giorni dalla "
                "pubblicazione all’Albo Pretorio on line.", s["body"]))
    st.append(P("Art. 4 – Trattamento dei dati personali", s["bl"]))
    st.append(P("I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le "
                "finalità del presente avviso. Titolare del trattamento è il Comune di Sesto Fiorentino.", s["body"]))
    st.append(P("Responsabile del procedimento: dott.ssa Irene CAPPELLINI – tel. 055 4496 357.", s["body"]))
    st.append(Spacer(1, 6 * mm))
    st.append(KeepTogether([P("IL DIRIGENTE", s["right"]), P("Dott. Lorenzo BALDINI", s["right"]),
                            Spot(f, "sign", 55 * mm, 15 * mm, who="Baldini", align="right")]))
    build(f, st, page, margins=(25, 25, 36, 20), title="Avviso 4/2026")


# ---------------------------------------------------------------- 9 Montesilvano (Civilia)
def montesilvano():
    f = "attestazione-montesilvano-civilia.pdf"
    a = A(f)
    s = styles("DejaSerif", 10)

    def page(c, d):
        c.saveState()
        c.setFont("DejaSerif-Bold", 15)
        c.drawCentredString(W / 2, H - 22 * mm, "CITTÀ DI MONTESILVANO")
        c.setFont("DejaSerif", 9)
        c.drawCentredString(W / 2, H - 27 * mm, "Provincia di Pescara")
        c.setFont("DejaSerif", 7)
        c.drawString(20 * mm, 10 * mm, "Civilia Next – Albo Pretorio – Registro pubblicazioni n. 1043/2026")
        c.restoreState()

    st = [Spacer(1, 22 * mm)]
    st.append(P("CERTIFICATO DI PUBBLICAZIONE", s["title"]))
    st.append(Spacer(1, 4 * mm))
    t = Table([[P("Atto", s["cellb"]), P("Deliberazione della Giunta Comunale", s["cell"])],
               [P("Numero", s["cellb"]), P("61", s["cell"])],
               [P("Data", s["cellb"]), P("12/03/2026", s["cell"])],
               [P("Oggetto", s["cellb"]), P(a["subject"], s["cell"])]],
              colWidths=[30 * mm, 140 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    st += [t, Spacer(1, 8 * mm)]
    st.append(P("Il sottoscritto Messo Comunale, visti gli atti d’ufficio,", s["body"]))
    st.append(P("CERTIFICA", s["bc"]))
    st.append(P("che copia della deliberazione sopra indicata è stata affissa all’Albo Pretorio on line di questo "
                "Comune in data 17/03/2026, con il n. 1043 del Registro delle pubblicazioni, e vi rimarrà per "
                "quindici giorni consecutivi, fino al 01/04/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. "
                "18 agosto 2000, n. 267 e dell’art. 32 della Legge 18 giugno 2009, n. 69.", s["body"]))
    st.append(Spacer(1, 8 * mm))
    ln = Table([[P("Montesilvano, lì", s["left"]), Spot(f, "hand", 30 * mm, 6 * mm, text="17/03/2026")]],
               colWidths=[36 * mm, 40 * mm], hAlign="LEFT")
    ln.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                            ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    st.append(ln)
    st.append(Spacer(1, 6 * mm))
    st.append(P("IL MESSO COMUNALE", s["right"]))
    st.append(P("Sig. Antonio D’ALESSANDRO", s["right"]))
    st.append(Spot(f, "sign", 52 * mm, 15 * mm, who="D'Alessandro", align="right"))
    st.append(Spot(f, "stamp", 40 * mm, 1, r=16 * mm, text="CITTÀ DI MONTESILVANO", inner="MESSI COMUNALI", dx=-80))
    build(f, st, page, margins=(20, 20, 24, 20), title="Certificato di pubblicazione")


# ---------------------------------------------------------------- 10 Corigliano-Rossano (Word, landscape)
def coriglianorossano():
    f = "allegato-coriglianorossano-word.pdf"
    s = styles("Carlito", 10)
    LW, LH = landscape(A4)

    def page(c, d):
        c.saveState()
        c.setFont("Carlito-Bold", 13)
        c.drawString(18 * mm, LH - 16 * mm, "COMUNE DI CORIGLIANO-ROSSANO")
        c.setFont("Carlito", 9)
        c.drawString(18 * mm, LH - 20.5 * mm, "Provincia di Cosenza – Settore Lavori Pubblici")
        c.setFont("Carlito-Bold", 12)
        c.drawRightString(LW - 18 * mm, LH - 16 * mm, "ALLEGATO A")
        c.setFont("Carlito", 8)
        c.drawRightString(LW - 18 * mm, LH - 20.5 * mm, "alla determinazione del Settore Lavori Pubblici n. 402 del 13/03/2026")
        c.drawCentredString(LW / 2, 9 * mm, "Pagina %d di 1" % c.getPageNumber())
        c.restoreState()

    st = [Spacer(1, 8 * mm)]
    st.append(P("LAVORI DI RIQUALIFICAZIONE DEL LUNGOMARE DI SCHIAVONEA – II LOTTO FUNZIONALE", s["title"]))
    st.append(P("QUADRO ECONOMICO RIMODULATO A SEGUITO DI AGGIUDICAZIONE", s["bc"]))
    rows = [["Voce", "Descrizione", "Progetto esecutivo (€)", "Ribasso d’asta (€)", "Dopo aggiudicazione (€)"],
            ["A", "LAVORI", "", "", ""],
            ["A.1", "Lavori a misura soggetti a ribasso", "612.450,00", "-87.344,89", "525.105,11"],
            ["A.2", "Oneri per la sicurezza non soggetti a ribasso", "18.370,00", "", "18.370,00"],
            ["", "Totale lavori (A)", "630.820,00", "-87.344,89", "543.475,11"],
            ["B", "SOMME A DISPOSIZIONE DELL’AMMINISTRAZIONE", "", "", ""],
            ["B.1", "IVA sui lavori (10%)", "63.082,00", "-8.734,49", "54.347,51"],
            ["B.2", "Spese tecniche (progettazione, D.L., sicurezza)", "58.600,00", "", "58.600,00"],
            ["B.3", "Incentivi funzioni tecniche (art. 45 D.Lgs. 36/2023)", "12.616,40", "", "12.616,40"],
            ["B.4", "Imprevisti", "21.400,00", "", "21.400,00"],
            ["B.5", "Contributo ANAC e spese di gara", "1.081,60", "", "1.081,60"],
            ["B.6", "Economie da ribasso d’asta", "", "", "96.079,38"],
            ["", "Totale somme a disposizione (B)", "156.780,00", "", "244.124,89"],
            ["", "TOTALE GENERALE (A+B)", "787.600,00", "", "787.600,00"]]
    t = Table(rows, colWidths=[16 * mm, 110 * mm, 44 * mm, 40 * mm, 46 * mm])
    bold = [1, 4, 5, 12, 13]
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "Carlito", 10),
          ("FONT", (0, 0), (-1, 0), "Carlito-Bold", 10), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
          ("ALIGN", (2, 0), (-1, -1), "RIGHT")]
    for b in bold:
        ts.append(("FONT", (0, b), (-1, b), "Carlito-Bold", 10))
    ts.append(("BACKGROUND", (0, 13), (-1, 13), colors.HexColor("#f2f2f2")))
    t.setStyle(TableStyle(ts))
    st += [t, Spacer(1, 5 * mm)]
    st.append(P("CUP J27H23000410006 – CIG B2C77E9A41. Fonte di finanziamento: Fondo per lo sviluppo e la coesione "
                "(FSC) 2021-2027 – Accordo per la Coesione Regione Calabria.", s["left"]))
    st.append(Spacer(1, 4 * mm))
    sig = Table([["", P("IL RUP", s["bc"]), P("IL DIRIGENTE DEL SETTORE", s["bc"])],
                 ["", P("geom. Francesco SCIGLIANO", s["center"]), P("ing. Marisa PUGLIESE", s["center"])],
                 ["", Spot(f, "sign", 50 * mm, 12 * mm, who="Scigliano"), Spot(f, "sign", 50 * mm, 12 * mm, who="Pugliese")]],
                colWidths=[100 * mm, 78 * mm, 78 * mm])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    build(f, st, page, pagesize=landscape(A4), margins=(18, 18, 24, 14), title="Allegato A")


# ---------------------------------------------------------------- 11 Villa San Giovanni (Datagraph)
def villasangiovanni():
    f = "convocazione-villasangiovanni-datagraph.pdf"
    a = A(f)
    s = styles("LibSerif", 11)

    def page(c, d):
        c.saveState()
        c.setFont("LibSerif-Bold", 16)
        c.drawCentredString(W / 2, H - 20 * mm, "COMUNE DI VILLA SAN GIOVANNI")
        c.setFont("LibSerif-Italic", 10)
        c.drawCentredString(W / 2, H - 25 * mm, "Città Metropolitana di Reggio Calabria")
        c.setFont("LibSerif", 9)
        c.drawCentredString(W / 2, H - 29.5 * mm, "UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE")
        c.line(22 * mm, H - 32 * mm, W - 22 * mm, H - 32 * mm)
        c.setFont("LibSerif", 7.5)
        c.drawCentredString(W / 2, 11 * mm, "Via Nazionale, 625 – 89018 Villa San Giovanni (RC)")
        c.restoreState()

    st = [Spacer(1, 14 * mm)]
    prot = Table([[P("Prot. n. 6214", s["left"])], [P("del 17/03/2026", s["left"])]], colWidths=[50 * mm], hAlign="LEFT")
    prot.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    st.append(prot)
    st.append(Spacer(1, 3 * mm))
    st.append(P("Ai Sigg. Consiglieri Comunali", s["right"]))
    st.append(P("Al Sig. Sindaco", s["right"]))
    st.append(P("Al Segretario Generale", s["right"]))
    st.append(P("e, p.c., al Prefetto di Reggio Calabria", s["right"]))
    st.append(Spacer(1, 5 * mm))
    st.append(P(a["subject"], s["title"]))
    st.append(Spacer(1, 2 * mm))
    st.append(P("Ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 21 e 22 del Regolamento per il "
                "funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio "
                "Comunale, convocato in sessione ordinaria, in prima convocazione, per il giorno", s["body"]))
    st.append(P("martedì 24 marzo 2026, alle ore 17:00,", s["bc"]))
    st.append(P("presso la Sala consiliare “Nicola Calipari” del Palazzo Municipale, e occorrendo in seconda "
                "convocazione per il giorno mercoledì 25 marzo 2026 alla stessa ora, per la trattazione del "
                "seguente", s["body"]))
    st.append(P("ORDINE DEL GIORNO", s["bc"]))
    for i, p in enumerate([
        "Lettura e approvazione dei verbali della seduta precedente.",
        "Comunicazioni del Sindaco e del Presidente del Consiglio.",
        "Ratifica della deliberazione della Giunta Comunale n. 31 del 26/02/2026 avente ad oggetto “Variazione "
        "d’urgenza al bilancio di previsione 2026/2028”.",
        "Regolamento comunale per l’assegnazione e la gestione degli orti urbani. Approvazione.",
        "Riconoscimento di legittimità di debito fuori bilancio ai sensi dell’art. 194, comma 1, lett. a), del "
        "D.Lgs. 267/2000 – sentenza del Giudice di Pace n. 212/2025.",
        "Mozione presentata dai Consiglieri di minoranza in materia di sicurezza dell’approdo dei traghetti.",
    ], 1):
        st.append(P("%d. %s" % (i, p), s["item"]))
    st.append(P("Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio di "
                "Segreteria e consultabili dai Consiglieri nelle ore d’ufficio.", s["body"]))
    st.append(Spacer(1, 4 * mm))
    st.append(KeepTogether([P("IL PRESIDENTE DEL CONSIGLIO COMUNALE", s["right"]), P("Avv. Domenico CARIDI", s["right"]),
                            Spot(f, "sign", 55 * mm, 15 * mm, who="Caridi", align="right"),
                            Spot(f, "stamp", 40 * mm, 1, r=16 * mm, text="COMUNE DI VILLA SAN GIOVANNI",
                                 inner="PRESIDENZA DEL CONSIGLIO", dx=-30)]))
    build(f, st, page, margins=(22, 22, 24, 18), title="Convocazione CC")


# ---------------------------------------------------------------- 12 Porto Torres (Zuddas)
def portotorres():
    f = "avviso-portotorres-zuddas.pdf"
    a = A(f)
    s = styles("Caladea", 11.2)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#0b4f8a"))
        c.rect(0, H - 34 * mm, 12 * mm, 34 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Caladea-Bold", 16)
        c.drawString(22 * mm, H - 18 * mm, "COMUNE DI PORTO TORRES")
        c.setFont("Caladea", 9.5)
        c.drawString(22 * mm, H - 23 * mm, "AREA AMBIENTE, VERDE PUBBLICO E SERVIZI TECNOLOGICI")
        c.drawString(22 * mm, H - 27.5 * mm, "Ufficio Igiene Urbana")
        c.setFont("Caladea", 7.5)
        c.drawString(22 * mm, 10 * mm, "Piazza Umberto I, 1 – 07046 Porto Torres (SS) – "
                     "protocollo@pec.comune.porto-torres.ss.it")
        c.restoreState()

    st = [Spacer(1, 12 * mm)]
    st.append(P("Porto Torres, 16/03/2026", s["right"]))
    st.append(Spacer(1, 6 * mm))
    big = styles("Caladea", 26)["bc"]
    st.append(P("AVVISO", big))
    st.append(Spacer(1, 4 * mm))
    st.append(P(a["subject"], s["title"]))
    st.append(Spacer(1, 4 * mm))
    st.append(P("Si informa la cittadinanza che, a decorrere dal 1° aprile 2026, il servizio gratuito di ritiro a "
                "domicilio dei rifiuti ingombranti e dei rifiuti di apparecchiature elettriche ed elettroniche "
                "(RAEE) sarà effettuato secondo il nuovo calendario di seguito riportato.", s["body"]))
    rows = [["Zona", "Giorno di ritiro", "Prenotazione entro"],
            ["Centro storico, Borgo, Porto", "primo e terzo martedì del mese", "venerdì precedente, ore 12:00"],
            ["Serra Li Pozzi, Li Lioni, Sacro Cuore", "primo e terzo giovedì del mese", "lunedì precedente, ore 12:00"],
            ["Balai, Scogliolungo, Villaggio Verde", "secondo e quarto martedì del mese", "venerdì precedente, ore 12:00"],
            ["Agro e zona industriale", "secondo e quarto giovedì del mese", "lunedì precedente, ore 12:00"]]
    t = Table(rows, colWidths=[62 * mm, 56 * mm, 52 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "Caladea", 10),
                           ("FONT", (0, 0), (-1, 0), "Caladea-Bold", 10),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe0f1"))]))
    st += [t, Spacer(1, 4 * mm)]
    st.append(P("La prenotazione può essere effettuata chiamando il numero verde 800 194 527, dal lunedì al venerdì "
                "dalle 8:30 alle 13:00, oppure tramite l’applicazione del gestore del servizio. Per ogni ritiro è "
                "consentito il conferimento di un massimo di cinque pezzi, da esporre su suolo pubblico, davanti "
                "al proprio numero civico, entro le ore 6:00 del giorno stabilito.", s["body"]))
    st.append(P("Si ricorda che l’abbandono di rifiuti è punito ai sensi dell’art. 255 del D.Lgs. 152/2006 e del "
                "Regolamento comunale di igiene urbana.", s["body"]))
    st.append(Spacer(1, 6 * mm))
    st.append(KeepTogether([P("IL DIRIGENTE DELL’AREA", s["right"]), P("Ing. Gavino SECHI", s["right"]),
                            Spot(f, "sign", 55 * mm, 15 * mm, who="Sechi", align="right")]))
    build(f, st, page, margins=(22, 20, 22, 18), title="Avviso ingombranti")


ALL = [avigliana, vittorioveneto, casteldisangro, gattinara, massamarittima, marsicovetere, bussolengo,
       sestofiorentino, montesilvano, coriglianorossano, villasangiovanni, portotorres]

if __name__ == "__main__":
    for fn in ALL:
        fn()
    save_marks(os.path.join(OUT, "marks.json"))
    print("built", len(ALL))
