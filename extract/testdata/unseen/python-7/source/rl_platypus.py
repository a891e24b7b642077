"""ReportLab platypus acts: Valdobbiadene (Halley), Fermignano (Word), Atessa (Halley consiglio),
Rionero in Vulture (APKappa). Invented people and facts."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSerif", DV + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DV + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Italic", DV + "DejaVuSerif-Italic.ttf"))


def styles(font, bold, size=10):
    return {
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=size + 3, alignment=TA_CENTER),
        "cb": ParagraphStyle("cb", fontName=bold, fontSize=size + 1, leading=size + 4, alignment=TA_CENTER),
        "big": ParagraphStyle("big", fontName=bold, fontSize=size + 6, leading=size + 9, alignment=TA_CENTER),
        "j": ParagraphStyle("j", fontName=font, fontSize=size, leading=size + 4, alignment=TA_JUSTIFY, spaceAfter=4),
        "jb": ParagraphStyle("jb", fontName=bold, fontSize=size, leading=size + 4, alignment=TA_JUSTIFY, spaceAfter=4),
        "l": ParagraphStyle("l", fontName=font, fontSize=size, leading=size + 3, alignment=TA_LEFT),
        "pt": ParagraphStyle("pt", fontName=font, fontSize=size, leading=size + 4, alignment=TA_JUSTIFY,
                             leftIndent=16, firstLineIndent=-16, spaceAfter=4),
    }


def footer_factory(text, font):
    def f(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.drawCentredString(A4[0] / 2, 12 * mm, text)
        canv.drawRightString(A4[0] - 18 * mm, 12 * mm, "Pag. %d" % doc.page)
        canv.restoreState()
    return f


# ---------------------------------------------------------------- 1 Valdobbiadene (Halley, Helvetica)
def valdobbiadene():
    s = styles("Helvetica", "Helvetica-Bold", 10)
    fn = os.path.join(OUT, "giunta-valdobbiadene-halley.pdf")
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=22 * mm, title="Delibera GC 58/2025")
    E = []
    hdr = Table([[Paragraph("<b>COMUNE DI VALDOBBIADENE</b>", s["big"])],
                 [Paragraph("Provincia di Treviso", s["c"])]], colWidths=[170 * mm])
    E += [hdr, Spacer(1, 6 * mm)]
    E.append(Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", s["cb"]))
    E.append(Spacer(1, 3 * mm))
    E.append(Table([["ORIGINALE", "N. 58 del 14/05/2025"]], colWidths=[85 * mm, 85 * mm],
                   style=[("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 10),
                          ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    E.append(Spacer(1, 3 * mm))
    subj = ("APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA "
            "COMUNALE DI SAN PIETRO DI BARBOZZA.")
    E.append(Table([[Paragraph("<b>OGGETTO:</b>", s["l"]), Paragraph("<b>%s</b>" % subj, s["l"])]],
                   colWidths=[26 * mm, 144 * mm],
                   style=[("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    E.append(Spacer(1, 4 * mm))
    E.append(Paragraph(
        "L'anno <b>duemilaventicinque</b> addì <b>quattordici</b> del mese di <b>maggio</b> alle ore <b>18:30</b> "
        "nella sala delle adunanze, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, "
        "vennero oggi convocati a seduta i componenti la Giunta Comunale.", s["j"]))
    rows = [["Cognome e Nome", "Carica", "Presente", "Assente"],
            ["BORTOLIN LUCA", "Sindaco", "X", ""],
            ["MORET SILVIA", "Vice Sindaco", "X", ""],
            ["FOLTRAN DAVIDE", "Assessore", "X", ""],
            ["CASAGRANDE ELISA", "Assessore", "", "X"],
            ["ZANCHETTA PAOLO", "Assessore", "X", ""],
            ["", "Totale", "4", "1"]]
    t = Table(rows, colWidths=[70 * mm, 45 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
        ("GRID", (0, 0), (-1, -2), 0.5, colors.black),
        ("BOX", (2, -1), (3, -1), 0.5, colors.black),
        ("INNERGRID", (2, -1), (3, -1), 0.5, colors.black),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("ALIGN", (1, -1), (1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ]))
    E += [t, Spacer(1, 4 * mm)]
    E.append(Paragraph(
        "Assiste all'adunanza il Segretario Comunale Dott. Marco Dal Col, il quale provvede alla redazione "
        "del presente verbale.", s["j"]))
    E.append(Paragraph(
        "Essendo legale il numero degli intervenuti, il Sig. Luca Bortolin, nella sua qualità di Sindaco, "
        "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", s["j"]))
    E.append(Spacer(1, 3 * mm))
    E.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", s["cb"]))
    E.append(Spacer(1, 2 * mm))
    for p in [
        "PREMESSO che la strada comunale di San Pietro di Barbozza presenta, nel tratto compreso tra la "
        "località Follo e l'incrocio con via Erizzo, cedimenti della scarpata di valle e l'ammaloramento "
        "delle barriere di protezione, come accertato dall'Ufficio Tecnico nel sopralluogo del 10/02/2025;",
        "RICHIAMATA la propria deliberazione n. 21 del 18/02/2025, con la quale è stato approvato il progetto "
        "di fattibilità tecnica ed economica dell'intervento, per un importo complessivo di euro 245.000,00;",
        "VISTO il progetto esecutivo redatto dall'ing. Tiziana Bonotto, acquisito al protocollo comunale "
        "n. 7734 del 29/04/2025, composto dagli elaborati elencati nel quadro allegato e recante un quadro "
        "economico di euro 245.000,00, di cui euro 181.500,00 per lavori a base d'asta;",
        "DATO ATTO che l'opera è inserita nel programma triennale dei lavori pubblici 2025/2027 e che la "
        "spesa trova copertura al capitolo 20815 del bilancio di previsione 2025/2027;",
        "VISTO il verbale di verifica e validazione del progetto sottoscritto dal Responsabile Unico del "
        "Progetto in data 06/05/2025;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 18 agosto 2000, n. 267;",
        "CON VOTI unanimi favorevoli espressi nelle forme di legge;",
    ]:
        E.append(Paragraph(p, s["j"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph("<b>D E L I B E R A</b>", s["cb"]))
    E.append(Spacer(1, 2 * mm))
    for i, p in enumerate([
        "di approvare il progetto esecutivo dei lavori di messa in sicurezza della strada comunale di San "
        "Pietro di Barbozza, redatto dall'ing. Tiziana Bonotto, nell'importo complessivo di euro 245.000,00;",
        "di dare atto che la spesa trova copertura al capitolo 20815 del bilancio di previsione 2025/2027, "
        "annualità 2025;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti per l'affidamento dei lavori;",
        "di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell'art. 125 del "
        "D.Lgs. n. 267/2000.",
    ], 1):
        E.append(Paragraph("%d. %s" % (i, p), s["pt"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph(
        "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente "
        "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
        "stante l'urgenza di avviare i lavori prima della stagione vendemmiale.", s["j"]))
    E.append(Spacer(1, 8 * mm))
    E.append(Paragraph("Letto, confermato e sottoscritto.", s["l"]))
    E.append(Spacer(1, 4 * mm))
    sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
                 ["Luca Bortolin", "Dott. Marco Dal Col"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    E.append(KeepTogether([sig]))
    doc.build(E, onFirstPage=footer_factory("Delibera di Giunta n. 58 del 14/05/2025", "Helvetica"),
              onLaterPages=footer_factory("Delibera di Giunta n. 58 del 14/05/2025", "Helvetica"))


# ---------------------------------------------------------------- 5 Fermignano (Word template, DejaVu Serif)
def fermignano():
    s = styles("DejaVuSerif", "DejaVuSerif-Bold", 10)
    fn = os.path.join(OUT, "giunta-fermignano-word.pdf")
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Delibera Giunta 41")
    E = []
    E.append(Paragraph("COMUNE DI FERMIGNANO", ParagraphStyle("h", fontName="DejaVuSerif-Bold", fontSize=17,
                                                               leading=21, alignment=TA_CENTER)))
    E.append(Paragraph("<i>Provincia di Pesaro e Urbino</i>", s["c"]))
    E.append(Spacer(1, 8 * mm))
    E.append(Paragraph("DELIBERAZIONE DI GIUNTA COMUNALE", s["cb"]))
    E.append(Paragraph("N. 41 del 3 aprile 2025", s["cb"]))
    E.append(Spacer(1, 5 * mm))
    subj = ("Adesione al progetto regionale \"Borghi in cammino\" e approvazione del protocollo d'intesa "
            "con i Comuni dell'Unione Montana Alta Valle del Metauro")
    E.append(Paragraph("<b>Oggetto:</b> " + subj.replace('"', "&quot;"), s["j"]))
    E.append(Spacer(1, 4 * mm))
    E.append(Paragraph(
        "L'anno duemilaventicinque, il giorno tre del mese di aprile, alle ore 13:00, presso la sede "
        "municipale, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei "
        "Signori:", s["j"]))
    cell = ParagraphStyle("cell", fontName="DejaVuSerif", fontSize=9.5, leading=12)
    rows = [["Cognome e nome", "Carica", "Presente", ""],
            ["", "", "Sì", "No"],
            ["Marco Sabbatini", "Sindaco", "X", ""],
            ["Lucia Gianotti", "Vice Sindaco", "X", ""],
            ["Federico Mancinelli", "Assessore", "X*", ""],
            ["Paola Crinelli", "Assessore", "X", ""],
            ["Simone Guidi", "Assessore", "X", ""]]
    t = Table(rows, colWidths=[62 * mm, 45 * mm, 28 * mm, 28 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 9.5),
        ("FONT", (0, 0), (-1, 1), "DejaVuSerif-Bold", 9.5),
        ("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ]))
    E.append(t)
    E.append(Paragraph("<font size=8>* collegato in videoconferenza ai sensi del Regolamento per lo svolgimento "
                       "delle sedute in modalità telematica.</font>", s["l"]))
    E.append(Spacer(1, 3 * mm))
    E.append(Paragraph(
        "Partecipa il Vice Segretario Comunale Dott. Luigi Bartolucci, con funzioni di verbalizzazione.", s["j"]))
    E.append(Paragraph(
        "Presiede la seduta il Sindaco Marco Sabbatini che, constatata la presenza del numero legale, "
        "dichiara aperta la riunione.", s["j"]))
    E.append(Spacer(1, 3 * mm))
    E.append(Paragraph("LA GIUNTA COMUNALE", s["cb"]))
    E.append(Spacer(1, 2 * mm))
    for p in [
        "Premesso che la Regione Marche, con decreto dirigenziale n. 88 del 12 febbraio 2025, ha promosso il "
        "progetto \"Borghi in cammino\", finalizzato alla valorizzazione dei percorsi escursionistici che "
        "collegano i centri storici dell'entroterra;",
        "Considerato che il territorio comunale è attraversato dal tracciato del sentiero del Furlo e dalla "
        "ciclovia del Metauro, e che l'adesione consente di accedere a contributi per la manutenzione della "
        "segnaletica e dei punti di sosta;",
        "Visto lo schema di protocollo d'intesa predisposto dall'Unione Montana Alta Valle del Metauro, "
        "allegato al presente atto quale parte integrante e sostanziale;",
        "Dato atto che l'adesione non comporta oneri a carico del bilancio comunale per l'esercizio 2025;",
        "Visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. "
        "n. 267/2000;",
        "Con voti favorevoli n. 4 e astenuti n. 1 (Assessore Guidi), espressi in forma palese dai n. 5 "
        "componenti presenti,",
    ]:
        E.append(Paragraph(p.replace('"', "&quot;"), s["j"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph("DELIBERA", s["cb"]))
    E.append(Spacer(1, 2 * mm))
    for i, p in enumerate([
        "di aderire al progetto regionale \"Borghi in cammino\" per le motivazioni espresse in premessa;",
        "di approvare lo schema di protocollo d'intesa con i Comuni dell'Unione Montana Alta Valle del "
        "Metauro e di autorizzare il Sindaco alla sua sottoscrizione;",
        "di individuare quale referente del progetto il Responsabile del Settore Cultura e Turismo.",
    ], 1):
        E.append(Paragraph(("%d) " % i) + p.replace('"', "&quot;"), s["pt"]))
    E.append(Spacer(1, 10 * mm))
    sig = Table([["Il Sindaco", "Il Vice Segretario Comunale"],
                 ["Marco Sabbatini", "Dott. Luigi Bartolucci"]], colWidths=[80 * mm, 80 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif", 10),
                             ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Italic", 10),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    E.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", s["l"]), Spacer(1, 4 * mm), sig]))
    doc.build(E)


# ---------------------------------------------------------------- 6 Atessa (Halley consiglio, Helvetica)
def atessa():
    s = styles("Helvetica", "Helvetica-Bold", 9.5)
    fn = os.path.join(OUT, "consiglio-atessa-halley.pdf")
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=14 * mm, bottomMargin=20 * mm, title="Consiglio 19/2025")
    E = []
    top = Table([[Paragraph("<b>COMUNE DI ATESSA</b>", s["big"])], [Paragraph("PROVINCIA DI CHIETI", s["c"])]],
                colWidths=[174 * mm])
    E += [top, Spacer(1, 4 * mm)]
    box = Table([[Paragraph("<b>COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", s["cb"])],
                 [Paragraph("Numero <b>19</b> &nbsp;&nbsp;&nbsp; Data <b>30-06-2025</b>", s["c"])]],
                colWidths=[174 * mm], style=[("BOX", (0, 0), (-1, -1), 1, colors.black)])
    E += [box, Spacer(1, 3 * mm)]
    subj = ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI "
            "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICHE.")
    E.append(Table([["Oggetto:", Paragraph("<b>%s</b>" % subj, s["l"])]], colWidths=[18 * mm, 156 * mm],
                   style=[("FONT", (0, 0), (0, 0), "Helvetica-Bold", 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    E.append(Spacer(1, 3 * mm))
    E.append(Paragraph(
        "L'anno duemilaventicinque il giorno trenta del mese di giugno alle ore 17,30, nella sala consiliare "
        "del Palazzo di Città, in sessione ordinaria, seduta pubblica di prima convocazione, partecipata ai "
        "Signori Consiglieri a norma di legge, risultano all'appello nominale:", s["j"]))
    names = [("BORRELLI GIULIO", "Sindaco", True), ("DI NARDO ANTONIETTA", "Consigliere", True),
             ("CELLINI MARCO", "Consigliere", True), ("D'AMICO FRANCESCA", "Consigliere", True),
             ("SPADACCINI ROCCO", "Consigliere", False), ("MARCHETTI ILARIA", "Consigliere", True),
             ("TRAVAGLINI NICOLA", "Consigliere", True), ("PAOLINI GABRIELLA", "Consigliere", True),
             ("DI LELLO FABIO", "Consigliere", True), ("CARUNCHIO ELENA", "Consigliere", False),
             ("TIBERIO ANGELO", "Consigliere", True), ("MASCIANGELO LUISA", "Consigliere", True),
             ("FIORE DOMENICO", "Consigliere", True), ("RAPINO MARTA", "Consigliere", True),
             ("DI FLORIO GIANLUCA", "Consigliere", False), ("CUPAIOLO SERGIO", "Consigliere", True),
             ("ZACCARDI ROSA", "Consigliere", True)]
    rows = [["N.", "CONSIGLIERI", "CARICA", "PRES.", "ASS."]]
    for i, (n, r, p) in enumerate(names, 1):
        rows.append([str(i), n, r, "P" if p else "", "" if p else "A"])
    t = Table(rows, colWidths=[10 * mm, 70 * mm, 40 * mm, 20 * mm, 20 * mm], rowHeights=[14] + [12.5] * 17)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    E.append(t)
    E.append(Spacer(1, 1.5 * mm))
    E.append(Paragraph("<b>Assegnati n. 17 &nbsp;&nbsp; In carica n. 17 &nbsp;&nbsp; Presenti n. 14 &nbsp;&nbsp; "
                       "Assenti n. 3</b>", s["l"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph(
        "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Segretario Comunale "
        "Dott.ssa Antonietta Di Santo.", s["j"]))
    E.append(Paragraph(
        "Riconosciuto legale il numero degli intervenuti, il Sig. Giulio Borrelli, nella sua qualità di "
        "Sindaco, assume la presidenza e dichiara aperta la seduta.", s["j"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph("IL CONSIGLIO COMUNALE", s["cb"]))
    E.append(Spacer(1, 1 * mm))
    for p in [
        "PREMESSO che con deliberazione consiliare n. 9 del 29/03/2021 è stato approvato il Regolamento per "
        "la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, "
        "istituito dall'art. 1, comma 816, della legge 27 dicembre 2019, n. 160;",
        "RILEVATA la necessità di aggiornare le disposizioni relative alle occupazioni con dehors e alle "
        "riduzioni per le attività del centro storico, nonché di adeguare la classificazione delle strade "
        "alla nuova toponomastica della zona industriale di Saletti;",
        "UDITA la relazione dell'Assessore al Bilancio e il successivo dibattito, riportato nella "
        "registrazione integrale della seduta conservata agli atti;",
        "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 14 del "
        "20/06/2025;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del "
        "D.Lgs. n. 267/2000;",
        "CON VOTI favorevoli unanimi, espressi per alzata di mano (presenti n. 14, votanti n. 14, "
        "favorevoli n. 14);",
    ]:
        E.append(Paragraph(p, s["j"]))
    E.append(Paragraph("D E L I B E R A", s["cb"]))
    E.append(Spacer(1, 1 * mm))
    for i, p in enumerate([
        "DI APPROVARE le modifiche al Regolamento comunale per la disciplina del canone patrimoniale di "
        "concessione, autorizzazione o esposizione pubblicitaria, come riportate nel testo coordinato allegato;",
        "DI DARE ATTO che le modifiche entrano in vigore dal 1° gennaio 2026;",
        "DI TRASMETTERE la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il "
        "portale del federalismo fiscale;",
        "DI DISPORRE la pubblicazione del regolamento coordinato nella sezione Amministrazione Trasparente.",
    ], 1):
        E.append(Paragraph("%d) %s" % (i, p), s["pt"]))
    E.append(Paragraph(
        "Successivamente, IL CONSIGLIO COMUNALE, con separata votazione unanime resa per alzata di mano, "
        "DICHIARA il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
        "D.Lgs. 267/2000.", s["j"]))
    E.append(Spacer(1, 6 * mm))
    sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
                 ["F.to Giulio Borrelli", "F.to Dott.ssa Antonietta Di Santo"]], colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                             ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    E.append(KeepTogether([Paragraph("Il presente verbale viene letto, approvato e sottoscritto.", s["l"]),
                           Spacer(1, 3 * mm), sig]))
    f = footer_factory("Deliberazione del Consiglio Comunale n. 19 del 30-06-2025 - COMUNE DI ATESSA", "Helvetica")
    doc.build(E, onFirstPage=f, onLaterPages=f)


# ---------------------------------------------------------------- 9 Rionero in Vulture (APKappa, Times)
def rionero():
    s = styles("Times-Roman", "Times-Bold", 11)
    fn = os.path.join(OUT, "giunta-rioneroinvulture-apkappa.pdf")
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="GC 73/2025")
    E = []
    E.append(Paragraph("<b>COMUNE DI RIONERO IN VULTURE</b>", s["big"]))
    E.append(Paragraph("(Provincia di Potenza)", s["c"]))
    E.append(Spacer(1, 6 * mm))
    hd = Table([["GIUNTA COMUNALE", "Deliberazione N. 73"], ["", "del 19.09.2025"]], colWidths=[95 * mm, 73 * mm])
    hd.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Bold", 12), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 1), (-1, 1), 1, colors.black)]))
    E += [hd, Spacer(1, 3 * mm)]
    subj = ("Servizio di trasporto scolastico anno scolastico 2025/2026. Determinazione delle tariffe di "
            "contribuzione a carico delle famiglie.")
    E.append(Paragraph("<b>OGGETTO:</b> <b>%s</b>" % subj, s["j"]))
    E.append(Spacer(1, 3 * mm))
    E.append(Paragraph(
        "L'anno duemilaventicinque il giorno diciannove del mese di settembre alle ore 9.30 nella sede "
        "comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale, nelle persone dei "
        "Signori:", s["j"]))
    rows = [["Cognome e Nome", "Qualifica", "Presenze"],
            ["CAPPIELLO Donato", "Sindaco", "A"],
            ["LOVALLO Mariangela", "Vice Sindaco", "P"],
            ["GRIECO Pasquale", "Assessore", "P"],
            ["TRITTO Anna Rita", "Assessore", "P"],
            ["SANTORO Vito", "Assessore", "A"],
            ["DI LUCCHIO Teresa", "Assessore", "P"]]
    t = Table(rows, colWidths=[65 * mm, 50 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ALIGN", (2, 0), (2, -1), "CENTER")]))
    E.append(t)
    E.append(Paragraph("Presenti: 4 &nbsp;&nbsp;&nbsp; Assenti: 2", s["l"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph(
        "Presiede l'adunanza la Vice Sindaco Avv. Mariangela Lovallo, in sostituzione del Sindaco assente. "
        "Partecipa il Segretario Generale Dott. Rocco Pietrafesa, incaricato della redazione del verbale.", s["j"]))
    E.append(Paragraph("La Presidente, constatato il numero legale, dichiara aperta la seduta.", s["j"]))
    E.append(Spacer(1, 2 * mm))
    E.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", s["cb"]))
    for p in [
        "Premesso che il Comune assicura il servizio di trasporto scolastico per gli alunni della scuola "
        "dell'infanzia, primaria e secondaria di primo grado residenti nelle contrade rurali e nelle zone "
        "distanti dai plessi scolastici;",
        "Visto l'art. 172, comma 1, lett. c), del D.Lgs. n. 267/2000, che prevede la determinazione delle "
        "tariffe dei servizi a domanda individuale;",
        "Considerato che il costo complessivo previsto per l'anno scolastico 2025/2026 ammonta a euro "
        "142.800,00 e che si ritiene di confermare la percentuale di copertura del 22 per cento;",
        "Ritenuto di articolare le tariffe per fasce ISEE, con esenzione per i nuclei con ISEE inferiore a "
        "euro 6.000,00 e riduzione del 30 per cento per il secondo figlio;",
        "Visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "Ad unanimità di voti favorevoli, resi nelle forme di legge,",
    ]:
        E.append(Paragraph(p, s["j"]))
    E.append(Paragraph("<b>DELIBERA</b>", s["cb"]))
    for l, p in zip("abc", [
        "di determinare per l'anno scolastico 2025/2026 le tariffe del servizio di trasporto scolastico "
        "secondo il prospetto allegato, articolato in quattro fasce ISEE;",
        "di stabilire che il pagamento avvenga in due rate, con scadenza al 31 ottobre 2025 e al 28 "
        "febbraio 2026, esclusivamente tramite la piattaforma PagoPA;",
        "di trasmettere il presente atto al Responsabile del Settore Servizi Sociali e Pubblica Istruzione "
        "per i successivi adempimenti.",
    ]):
        E.append(Paragraph("%s) %s" % (l, p), s["pt"]))
    E.append(Paragraph(
        "Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente "
        "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", s["j"]))
    E.append(Spacer(1, 8 * mm))
    sig = Table([["IL PRESIDENTE", "IL SEGRETARIO GENERALE"],
                 ["Avv. Mariangela Lovallo", "Dott. Rocco Pietrafesa"]], colWidths=[84 * mm, 84 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11),
                             ("FONT", (0, 0), (-1, 0), "Times-Bold", 11), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    E.append(KeepTogether([sig]))
    doc.build(E)


if __name__ == "__main__":
    valdobbiadene()
    fermignano()
    atessa()
    rionero()
