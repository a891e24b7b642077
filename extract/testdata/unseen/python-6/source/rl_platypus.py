# ReportLab platypus acts: Montebelluna (Halley), Ivrea (Civilia),
# Bitonto (Dedagroup-like Consiglio), Senigallia (APKappa-like determinazione).
# People, numbers and facts are invented.
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, ListFlowable, ListItem)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSans", DV + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DV + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", DV + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DejaVuSans", 0, 0, "DejaVuSans")
addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")


def styles(font, bold, size=10.5, lead=13.5):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=4)
    s["c"] = ParagraphStyle("c", parent=s["body"], alignment=TA_CENTER)
    s["cb"] = ParagraphStyle("cb", parent=s["c"], fontName=bold)
    s["big"] = ParagraphStyle("big", parent=s["cb"], fontSize=size + 5, leading=lead + 6)
    s["r"] = ParagraphStyle("r", parent=s["body"], alignment=TA_RIGHT)
    s["l"] = ParagraphStyle("l", parent=s["body"], alignment=TA_LEFT)
    s["b"] = ParagraphStyle("b", parent=s["body"], fontName=bold)
    s["ind"] = ParagraphStyle("ind", parent=s["body"], leftIndent=18, firstLineIndent=-14)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 2.5, leading=lead - 3)
    return s


