# ReportLab 5.1 (platypus + canvas callbacks). Builds 6 of the 12 PDFs.
# Run: python3 rl_docs.py  (writes into the parent folder)
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVuSerif", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", DJ + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Italic", DJ + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DJ + "DejaVuSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
addMapping("DejaVuSans", 0, 0, "DejaVuSans")
addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
addMapping("DejaVuSans", 0, 1, "DejaVuSans")
addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")


def styles(font, bold, size=10.5, lead=None):
    lead = lead or size * 1.3
    s = {}
    s["n"] = ParagraphStyle("n", fontName=font, fontSize=size, leading=lead, alignment=TA_JUSTIFY, spaceAfter=4)
    s["l"] = ParagraphStyle("l", parent=s["n"], alignment=TA_LEFT)
    s["c"] = ParagraphStyle("c", parent=s["n"], alignment=TA_CENTER)
    s["r"] = ParagraphStyle("r", parent=s["n"], alignment=TA_RIGHT)
    s["cb"] = ParagraphStyle("cb", parent=s["c"], fontName=bold)
    s["b"] = ParagraphStyle("b", parent=s["n"], fontName=bold)
    s["h"] = ParagraphStyle("h", parent=s["c"], fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.2)
    s["small"] = ParagraphStyle("small", parent=s["n"], fontSize=size - 2.5, leading=(size - 2.5) * 1.25)
    s["pt"] = ParagraphStyle("pt", parent=s["n"], leftIndent=18, firstLineIndent=-14)
    s["cell"] = ParagraphStyle("cell", parent=s["l"], fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    return s


def P(t, st):
    return Paragraph(t, st)


# ---------------------------------------------------------------- 1 Mirandola
def giunta_mirandola():
    fn = os.path.join(OUT, "giunta-mirandola-halley.pdf")
    S = styles("Times-Roman", "Times-Bold", 11)

    def page(c, d):
        c.saveState()
        c.setFont("Times-Bold", 12)
        c.drawRightString(195 * mm, 287 * mm, "COPIA")
        c.setFont("Times-Roman", 8)
        c.drawString(15 * mm, 10 * mm, "Deliberazione della Giunta Comunale n. 187 del 18/11/2025")
        c.drawRightString(195 * mm, 10 * mm, "Pag. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Delibera GC 187/2025", author="Comune di Mirandola")
    e = []
    e.append(P("COMUNE DI MIRANDOLA", S["h"]))
    e.append(P("PROVINCIA DI MODENA", S["cb"]))
    e.append(Spacer(1, 6))
    e.append(P("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", S["c"]))
    t = Table([["N. 187", "Data 18/11/2025"]], colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Bold", 12), ("ALIGN", (0, 0), (0, 0), "LEFT"),
                           ("ALIGN", (1, 0), (1, 0), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    e.append(t)
    e.append(Spacer(1, 8))
    subj = ("APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA "
            "DELLA PALESTRA DI VIA CIRCONVALLAZIONE - CUP F47H25001230004")
    ot = Table([[P("<b>OGGETTO:</b>", S["l"]), P("<b>%s</b>" % subj, S["n"])]], colWidths=[25 * mm, 145 * mm])
    ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    e.append(ot)
    e.append(Spacer(1, 8))
    e.append(P("L'anno <b>duemilaventicinque</b>, addì <b>diciotto</b> del mese di <b>novembre</b> alle ore "
               "<b>15:30</b> nella Residenza Municipale, previa l'osservanza di tutte le formalità prescritte "
               "dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale.", S["n"]))
    e.append(P("All'appello risultano:", S["l"]))
    roll = [("MALAVASI PAOLA", "Sindaco", "X", ""), ("GOLINELLI STEFANO", "Vice Sindaco", "X", ""),
            ("PIVETTI ELENA", "Assessore", "X", ""), ("ZAPPAROLI DAVIDE", "Assessore", "", "X"),
            ("BORSARI CHIARA", "Assessore", "X", ""), ("CAVICCHIOLI LUCA", "Assessore", "X", "")]
    data = [["Cognome e Nome", "Carica", "Presente", "Assente"]] + [list(r) for r in roll]
    data.append(["", "Totale", "5", "1"])
    rt = Table(data, colWidths=[60 * mm, 45 * mm, 25 * mm, 25 * mm])
    rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                            ("GRID", (0, 0), (-1, -2), 0.5, colors.black), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                            ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5)]))
    e.append(rt)
    e.append(Spacer(1, 6))
    e.append(P("Assiste il Segretario Generale <b>Dott.ssa Anna Maria Ferrari</b> il quale provvede alla redazione "
               "del presente verbale.", S["n"]))
    e.append(P("Essendo legale il numero degli intervenuti, la Sig.ra <b>Paola Malavasi</b> nella sua qualità di "
               "<b>Sindaco</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto "
               "sopra indicato.", S["n"]))
    e.append(Spacer(1, 6))
    e.append(P("LA GIUNTA COMUNALE", S["cb"]))
    for t_ in [
        "<b>PREMESSO</b> che con deliberazione del Consiglio Comunale n. 112 del 19/12/2024 è stato approvato il "
        "Documento Unico di Programmazione 2025/2027 e il Programma triennale dei lavori pubblici, nel quale è "
        "inserito l'intervento di manutenzione straordinaria della copertura della palestra di via Circonvallazione;",
        "<b>RICHIAMATA</b> la propria deliberazione n. 94 del 10/06/2025 con la quale è stato approvato il progetto "
        "di fattibilità tecnico-economica dell'intervento, per un importo complessivo di € 385.000,00;",
        "<b>VISTO</b> il progetto esecutivo redatto dall'Ing. Marco Sgarbi, incaricato con determinazione n. 512 del "
        "24/07/2025, acquisito al protocollo n. 28841 del 30/10/2025, costituito dagli elaborati elencati "
        "nell'allegato A) e recante il seguente quadro economico: lavori a base d'asta € 291.500,00, di cui "
        "€ 8.200,00 per oneri della sicurezza non soggetti a ribasso; somme a disposizione dell'Amministrazione "
        "€ 93.500,00;",
        "<b>DATO ATTO</b> che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, "
        "come risulta dal rapporto conclusivo di verifica del 07/11/2025 e validato dal RUP, Geom. Andrea Bellini, "
        "con verbale in pari data;",
        "<b>DATO ATTO</b> che la spesa trova copertura al capitolo 20620/15 \"Manutenzione straordinaria impianti "
        "sportivi\" del Bilancio di previsione 2025/2027, annualità 2025, finanziato per € 250.000,00 con contributo "
        "regionale e per € 135.000,00 con avanzo di amministrazione;",
        "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000 dai Responsabili dei Servizi interessati;"]:
        e.append(P(t_, S["n"]))
    e.append(P("Con voti unanimi favorevoli espressi nei modi di legge,", S["n"]))
    e.append(P("D E L I B E R A", S["cb"]))
    for t_ in [
        "1) di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della copertura della "
        "palestra di via Circonvallazione, per un importo complessivo di € 385.000,00, secondo il quadro economico "
        "riportato in premessa;",
        "2) di dare atto che la spesa trova copertura al capitolo 20620/15 del Bilancio di previsione 2025/2027, "
        "annualità 2025;",
        "3) di demandare al Responsabile del Settore Lavori Pubblici l'adozione degli atti conseguenti, ivi compresa "
        "l'indizione della procedura di affidamento dei lavori;",
        "4) di dare atto che il Responsabile Unico del Progetto è il Geom. Andrea Bellini."]:
        e.append(P(t_, S["pt"]))
    e.append(P("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata "
               "<b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante "
               "l'urgenza di avviare la procedura di gara entro l'anno.", S["n"]))
    e.append(Spacer(1, 10))
    e.append(P("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", S["cb"]))
    e.append(P("Parere favorevole in ordine alla regolarità tecnica. Data 14/11/2025 - Il Responsabile del Settore "
               "F.to Ing. Giorgio Righi", S["small"]))
    e.append(P("Parere favorevole in ordine alla regolarità contabile. Data 17/11/2025 - Il Responsabile del Servizio "
               "Finanziario F.to Dott.ssa Monica Lugli", S["small"]))
    e.append(Spacer(1, 10))
    e.append(P("Letto, approvato e sottoscritto.", S["l"]))
    sg = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"], ["F.to Paola Malavasi", "F.to Dott.ssa Anna Maria Ferrari"]],
               colWidths=[85 * mm, 85 * mm])
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5), ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                            ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    e.append(sg)
    e.append(Spacer(1, 14))
    rel = [P("<b>RELATA DI PUBBLICAZIONE</b>", S["c"]),
           P("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per quindici "
             "giorni consecutivi (Reg. Pubbl. n. 2214).", S["n"]),
           P("Mirandola, lì 21/11/2025 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL MESSO COMUNALE F.to Sonia Poltronieri", S["n"]),
           P("Copia conforme all'originale, in carta libera per uso amministrativo.", S["small"])]
    bx = Table([[rel]], colWidths=[170 * mm])
    bx.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    e.append(KeepTogether(bx))
    doc.build(e, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- 2 Nicosia
def consiglio_nicosia():
    fn = os.path.join(OUT, "consiglio-nicosia-sicraweb.pdf")
    S = styles("Helvetica", "Helvetica-Bold", 10)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 10 * mm, "Delibera di Consiglio Comunale n. 58 del 27/11/2025 - Documento firmato digitalmente")
        c.drawRightString(192 * mm, 10 * mm, "%d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title="DCC 58/2025")
    e = []
    hd = Table([[P("<b>COMUNE DI NICOSIA</b>", ParagraphStyle("x", fontName="Helvetica-Bold", fontSize=16, leading=19)),
                 P("ORIGINALE", S["r"])],
                [P("Libero Consorzio Comunale di Enna", S["l"]), ""]], colWidths=[130 * mm, 44 * mm])
    hd.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    e.append(hd)
    e.append(Spacer(1, 8))
    bx = Table([[P("<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", S["c"])],
                [P("<b>N. 58 del 27/11/2025</b>", S["c"])]], colWidths=[174 * mm])
    bx.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE"))]))
    e.append(bx)
    e.append(Spacer(1, 6))
    subj = ("Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di occupazione del "
            "suolo pubblico e di esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27.")
    e.append(P("<b>OGGETTO:</b> %s" % subj, S["n"]))
    e.append(Spacer(1, 4))
    e.append(P("L'anno duemilaventicinque, addì ventisette del mese di novembre, alle ore 18:00 e seguenti, nella "
               "sala consiliare del Palazzo Municipale, a seguito di regolare convocazione, si è riunito il Consiglio "
               "Comunale in sessione ordinaria, seduta pubblica di prima convocazione.", S["n"]))
    e.append(P("Presiede il Presidente del Consiglio <b>Giuseppe Castrogiovanni</b>. Partecipa il Segretario "
               "Generale <b>Dott.ssa Maria Grazia Scavuzzo</b>.", S["n"]))
    e.append(P("Dei consiglieri assegnati e in carica risultano presenti all'appello nominale:", S["n"]))
    left = [("1", "CASTROGIOVANNI GIUSEPPE", "P"), ("2", "LA GIGLIA ROSARIA", "P"), ("3", "BONELLI FILIPPO", "P"),
            ("4", "SCHILLACI ANTONINO", "A"), ("5", "GIACOBBE MARIA CONCETTA", "P"), ("6", "TROVATO SALVATORE", "P"),
            ("7", "CATANIA FRANCESCA", "P"), ("8", "MANCUSO GAETANO", "P")]
    right = [("9", "FARINELLA LUIGI", "P"), ("10", "LI VOLSI ANGELA", "A"), ("11", "PIDONE CARMELO", "P"),
             ("12", "GUGLIELMO ALESSIA", "P"), ("13", "SPEDALE VINCENZO", "P"), ("14", "CAMPIONE DANIELA", "P"),
             ("15", "TESTA SERGIO", "A"), ("16", "MICCICHÈ ROBERTO", "P")]
    data = [["N.", "Consigliere", "P/A", "N.", "Consigliere", "P/A"]]
    for a, b in zip(left, right):
        data.append(list(a) + list(b))
    data.append(["", "Presenti n. 13", "", "", "Assenti n. 3", ""])
    rt = Table(data, colWidths=[8 * mm, 60 * mm, 12 * mm, 8 * mm, 60 * mm, 12 * mm])
    rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -2), 0.4, colors.grey), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                            ("ALIGN", (5, 0), (5, -1), "CENTER"), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    e.append(rt)
    e.append(Spacer(1, 4))
    e.append(P("È presente per l'Amministrazione il Sindaco, Dott. Nunzio Castello, con gli Assessori Bruno e Zappia.", S["n"]))
    e.append(P("Il Presidente, constatato il numero legale, dichiara aperta la seduta e pone in trattazione il punto "
               "n. 4 dell'ordine del giorno.", S["n"]))
    e.append(P("IL CONSIGLIO COMUNALE", S["cb"]))
    for t_ in [
        "Vista la proposta di deliberazione n. 71 del 04/11/2025 dell'Area Economico-Finanziaria, allegata al presente "
        "atto per farne parte integrante e sostanziale;",
        "Visto l'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160, che ha istituito il canone "
        "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria;",
        "Richiamato il vigente Regolamento comunale per l'applicazione del canone, approvato con deliberazione "
        "consiliare n. 19 del 29/04/2021 e successivamente modificato con deliberazione n. 33 del 27/06/2023;",
        "Visto il parere favorevole espresso dall'Organo di revisione economico-finanziaria con verbale n. 27 del "
        "14/11/2025, ai sensi dell'art. 239 del D.Lgs. 267/2000;",
        "Visto il parere della II Commissione consiliare permanente reso nella seduta del 20/11/2025;",
        "Uditi gli interventi dei consiglieri riportati nel resoconto della seduta, cui si rinvia;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. 142/1990, "
        "come recepito dalla L.R. 48/1991;"]:
        e.append(P(t_, S["n"]))
    e.append(P("Con la seguente votazione, espressa per alzata di mano e accertata dal Presidente con l'assistenza "
               "degli scrutatori Bonelli, Catania e Pidone:", S["n"]))
    e.append(P("<b>Presenti n. 13 - Votanti n. 12 - Voti favorevoli n. 9 - Voti contrari n. 3 (Farinella, Spedale, "
               "Miccichè) - Astenuti n. 1 (Campione)</b>", S["c"]))
    e.append(P("D E L I B E R A", S["cb"]))
    for t_ in [
        "1. di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per la disciplina del canone "
        "patrimoniale di occupazione del suolo pubblico e di esposizione pubblicitaria, nel testo allegato sub A) "
        "alla presente deliberazione;",
        "2. di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della "
        "Legge 23 dicembre 2000, n. 388;",
        "3. di disporre la pubblicazione del Regolamento modificato sul sito istituzionale dell'Ente, sezione "
        "Amministrazione Trasparente."]:
        e.append(P(t_, S["pt"]))
    e.append(P("Successivamente, su proposta del Presidente, con separata votazione che dà il seguente esito: presenti "
               "n. 13, votanti n. 13, voti favorevoli n. 10, contrari n. 3, il Consiglio Comunale dichiara la presente "
               "deliberazione <b>immediatamente esecutiva</b>, ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", S["n"]))
    e.append(Spacer(1, 10))
    e.append(P("Il presente verbale viene letto, approvato e sottoscritto.", S["l"]))
    sg = Table([["IL PRESIDENTE", "IL CONSIGLIERE ANZIANO", "IL SEGRETARIO GENERALE"],
                ["Giuseppe Castrogiovanni", "Rosaria La Giglia", "Dott.ssa Maria Grazia Scavuzzo"],
                ["(firmato digitalmente)", "(firmato digitalmente)", "(firmato digitalmente)"]],
               colWidths=[58 * mm] * 3)
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                            ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    e.append(KeepTogether(sg))
    doc.build(e, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- 6 Verbania (Datagraph)
def det_verbania():
    fn = os.path.join(OUT, "determina-verbania-datagraph.pdf")
    S = styles("DejaVuSerif", "DejaVuSerif-Bold", 9.5)

    def page(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 7)
        c.drawString(20 * mm, 12 * mm, "Città di Verbania - Piazza Garibaldi 15 - 28922 Verbania (VB) - PEC: "
                     "protocollo@pec.verbania.example.it")
        c.drawRightString(190 * mm, 12 * mm, "Pagina %d" % d.page)
        c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=22 * mm, title="Determinazione dirigenziale 14/2026")
    e = []
    e.append(P("CITTÀ DI VERBANIA", ParagraphStyle("v", fontName="DejaVuSerif-Bold", fontSize=17, leading=20, alignment=TA_CENTER)))
    e.append(P("Provincia del Verbano Cusio Ossola", S["c"]))
    e.append(Spacer(1, 10))
    hd = Table([[P("<b>SETTORE SERVIZI ALLA PERSONA E ALLA FAMIGLIA</b>", S["l"])],
                [P("Servizio Istruzione e Politiche Giovanili", S["l"])]], colWidths=[170 * mm])
    hd.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]))
    e.append(hd)
    e.append(Spacer(1, 8))
    e.append(P("<b>DETERMINAZIONE DIRIGENZIALE N. 14 DEL 09/01/2026</b>", S["c"]))
    e.append(Spacer(1, 6))
    subj = ("Servizio di trasporto scolastico per gli alunni delle scuole dell'infanzia e primarie. Proroga tecnica "
            "del contratto in essere fino al 30 giugno 2026 e impegno di spesa.")
    ot = Table([[P("OGGETTO:", S["b"]), P("<b>%s</b>" % subj, S["n"])]], colWidths=[24 * mm, 146 * mm])
    ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                            ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    e.append(ot)
    e.append(Spacer(1, 8))
    e.append(P("IL DIRIGENTE", S["cb"]))
    for t_ in [
        "Richiamato il decreto sindacale n. 31 del 28/06/2024 con il quale è stato conferito al sottoscritto "
        "l'incarico di direzione del Settore Servizi alla Persona e alla Famiglia;",
        "Richiamate la deliberazione del Consiglio Comunale n. 118 del 19/12/2025, di approvazione del Bilancio di "
        "previsione 2026/2028, e la deliberazione della Giunta Comunale n. 402 del 30/12/2025, di approvazione del "
        "Piano Esecutivo di Gestione 2026/2028;",
        "Premesso che con determinazione dirigenziale n. 1127 del 26/07/2023 il servizio di trasporto scolastico è "
        "stato aggiudicato alla ditta Autolinee Lago Maggiore S.r.l., con sede in Verbania, per il periodo "
        "01/09/2023 - 31/12/2025, con facoltà di proroga tecnica ai sensi dell'art. 120, comma 11, del D.Lgs. "
        "36/2023;",
        "Dato atto che la nuova procedura aperta per l'affidamento del servizio per il triennio 2026/2029, indetta con "
        "determinazione n. 1688 del 14/11/2025, è tuttora in corso di svolgimento presso la Stazione Unica "
        "Appaltante della Provincia del Verbano Cusio Ossola e che non è possibile interrompere il servizio durante "
        "l'anno scolastico;",
        "Vista la nota prot. n. 612 del 07/01/2026 con la quale la ditta si è dichiarata disponibile a proseguire il "
        "servizio agli stessi patti e condizioni del contratto in essere;",
        "Ritenuto di prorogare il contratto fino al 30/06/2026 per un importo di € 148.600,00 oltre IVA 10%, per "
        "complessivi € 163.460,00;",
        "Accertata la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
        e.append(P(t_, S["n"]))
    e.append(P("DETERMINA", S["cb"]))
    for t_ in [
        "– di prorogare, per le motivazioni espresse in premessa, il contratto per il servizio di trasporto "
        "scolastico con la ditta Autolinee Lago Maggiore S.r.l. fino al 30 giugno 2026, agli stessi patti e "
        "condizioni del contratto in essere;",
        "– di impegnare la spesa complessiva di € 163.460,00 al capitolo 4510 \"Trasporto scolastico - prestazioni di "
        "servizi\", Missione 4, Programma 6, del Bilancio 2026/2028, esercizio 2026;",
        "– di dare atto che il CIG derivato della proroga è B9A1C27F44 e che il Responsabile Unico del Progetto è la "
        "Dott.ssa Silvia Pedroni;",
        "– di trasmettere il presente provvedimento al Servizio Finanziario per l'apposizione del visto di regolarità "
        "contabile attestante la copertura finanziaria."]:
        e.append(P(t_, S["pt"]))
    e.append(Spacer(1, 12))
    sg = Table([["Verbania, 09/01/2026", "IL DIRIGENTE"], ["", "Dott. Alberto Zanotti"],
                ["", "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)"]], colWidths=[70 * mm, 100 * mm])
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif", 9), ("FONT", (1, 0), (1, 0), "DejaVuSerif-Bold", 9),
                            ("FONT", (1, 2), (1, 2), "DejaVuSerif", 7), ("ALIGN", (1, 0), (1, -1), "CENTER")]))
    e.append(sg)
    e.append(Spacer(1, 14))
    e.append(P("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", S["cb"]))
    vt = Table([["Impegno", "Esercizio", "Capitolo", "Importo €"], ["2026/187", "2026", "4510", "163.460,00"]],
               colWidths=[40 * mm] * 4)
    vt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                            ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    e.append(vt)
    e.append(Spacer(1, 4))
    e.append(P("Verbania, 12/01/2026 &nbsp;&nbsp;&nbsp;&nbsp; IL DIRIGENTE DEL SETTORE ECONOMICO FINANZIARIO Dott.ssa "
               "Laura Cerutti", S["small"]))
    doc.build(e, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- 8 Muro Lucano (APKappa)
def avviso_murolucano():
    fn = os.path.join(OUT, "avviso-murolucano-apkappa.pdf")
    S = styles("Helvetica", "Helvetica-Bold", 10)

    def page(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.setLineWidth(2)
        c.line(18 * mm, 270 * mm, 192 * mm, 270 * mm)
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(105 * mm, 282 * mm, "COMUNE DI MURO LUCANO")
        c.setFont("Helvetica", 9)
        c.drawCentredString(105 * mm, 276 * mm, "Provincia di Potenza - Piazza Municipio, 1 - 85054 Muro Lucano (PZ)")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawCentredString(105 * mm, 10 * mm, "pag. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=32 * mm,
                            bottomMargin=18 * mm, title="Avviso pubblico 6/2026")
    e = []
    e.append(P("<b>AREA AMMINISTRATIVA E SERVIZI SOCIALI</b>", S["c"]))
    e.append(Spacer(1, 10))
    e.append(P("AVVISO PUBBLICO N. 6 DEL 20/01/2026", ParagraphStyle("a", fontName="Helvetica-Bold", fontSize=13,
                                                                     leading=16, alignment=TA_CENTER)))
    e.append(Spacer(1, 4))
    title = ("PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DELLE SPESE PER IL SERVIZIO DI MENSA SCOLASTICA "
             "- ANNO SCOLASTICO 2025/2026")
    e.append(P("<b>%s</b>" % title, S["c"]))
    e.append(Spacer(1, 8))
    e.append(P("IL RESPONSABILE DELL'AREA", S["cb"]))
    e.append(P("In esecuzione della deliberazione della Giunta Comunale n. 4 del 13/01/2026 e della propria "
               "determinazione n. 21 del 19/01/2026,", S["n"]))
    e.append(P("RENDE NOTO", S["cb"]))
    e.append(P("che dal 21 gennaio 2026 al 20 febbraio 2026 i nuclei familiari residenti nel Comune di Muro Lucano possono "
               "presentare domanda per ottenere un contributo economico a parziale copertura delle spese sostenute per il "
               "servizio di mensa scolastica nell'anno scolastico 2025/2026.", S["n"]))
    for h, txt in [
        ("Art. 1 - Destinatari", "Possono accedere al contributo i genitori o gli esercenti la responsabilità genitoriale "
         "di alunni iscritti alla scuola dell'infanzia e alla scuola primaria dell'Istituto Comprensivo \"G. Fortunato\" "
         "che usufruiscono del servizio di mensa scolastica."),
        ("Art. 2 - Requisiti", "Residenza nel Comune di Muro Lucano alla data di presentazione della domanda; "
         "attestazione ISEE in corso di validità non superiore a € 15.000,00; regolarità nei pagamenti del servizio "
         "per l'anno scolastico 2024/2025."),
        ("Art. 3 - Entità del contributo", "Il contributo è pari al 50% della spesa sostenuta per ISEE fino a € 8.000,00 "
         "e al 30% per ISEE da € 8.000,01 a € 15.000,00, nel limite dello stanziamento di € 18.000,00. Qualora le "
         "domande ammissibili superino le risorse disponibili, i contributi saranno ridotti in misura proporzionale."),
        ("Art. 4 - Modalità di presentazione", "La domanda, redatta sul modello allegato e corredata di copia del "
         "documento d'identità e dell'attestazione ISEE, deve pervenire entro le ore 12:00 del 20 febbraio 2026 "
         "all'Ufficio Protocollo, a mano, oppure via PEC all'indirizzo protocollo.murolucano@pec.example.it."),
        ("Art. 5 - Istruttoria e graduatoria", "L'Ufficio Servizi Sociali verifica i requisiti e redige l'elenco dei "
         "beneficiari, che è approvato con determinazione del Responsabile dell'Area e pubblicato all'Albo Pretorio "
         "on line nel rispetto della normativa sulla protezione dei dati personali."),
        ("Art. 6 - Controlli", "L'Amministrazione effettua controlli a campione sulle dichiarazioni rese ai sensi "
         "dell'art. 71 del D.P.R. 445/2000. In caso di dichiarazioni mendaci il beneficio è revocato."),
        ("Art. 7 - Trattamento dei dati", "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 "
         "esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Muro Lucano."),
        ("Art. 8 - Informazioni", "Responsabile del procedimento è la Sig.ra Rosa Carlucci, Ufficio Servizi Sociali, "
         "tel. 0976 000000, dal lunedì al venerdì dalle 9:00 alle 12:00.")]:
        e.append(P("<b>%s</b>" % h, S["l"]))
        e.append(P(txt, S["n"]))
    e.append(Spacer(1, 10))
    sg = Table([["Muro Lucano, 20/01/2026", "IL RESPONSABILE DELL'AREA"], ["", "Dott. Donato Pietrafesa"]],
               colWidths=[80 * mm, 94 * mm])
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (1, 0), (1, -1), "CENTER")]))
    e.append(sg)
    doc.build(e, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- 11 Sondrio convocation (Word letter)
def convocazione_sondrio():
    fn = os.path.join(OUT, "convocazione-sondrio-word.pdf")
    S = styles("Times-Roman", "Times-Bold", 11.5)
    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Convocazione Consiglio comunale")
    e = []
    e.append(P("<font size=16><b>Comune di Sondrio</b></font>", S["c"]))
    e.append(P("<i>Il Presidente del Consiglio comunale</i>", S["c"]))
    e.append(Spacer(1, 14))
    t = Table([[P("Prot. n. 5873<br/>Class. 2.3", S["l"]),
                P("Ai Consiglieri comunali<br/>Al Sindaco<br/>e p.c. Al Prefetto di Sondrio<br/>Ai Revisori dei conti<br/>"
                  "LORO SEDI", S["l"])]], colWidths=[75 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    e.append(t)
    e.append(Spacer(1, 6))
    e.append(P("Sondrio, 12 febbraio 2026", S["r"]))
    e.append(Spacer(1, 6))
    subj = "Convocazione del Consiglio comunale in seduta ordinaria – giovedì 19 febbraio 2026 ore 20.30"
    e.append(P("<b>Oggetto: %s</b>" % subj, S["l"]))
    e.append(Spacer(1, 4))
    e.append(P("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli articoli 8 e 9 del Regolamento del "
               "Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio comunale che "
               "si terrà in prima convocazione nella Sala consiliare di Palazzo Pretorio, piazza Campello 1, "
               "<b>giovedì 19 febbraio 2026 alle ore 20.30</b> e, in seconda convocazione, <b>venerdì 20 febbraio 2026 "
               "alle ore 20.30</b>, per la trattazione del seguente", S["n"]))
    e.append(P("ORDINE DEL GIORNO", S["cb"]))
    for i, t_ in enumerate([
        "Comunicazioni del Presidente e del Sindaco.",
        "Approvazione dei verbali della seduta del 22 dicembre 2025.",
        "Ratifica della deliberazione della Giunta comunale n. 12 del 27/01/2026 avente ad oggetto \"Variazione "
        "d'urgenza al bilancio di previsione 2026/2028\".",
        "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026/2028 - integrazione.",
        "Regolamento per la concessione in uso delle sale civiche comunali: approvazione.",
        "Convenzione con la Provincia di Sondrio per la gestione associata del servizio di protezione civile: "
        "rinnovo per il triennio 2026/2028.",
        "Mozione presentata dal gruppo consiliare \"Sondrio Domani\" in materia di mobilità ciclabile urbana.",
        "Interrogazione del consigliere Bianchini sullo stato dei lavori di riqualificazione di piazza Garibaldi."], 1):
        e.append(P("%d. %s" % (i, t_), S["pt"]))
    e.append(Spacer(1, 4))
    e.append(P("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la "
               "Segreteria generale ed è consultabile, nei giorni e negli orari d'ufficio, a partire da sabato 14 "
               "febbraio 2026. La seduta sarà trasmessa in diretta streaming sul sito istituzionale.", S["n"]))
    e.append(P("Distinti saluti.", S["l"]))
    e.append(Spacer(1, 14))
    e.append(P("Il Presidente del Consiglio comunale", S["r"]))
    e.append(P("Avv. Francesca Lanzini", S["r"]))
    e.append(P("<i>(documento firmato digitalmente)</i>", ParagraphStyle("z", parent=S["r"], fontSize=9)))
    doc.build(e)


# ---------------------------------------------------------------- 9 Viterbo executivity certificate (Hypersic)
def certificato_viterbo():
    fn = os.path.join(OUT, "certificato-viterbo-hypersic.pdf")
    S = styles("DejaVuSans", "DejaVuSans-Bold", 10)

    def page(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 7)
        c.drawString(20 * mm, 10 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
        c.restoreState()

    doc = SimpleDocTemplate(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Certificato di esecutività")
    e = []
    hd = Table([[P("<b>COMUNE DI VITERBO</b>", ParagraphStyle("v", fontName="DejaVuSans-Bold", fontSize=15, leading=18)),
                 P("Settore I<br/>Segreteria Generale - Ufficio Deliberazioni", S["r"])]], colWidths=[90 * mm, 80 * mm])
    hd.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    e.append(hd)
    e.append(Spacer(1, 20))
    e.append(P("CERTIFICATO DI ESECUTIVITÀ", ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=13, leading=16, alignment=TA_CENTER)))
    e.append(Spacer(1, 14))
    subj = ("Riconoscimento di legittimità del debito fuori bilancio derivante dalla sentenza del Tribunale di Viterbo "
            "n. 1187/2025, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000.")
    tb = Table([[P("Atto:", S["b"]), P("Deliberazione del Consiglio Comunale", S["l"])],
                [P("Numero:", S["b"]), P("92", S["l"])],
                [P("Data:", S["b"]), P("28/11/2025", S["l"])],
                [P("Oggetto:", S["b"]), P(subj, S["n"])]], colWidths=[28 * mm, 142 * mm])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    e.append(tb)
    e.append(Spacer(1, 14))
    e.append(P("Si certifica che la deliberazione in oggetto, pubblicata all'Albo Pretorio on line dal 02/12/2025 al "
               "17/12/2025 con il n. 4418 del Registro delle pubblicazioni, senza che siano pervenute opposizioni, "
               "è divenuta <b>ESECUTIVA</b> in data <b>13/12/2025</b>, decorsi dieci giorni dall'inizio della "
               "pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.", S["n"]))
    e.append(Spacer(1, 20))
    sg = Table([["Viterbo, 15/12/2025", "IL SEGRETARIO GENERALE"], ["", "Dott.ssa Claudia Pacifici"]],
               colWidths=[80 * mm, 90 * mm])
    sg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 10), ("ALIGN", (1, 0), (1, -1), "CENTER")]))
    e.append(sg)
    doc.build(e, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    giunta_mirandola()
    consiglio_nicosia()
    det_verbania()
    avviso_murolucano()
    convocazione_sondrio()
    certificato_viterbo()