# ---------------------------------------------------------------------------
# 1. Montebelluna, Giunta, Halley-like, Times
# ---------------------------------------------------------------------------
def montebelluna():
    fn = os.path.join(OUT, "giunta-montebelluna-halley.pdf")
    s = styles("Times-Roman", "Times-Bold", 11, 14)

    def footer(c, d):
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(20 * mm, 12 * mm, "DELIBERAZIONE DI GIUNTA COMUNALE n. 187 del 25-11-2025  -  COMUNE DI MONTEBELLUNA")
        c.drawRightString(190 * mm, 12 * mm, "Pag. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm,
                            title="Delibera di Giunta n. 187/2025", author="Comune di Montebelluna")
    st = []
    st.append(Paragraph("ORIGINALE", s["r"]))
    st.append(Paragraph("COMUNE DI MONTEBELLUNA", s["big"]))
    st.append(Paragraph("PROVINCIA DI TREVISO", s["cb"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", s["cb"]))
    st.append(Spacer(1, 4))
    hdr = Table([["N. 187", "Seduta del 25-11-2025"]], colWidths=[60 * mm, 110 * mm])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Bold", 11),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.black),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    st.append(hdr)
    st.append(Spacer(1, 8))
    subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICA ED ECONOMICA DEI LAVORI DI "
            "RIQUALIFICAZIONE DELLA PISTA CICLABILE DI VIA SAN GAETANO - CUP J57H25000810004.")
    ot = Table([[Paragraph("<b>Oggetto:</b>", s["l"]), Paragraph("<b>%s</b>" % subj, s["body"])]],
               colWidths=[22 * mm, 148 * mm])
    ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
    st.append(ot)
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "L'anno <b>duemilaventicinque</b> il giorno <b>venticinque</b> del mese di <b>novembre</b> "
        "alle ore <b>17:30</b>, nella Residenza Municipale, per determinazione del Sindaco, si è "
        "riunita la Giunta Comunale. Eseguito l'appello, risultano:", s["body"]))
    rows = [["Componenti", "Carica", "Presenti", "Assenti"],
            ["ZANATTA MICHELE", "Sindaco", "X", ""],
            ["BOLZONELLO CHIARA", "Vice Sindaco", "X", ""],
            ["FAVARO DAVIDE", "Assessore", "X", ""],
            ["GUIZZO ELISA", "Assessore", "", "X"],
            ["MARCON PIETRO", "Assessore", "X", ""],
            ["TESSARO SILVIA", "Assessore", "X", ""],
            ["", "TOTALE", "5", "1"]]
    t = Table(rows, colWidths=[70 * mm, 45 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                           ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
                           ("GRID", (0, 0), (-1, -2), 0.5, colors.black),
                           ("BOX", (2, -1), (3, -1), 0.5, colors.black),
                           ("INNERGRID", (2, -1), (3, -1), 0.5, colors.black),
                           ("ALIGN", (2, 0), (3, -1), "CENTER"),
                           ("ALIGN", (1, -1), (1, -1), "RIGHT")]))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph(
        "Partecipa alla seduta il Segretario Generale dott.ssa Lorena Pavan, che provvede alla "
        "redazione del presente verbale.", s["body"]))
    st.append(Paragraph(
        "Constatato il numero legale degli intervenuti, l'avv. Michele Zanatta nella sua qualità di "
        "Sindaco assume la presidenza e dichiara aperta la seduta, invitando la Giunta a deliberare "
        "sull'oggetto sopra indicato.", s["body"]))
    st.append(Spacer(1, 6))
    st.append(Paragraph("LA GIUNTA COMUNALE", s["cb"]))
    prem = [
        "<b>PREMESSO</b> che il tratto di pista ciclabile di via San Gaetano, realizzato nel 2004, "
        "presenta un diffuso ammaloramento della pavimentazione e dei cordoli di separazione dalla "
        "carreggiata, con conseguenti condizioni di pericolo per gli utenti;",
        "<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 71 del 19-12-2024, esecutiva, "
        "con la quale è stato approvato il bilancio di previsione 2025-2027 e il relativo programma "
        "triennale dei lavori pubblici, nel quale l'intervento risulta inserito con il codice "
        "CUI L00541780266202500014;",
        "<b>RICHIAMATA</b> altresì la propria deliberazione n. 96 del 10-06-2025, con la quale è stato "
        "approvato il documento di indirizzo alla progettazione;",
        "<b>VISTO</b> il progetto di fattibilità tecnica ed economica redatto dall'Ufficio Tecnico "
        "comunale, Settore Lavori Pubblici, acquisito al protocollo n. 41327 del 14-11-2025, che "
        "prevede una spesa complessiva di € 485.000,00, di cui € 362.000,00 per lavori a base d'asta "
        "ed € 123.000,00 per somme a disposizione dell'Amministrazione;",
        "<b>CONSIDERATO</b> che il progetto è composto dagli elaborati elencati nella relazione "
        "generale e depositati agli atti del Settore Lavori Pubblici;",
        "<b>VISTO</b> il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
        "<b>VISTI</b> i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, "
        "n. 267 dal Responsabile del Settore Lavori Pubblici in ordine alla regolarità tecnica e dal "
        "Responsabile del Settore Finanziario in ordine alla regolarità contabile;",
    ]
    for p in prem:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph("Con voti unanimi favorevoli espressi nelle forme di legge,", s["body"]))
    st.append(Spacer(1, 4))
    st.append(Paragraph("D E L I B E R A", s["cb"]))
    st.append(Spacer(1, 4))
    pts = [
        "di approvare il progetto di fattibilità tecnica ed economica dei lavori di riqualificazione "
        "della pista ciclabile di via San Gaetano, dell'importo complessivo di € 485.000,00, secondo il "
        "quadro economico riportato nella relazione generale;",
        "di dare atto che la spesa trova copertura al capitolo 28140/15 \"Manutenzione straordinaria "
        "piste ciclabili\" del bilancio 2025-2027, esercizio 2026, finanziato con contributo regionale "
        "per € 300.000,00 e con mezzi propri per € 185.000,00;",
        "di confermare quale Responsabile Unico del Progetto l'ing. Stefano Corazzin, Responsabile del "
        "Settore Lavori Pubblici;",
        "di demandare al Responsabile del Settore Lavori Pubblici l'adozione degli atti conseguenti, "
        "compreso l'affidamento della progettazione esecutiva.",
    ]
    for i, p in enumerate(pts, 1):
        st.append(Paragraph("%d) %s" % (i, p), s["ind"]))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata "
        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di "
        "consentire la presentazione della domanda di contributo entro il termine del 15-12-2025.",
        s["body"]))
    st.append(Spacer(1, 14))
    st.append(Paragraph("Letto, approvato e sottoscritto.", s["l"]))
    st.append(Spacer(1, 6))
    sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"],
                 ["avv. Michele Zanatta", "dott.ssa Lorena Pavan"]], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 11),
                             ("FONT", (0, 1), (-1, 1), "Times-Roman", 11),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    st.append(Spacer(1, 18))
    st.append(Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", s["c"]))
    st.append(Paragraph(
        "Copia del presente verbale viene pubblicata all'Albo Pretorio on line per 15 giorni "
        "consecutivi dal 27-11-2025 (Reg. Pubbl. n. 2291).", s["body"]))
    st.append(Paragraph("IL MESSO COMUNALE<br/>Daniela Furlan", s["r"]))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 5. Ivrea, Giunta, Civilia-like, DejaVu Sans
# ---------------------------------------------------------------------------
def ivrea():
    fn = os.path.join(OUT, "giunta-ivrea-civilia.pdf")
    s = styles("DejaVuSans", "DejaVuSans-Bold", 9.5, 13)

    def page(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 7.5)
        c.setStrokeColor(colors.grey)
        c.line(18 * mm, 14 * mm, 192 * mm, 14 * mm)
        c.drawString(18 * mm, 10 * mm, "Deliberazione G.C. n. 42 del 10/03/2026")
        c.drawRightString(192 * mm, 10 * mm, "pagina %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=14 * mm, bottomMargin=20 * mm, title="DGC 42/2026")
    st = []
    head = Table([[Paragraph("<b>CITTÀ DI IVREA</b>", ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=15, leading=18)),
                   Paragraph("Città Metropolitana di Torino<br/>Piazza Vittorio Emanuele 1 - 10015 Ivrea", s["small"])]],
                 colWidths=[80 * mm, 94 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#7a0019"))]))
    st.append(head)
    st.append(Spacer(1, 10))
    box = Table([[Paragraph("<b>Deliberazione della Giunta Comunale</b>", s["l"]), Paragraph("<b>N. 42</b>", s["r"])],
                 [Paragraph("Seduta del 10/03/2026", s["l"]), Paragraph("Immediatamente eseguibile", s["r"])]],
                colWidths=[110 * mm, 64 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
    st.append(box)
    st.append(Spacer(1, 8))
    subj = ("Approvazione schema di convenzione con l'Istituto Comprensivo Ivrea I per il servizio di "
            "pre e post scuola - anno scolastico 2026/2027")
    st.append(Paragraph("<b>OGGETTO:</b> %s" % subj, s["body"]))
    st.append(Spacer(1, 6))
    st.append(Paragraph(
        "L'anno duemilaventisei addì dieci del mese di marzo alle ore 12:15 nella sala delle riunioni "
        "del Palazzo Civico, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone "
        "dei Signori:", s["body"]))
    rows = [["N.", "Cognome e Nome", "Carica", "P", "A"],
            ["1", "CHIARIGLIONE ROBERTO", "Sindaco", "P", ""],
            ["2", "BERTINETTI MARTA", "Vicesindaco", "P", ""],
            ["3", "GIANOGLIO LUCA", "Assessore", "P", ""],
            ["4", "PERUCCA SARA", "Assessore", "", "A"],
            ["5", "VIGNA ENRICO", "Assessore", "P", ""],
            ["6", "CROSETTO PAOLA", "Assessore", "P", ""]]
    t = Table(rows, colWidths=[10 * mm, 70 * mm, 50 * mm, 12 * mm, 12 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                           ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("ALIGN", (3, 0), (4, -1), "CENTER")]))
    st.append(t)
    st.append(Paragraph("Presenti: 5 &nbsp;&nbsp;&nbsp; Assenti: 1", s["r"]))
    st.append(Paragraph(
        "Assume la presidenza il Sindaco, ing. Roberto Chiariglione. Partecipa il Vice Segretario "
        "Generale, dott. Andrea Giachino, con funzioni di assistenza giuridico-amministrativa e di "
        "verbalizzazione.", s["body"]))
    st.append(Spacer(1, 6))
    st.append(Paragraph("LA GIUNTA COMUNALE", s["cb"]))
    for p in [
        "<b>Premesso</b> che il Comune assicura da diversi anni, in collaborazione con le istituzioni "
        "scolastiche, un servizio di accoglienza degli alunni prima e dopo l'orario delle lezioni, a "
        "sostegno delle famiglie con genitori lavoratori;",
        "<b>Vista</b> la nota dell'Istituto Comprensivo Ivrea I, prot. n. 8812 del 12/02/2026, con la "
        "quale il Dirigente Scolastico manifesta la disponibilità al rinnovo della collaborazione per "
        "l'anno scolastico 2026/2027, mettendo a disposizione i locali dei plessi di San Lorenzo e di "
        "via Jervis;",
        "<b>Richiamata</b> la deliberazione del Consiglio Comunale n. 11 del 24/02/2026, con la quale è "
        "stato approvato il Documento Unico di Programmazione 2026/2028;",
        "<b>Considerato</b> che il servizio sarà gestito mediante personale educativo della cooperativa "
        "affidataria del servizio di assistenza scolastica, con una contribuzione a carico delle famiglie "
        "determinata secondo le fasce ISEE vigenti;",
        "<b>Visto</b> lo schema di convenzione allegato al presente atto quale parte integrante e "
        "sostanziale;",
        "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph(
        "Con voti favorevoli n. 4 e astenuti n. 1 (Assessore Vigna Enrico), espressi in forma palese,",
        s["body"]))
    st.append(Paragraph("DELIBERA", s["cb"]))
    items = [
        "di approvare lo schema di convenzione tra la Città di Ivrea e l'Istituto Comprensivo Ivrea I "
        "per la gestione del servizio di pre e post scuola per l'anno scolastico 2026/2027, allegato "
        "alla presente deliberazione;",
        "di autorizzare la Dirigente del Settore Servizi alla Persona alla sottoscrizione della "
        "convenzione, con facoltà di apportare modifiche non sostanziali;",
        "di dare atto che la spesa presunta di € 38.400,00 trova copertura al capitolo 4520 "
        "\"Servizi integrativi scolastici\" del bilancio 2026/2028, esercizi 2026 e 2027;",
    ]
    st.append(ListFlowable([ListItem(Paragraph(x, s["body"]), value=i + 1) for i, x in enumerate(items)],
                           bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName="DejaVuSans"))
    st.append(Paragraph(
        "Successivamente, con separata votazione, con voti favorevoli n. 4 e astenuti n. 1, la Giunta "
        "dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
        "del D.Lgs. 267/2000, per consentire l'avvio delle iscrizioni.", s["body"]))
    st.append(Spacer(1, 14))
    sig = Table([["Il Presidente", "Il Vice Segretario Generale"],
                 ["ing. Roberto Chiariglione", "dott. Andrea Giachino"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                             ("FONT", (0, 2), (-1, 2), "DejaVuSans-Oblique", 7.5),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------
# 6. Bitonto, Consiglio, two-column roll, Times
# ---------------------------------------------------------------------------
def bitonto():
    fn = os.path.join(OUT, "consiglio-bitonto-dedagroup.pdf")
    s = styles("Times-Roman", "Times-Bold", 11, 14)

    def page(c, d):
        c.saveState()
        c.setFont("Times-Roman", 8)
        c.drawCentredString(105 * mm, 10 * mm, "Città di Bitonto - Deliberazione del Consiglio Comunale n. 18 del 28/04/2026 - pag. %d" % d.page)
        c.setFont("Times-Bold", 9)
        c.drawRightString(195 * mm, 287 * mm, "COPIA")
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Delibera CC 18/2026")
    st = []
    st.append(Paragraph("CITTÀ DI BITONTO", s["big"]))
    st.append(Paragraph("Città Metropolitana di Bari", s["c"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("DELIBERAZIONE DEL CONSIGLIO COMUNALE", s["cb"]))
    st.append(Paragraph("N. 18 del 28/04/2026", s["cb"]))
    st.append(Spacer(1, 8))
    subj = ("REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O "
            "ESPOSIZIONE PUBBLICITARIA - MODIFICHE AGLI ARTICOLI 12, 27 E 41.")
    st.append(Table([[Paragraph("<b>OGGETTO:</b>", s["l"]), Paragraph("<b>%s</b>" % subj, s["body"])]],
                    colWidths=[27 * mm, 147 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                          ("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "L'anno duemilaventisei, il giorno ventotto del mese di aprile, alle ore 18:40, nella sala "
        "consiliare del Palazzo di Città, in sessione ordinaria ed in seduta pubblica di prima "
        "convocazione, a seguito di avviso prot. n. 19874 del 21/04/2026 regolarmente notificato, si è "
        "riunito il Consiglio Comunale. All'appello nominale risultano:", s["body"]))
    names = [("VALENTE MICHELE - Sindaco", "P"), ("LOVERO FRANCESCA", "P"),
             ("AMENDUNI GIUSEPPE", "P"), ("BRUNO TERESA", "P"),
             ("CASTELLANO VITO", "A"), ("DE PALMA ROSA", "P"),
             ("FERRARA NICOLA", "P"), ("GIORGIO ANTONELLA", "P"),
             ("LOSITO DOMENICO", "P"), ("MARZOCCA PAOLA", "A"),
             ("MINERVINI ANGELO", "P"), ("NOTARANGELO ELENA", "P"),
             ("PAPARELLA LUIGI", "P"), ("RICCI MARIANGELA", "P"),
             ("ROSSIELLO FRANCESCO", "P"), ("SCARDIGNO ILARIA", "P"),
             ("SICOLO PASQUALE", "A"), ("TARANTINI SABRINA", "P"),
             ("TERLIZZI ONOFRIO", "P"), ("VACCA MARIA", "P"),
             ("VALENZANO CARLO", "P"), ("ZACCARO ANNA", "P"),
             ("CANNITO RAFFAELE", "P"), ("DI NANNA SERENA", "A"),
             ("LISENA GIOVANNI", "P")]
    rows = [["N.", "Consigliere", "P/A", "N.", "Consigliere", "P/A"]]
    for i in range(0, len(names), 2):
        a = names[i]
        b = names[i + 1] if i + 1 < len(names) else ("", "")
        rows.append([str(i + 1), a[0], a[1], str(i + 2) if b[0] else "", b[0], b[1]])
    t = Table(rows, colWidths=[9 * mm, 63 * mm, 13 * mm, 9 * mm, 63 * mm, 13 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("LINEAFTER", (2, 0), (2, -1), 1.4, colors.black),
                           ("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (5, 0), (5, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    st.append(t)
    st.append(Paragraph("Consiglieri assegnati n. 25 (compreso il Sindaco) - Presenti n. 21 - Assenti n. 4", s["r"]))
    st.append(Paragraph(
        "Presiede la seduta la Presidente del Consiglio Comunale, avv. Francesca Lovero. Partecipa "
        "il Segretario Generale, dott. Giuseppe Cantatore, anche con funzioni di verbalizzante.",
        s["body"]))
    st.append(Paragraph(
        "La Presidente, accertato il numero legale, introduce il punto n. 3 dell'ordine del giorno e "
        "cede la parola all'Assessore al Bilancio, dott.ssa Carmela Sblendorio, per l'illustrazione "
        "della proposta. Seguono gli interventi dei consiglieri, integralmente registrati e conservati "
        "agli atti della seduta.", s["body"]))
    st.append(Paragraph("IL CONSIGLIO COMUNALE", s["cb"]))
    for p in [
        "<b>VISTA</b> la legge 27 dicembre 2019, n. 160, e in particolare l'art. 1, commi da 816 a 836, "
        "che disciplinano il canone patrimoniale di concessione, autorizzazione o esposizione "
        "pubblicitaria;",
        "<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 9 del 29/03/2021, con la quale è "
        "stato approvato il relativo regolamento, successivamente modificato con deliberazione del "
        "Consiglio Comunale n. 44 del 27/07/2023;",
        "<b>CONSIDERATO</b> che l'esperienza applicativa ha evidenziato la necessità di semplificare "
        "il procedimento per le occupazioni temporanee degli esercizi di somministrazione e di "
        "aggiornare le riduzioni per le iniziative senza scopo di lucro;",
        "<b>VISTO</b> il parere favorevole del Collegio dei Revisori dei Conti, verbale n. 12 del "
        "15/04/2026;",
        "<b>VISTO</b> il parere della I Commissione Consiliare permanente espresso nella seduta del "
        "22/04/2026;",
        "<b>ACQUISITI</b> i pareri di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. "
        "n. 267/2000;",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph(
        "Con la seguente votazione, resa per alzata di mano e proclamata dalla Presidente: presenti "
        "n. 21, votanti n. 19, voti favorevoli n. 14, voti contrari n. 5 (Amenduni, "
        "Bruno, Paparella, Scardigno, Zaccaro), astenuti n. 2 (Cannito, Lisena),", s["body"]))
    st.append(Paragraph("D E L I B E R A", s["cb"]))
    for i, p in enumerate([
        "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per l'applicazione del "
        "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo "
        "riportato nell'allegato \"A\" che costituisce parte integrante del presente atto;",
        "di stabilire che le modifiche hanno effetto dal 1° gennaio 2026, ai sensi dell'art. 53, "
        "comma 16, della legge n. 388/2000;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze secondo "
        "le modalità previste dalla normativa vigente.",
    ], 1):
        st.append(Paragraph("%d. %s" % (i, p), s["ind"]))
    st.append(Paragraph(
        "Successivamente, con separata votazione dal seguente esito: presenti n. 21, votanti n. 19, "
        "favorevoli n. 14, contrari n. 5, astenuti n. 2, il Consiglio Comunale dichiara il presente atto "
        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", s["body"]))
    st.append(Spacer(1, 12))
    sig = Table([["LA PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
                 ["F.to avv. Francesca Lovero", "F.to dott. Giuseppe Cantatore"]], colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                             ("FONT", (0, 1), (-1, 1), "Times-Roman", 10),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    st.append(sig)
    doc.build(st, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------
# 10. Senigallia, determinazione, APKappa-like, Helvetica
# ---------------------------------------------------------------------------
def senigallia():
    fn = os.path.join(OUT, "determina-senigallia-apkappa.pdf")
    s = styles("Helvetica", "Helvetica-Bold", 9.5, 12.5)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 9 * mm, "Determinazione n. 1534 del 22/12/2025 - Area Risorse Umane e Finanziarie")
        c.drawRightString(192 * mm, 9 * mm, "Pag. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=16 * mm, title="Determinazione 1534/2025")
    st = []
    st.append(Paragraph("COMUNE DI SENIGALLIA", ParagraphStyle("x", fontName="Helvetica-Bold", fontSize=16, leading=19, alignment=TA_CENTER)))
    st.append(Paragraph("Provincia di Ancona", s["c"]))
    st.append(Spacer(1, 10))
    st.append(Paragraph("AREA RISORSE UMANE E FINANZIARIE", s["cb"]))
    st.append(Paragraph("Ufficio Tributi", s["c"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("DETERMINAZIONE DIRIGENZIALE", ParagraphStyle("y", fontName="Helvetica-Bold", fontSize=12, leading=15, alignment=TA_CENTER)))
    st.append(Spacer(1, 4))
    reg = Table([["Registro generale", "N. 1534", "del 22/12/2025"],
                 ["Registro di settore", "N. 211", "del 19/12/2025"]],
                colWidths=[50 * mm, 30 * mm, 40 * mm], hAlign="CENTER")
    reg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                             ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 9.5),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    st.append(reg)
    st.append(Spacer(1, 8))
    subj = ("Rimborso a contribuenti di somme indebitamente versate a titolo di IMU - anni d'imposta "
            "2021-2024 - Impegno e liquidazione di spesa.")
    st.append(Table([[Paragraph("<b>OGGETTO:</b>", s["l"]), Paragraph("<b>%s</b>" % subj, s["body"])]],
                    colWidths=[25 * mm, 149 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                          ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
                                                          ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("IL DIRIGENTE", s["cb"]))
    for p in [
        "<b>VISTO</b> il decreto sindacale n. 27 del 30/06/2025, con il quale è stato conferito alla "
        "sottoscritta l'incarico di direzione dell'Area Risorse Umane e Finanziarie;",
        "<b>RICHIAMATA</b> la deliberazione del Consiglio Comunale n. 102 del 18/12/2024, con la quale "
        "è stato approvato il bilancio di previsione finanziario 2025/2027;",
        "<b>RICHIAMATA</b> la deliberazione della Giunta Comunale n. 6 del 14/01/2025, di approvazione "
        "del Piano Esecutivo di Gestione 2025/2027;",
        "<b>VISTE</b> le istanze di rimborso presentate da n. 14 contribuenti, acquisite agli atti "
        "dell'Ufficio Tributi e riepilogate nell'elenco allegato, non pubblicato per la tutela dei dati "
        "personali;",
        "<b>CONSIDERATO</b> che dall'istruttoria condotta dall'ufficio è emerso che i versamenti "
        "eseguiti sono risultati superiori al dovuto per un importo complessivo di € 9.862,40, "
        "comprensivo degli interessi calcolati al tasso legale;",
        "<b>VISTO</b> l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296;",
        "<b>ACCERTATA</b> la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi "
        "dell'art. 147-bis del D.Lgs. 267/2000;",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph("D E T E R M I N A", s["cb"]))
    items = [
        "di riconoscere il diritto al rimborso delle somme indebitamente versate a titolo di IMU ai "
        "contribuenti indicati nell'elenco allegato, per l'importo complessivo di € 9.862,40;",
        "di impegnare la spesa di € 9.862,40 alla Missione 1, Programma 4, Titolo 1, capitolo 1480 "
        "\"Rimborsi di imposte e tasse\" del bilancio 2025/2027, esercizio 2025;",
        "di liquidare le somme ai beneficiari mediante accredito sui conti correnti indicati nelle "
        "rispettive istanze;",
        "di dare atto che la responsabile del procedimento è la dott.ssa Barbara Cesaroni, istruttore "
        "direttivo dell'Ufficio Tributi.",
    ]
    st.append(ListFlowable([ListItem(Paragraph(x, s["body"])) for x in items],
                           bulletType="1", bulletFormat="%s)", leftIndent=16, bulletFontName="Helvetica"))
    st.append(Spacer(1, 14))
    st.append(Paragraph("IL DIRIGENTE DELL'AREA<br/>dott.ssa Giulia Pieroni<br/><font size=7>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</font>",
                        ParagraphStyle("sg", parent=s["c"], leftIndent=90 * mm)))
    st.append(Spacer(1, 14))
    st.append(Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", s["c"]))
    st.append(Paragraph("Impegno n. 2025/3318 - capitolo 1480 - importo € 9.862,40. Visto favorevole, "
                        "Senigallia, 22/12/2025.", s["body"]))
    st.append(Paragraph("IL RESPONSABILE DEL SERVIZIO FINANZIARIO<br/>dott. Maurizio Pasqualini",
                        ParagraphStyle("sg2", parent=s["c"], leftIndent=90 * mm)))
    doc.build(st, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    montebelluna()
    ivrea()
    bitonto()
    senigallia()
