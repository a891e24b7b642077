# ReportLab-made acts. All people, numbers and facts are invented.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether, FrameBreak,
                                NextPageTemplate, CondPageBreak)
from reportlab.graphics.shapes import Drawing, Polygon, Rect, String, Circle
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from rlcommon import register_dejavu, numbered_canvas, Spaced, styles

register_dejavu()
W, H = A4


def crest(w=22 * mm, h=26 * mm, fill=colors.HexColor("#8a1c1c")):
    d = Drawing(w, h)
    d.add(Polygon([2, h - 2, w - 2, h - 2, w - 2, h * 0.4, w / 2, 2, 2, h * 0.4],
                  fillColor=fill, strokeColor=colors.black, strokeWidth=0.8))
    d.add(Circle(w / 2, h * 0.6, w * 0.18, fillColor=colors.white, strokeColor=None))
    return d


# ---------------------------------------------------------------------------
# 1. Giunta Comunale di Jesi: crest + letterhead table, number/date cells, subject in a
#    framed box, SI/NO column, DejaVuSans embedded, running header from page 2, "Pag. x di y".
# ---------------------------------------------------------------------------
def giunta_jesi(path):
    s = styles("DejaVuSans", 9.8)

    def totals(c, n, tot):
        c.setFont("DejaVuSans", 7.5)
        c.setStrokeColor(colors.grey)
        c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        c.drawString(20 * mm, 11 * mm, "Comune di Jesi – Piazza Indipendenza, 1 – 60035 Jesi (AN) – "
                     "PEC: protocollo@pec.comune.jesi.an.it")
        c.drawRightString(W - 20 * mm, 11 * mm, "Pag. %d di %d" % (n, tot))
        if n > 1:
            c.setFont("DejaVuSans-Oblique", 7.5)
            c.drawString(20 * mm, H - 12 * mm, "Deliberazione della Giunta Comunale n. 47 del 12/03/2024")
            c.drawRightString(W - 20 * mm, H - 12 * mm, "ORIGINALE")
            c.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm,
                            title="Delibera GC 47/2024", author="Sicr@web Delibere (imitazione)")
    st = []
    lh = Table([[crest(),
                 [Paragraph("<font size=17><b>COMUNE DI JESI</b></font>", s["bodyl"]),
                  Paragraph("Provincia di Ancona", s["bodyl"]),
                  Paragraph("<font size=7.5>Piazza Indipendenza, 1 – 60035 Jesi (AN) · C.F. e P.IVA 00128840427<br/>"
                            "PEC: protocollo@pec.comune.jesi.an.it · Tel. 0731 538111</font>", s["bodyl"])],
                 Paragraph("<b>ORIGINALE</b>", s["bodyr"])]],
               colWidths=[28 * mm, 110 * mm, 32 * mm])
    lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#8a1c1c"))]))
    st += [lh, Spacer(1, 6 * mm)]
    st.append(Spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "DejaVuSans-Bold", 11, 1.6))
    nd = Table([[Paragraph("Deliberazione n. <b>47</b>", s["cellc"]),
                 Paragraph("Seduta del <b>12/03/2024</b>", s["cellc"])]], colWidths=[85 * mm, 85 * mm])
    nd.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                            ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st += [nd, Spacer(1, 4 * mm)]
    subj = Table([[Paragraph("<b>OGGETTO:</b>", s["cell"]),
                   Paragraph("<b>APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"INSIEME PER "
                             "JESI ODV\" PER LA GESTIONE DEL SERVIZIO DI TRASPORTO SOCIALE A FAVORE DI "
                             "ANZIANI E PERSONE CON DISABILITÀ – TRIENNIO 2024/2026.</b>", s["cell"])]],
                 colWidths=[24 * mm, 146 * mm])
    subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    st += [subj, Spacer(1, 5 * mm)]
    st.append(Paragraph(
        "L'anno duemilaventiquattro, addì dodici del mese di marzo alle ore 18:30, nella Residenza Municipale, "
        "previa convocazione nei modi e nei termini di legge, si è riunita la Giunta Comunale nelle persone "
        "dei Signori:", s["body"]))
    rows = [["N.", "Cognome e Nome", "Carica", "Presente"],
            ["1", "CARBONI MARCO", "Sindaco", "SI"],
            ["2", "PIERSANTI ELISA", "Vice Sindaco", "SI"],
            ["3", "GIACANI STEFANO", "Assessore", "NO"],
            ["4", "MORBIDELLI CHIARA", "Assessore", "SI"],
            ["5", "SANTARELLI PAOLO", "Assessore", "SI"],
            ["6", "TITTARELLI ANNA", "Assessore", "SI"]]
    at = Table(rows, colWidths=[12 * mm, 70 * mm, 50 * mm, 28 * mm], hAlign="CENTER")
    at.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                            ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                            ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (3, 0), (3, -1), "CENTER")]))
    st += [at, Spacer(1, 2 * mm)]
    st.append(Paragraph("Totale presenti: 5 &nbsp;&nbsp;&nbsp;&nbsp; Totale assenti: 1", s["bodyr"]))
    st.append(Paragraph("Presiede il Sindaco Avv. Marco Carboni.", s["body"]))
    st.append(Paragraph(
        "Partecipa il Segretario Comunale Dott. Luigi Ferretti il quale provvede alla redazione del presente "
        "verbale.", s["body"]))
    st.append(Paragraph(
        "Il Presidente, riconosciuta la validità dell'adunanza per il numero legale degli intervenuti, dichiara "
        "aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", s["body"]))
    st.append(Spaced("LA GIUNTA COMUNALE", "DejaVuSans-Bold", 10.5, 2.2))
    prem = [
        "<b>PREMESSO</b> che il Comune di Jesi garantisce, nell'ambito delle politiche di welfare locale, un "
        "servizio di trasporto sociale rivolto a cittadini anziani e a persone con disabilità privi di una rete "
        "familiare in grado di assicurare gli spostamenti verso strutture sanitarie, centri diurni e luoghi di "
        "socializzazione;",
        "<b>CONSIDERATO</b> che il servizio è stato finora svolto in convenzione con organizzazioni di "
        "volontariato iscritte al Registro Unico Nazionale del Terzo Settore e che la convenzione approvata con "
        "deliberazione della Giunta Comunale n. 18 del 02/02/2021 è giunta a scadenza il 31/12/2023;",
        "<b>VISTO</b> l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle "
        "amministrazioni pubbliche di sottoscrivere con le organizzazioni di volontariato convenzioni finalizzate "
        "allo svolgimento in favore di terzi di attività o servizi sociali di interesse generale, se più "
        "favorevoli rispetto al ricorso al mercato;",
        "<b>DATO ATTO</b> che, a seguito di avviso pubblico di manifestazione di interesse pubblicato dal "
        "15/01/2024 al 05/02/2024, è pervenuta un'unica candidatura, presentata dall'Associazione \"Insieme per "
        "Jesi ODV\", con sede in Jesi, via dei Colli n. 14, in possesso dei requisiti richiesti;",
        "<b>RICHIAMATE</b> la deliberazione del Consiglio Comunale n. 89 del 21/12/2023, di approvazione del "
        "bilancio di previsione 2024/2026, e la deliberazione della Giunta Comunale n. 12 del 25/01/2024, di "
        "approvazione del Piano Esecutivo di Gestione 2024/2026;",
        "<b>VISTO</b> il D.Lgs. 18 agosto 2000, n. 267 (Testo Unico delle leggi sull'ordinamento degli enti "
        "locali) e in particolare l'art. 48, relativo alle competenze della Giunta;",
        "<b>RITENUTO</b> di approvare lo schema di convenzione allegato, che disciplina le modalità di "
        "svolgimento del servizio, il rimborso delle spese effettivamente sostenute e documentate, gli obblighi "
        "assicurativi e le forme di verifica e controllo;",
        "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, "
        "comma 1, del D.Lgs. n. 267/2000 dai Responsabili dei Settori competenti, allegati al presente atto;",
        "Con voti unanimi favorevoli, espressi nelle forme di legge;",
    ]
    for p in prem:
        st.append(Paragraph(p, s["body"]))
    st.append(Spaced("DELIBERA", "DejaVuSans-Bold", 11, 4))
    pts = [
        "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
        "di approvare lo schema di convenzione con l'Associazione \"Insieme per Jesi ODV\" per la gestione del "
        "servizio di trasporto sociale a favore di anziani e persone con disabilità per il triennio 2024/2026, "
        "allegato al presente atto sotto la lettera A) quale parte integrante e sostanziale;",
        "di dare atto che la spesa complessiva massima di € 54.000,00, pari a € 18.000,00 per ciascuna "
        "annualità, trova copertura al capitolo 1204.03.01 \"Trasferimenti per servizi sociali\" del bilancio "
        "di previsione 2024/2026;",
        "di demandare al Responsabile del Settore Servizi Sociali la sottoscrizione della convenzione e "
        "l'adozione di tutti gli atti gestionali conseguenti, ivi compreso l'impegno di spesa;",
    ]
    for i, p in enumerate(pts, 1):
        st.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), s["point"]))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph(
        "Successivamente, con separata votazione unanime, resa nei modi di legge,", s["body"]))
    st.append(Spaced("DELIBERA ALTRESÌ", "DejaVuSans-Bold", 10, 2))
    st.append(Paragraph(
        "di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
        "18 agosto 2000, n. 267, stante l'urgenza di garantire la continuità del servizio.", s["body"]))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("Letto, approvato e sottoscritto.", s["body"]))
    sig = Table([[Paragraph("IL SINDACO<br/>Avv. Marco Carboni", s["cellc"]),
                  Paragraph("IL SEGRETARIO COMUNALE<br/>Dott. Luigi Ferretti", s["cellc"])],
                 [Paragraph("<i>(firmato digitalmente)</i>", s["smallc"]),
                  Paragraph("<i>(firmato digitalmente)</i>", s["smallc"])]],
                colWidths=[85 * mm, 85 * mm])
    st.append(KeepTogether([sig]))
    st.append(Spacer(1, 8 * mm))
    cert = Table([[Paragraph(
        "<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione viene "
        "pubblicata all'Albo Pretorio on line del Comune dal 15/03/2024 per 15 giorni consecutivi ai sensi "
        "dell'art. 124 del D.Lgs. n. 267/2000 (n. 611 del registro delle pubblicazioni).<br/>"
        "Jesi, 15/03/2024 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE – Dott. Luigi Ferretti",
        s["cell"])]], colWidths=[170 * mm])
    cert.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st.append(KeepTogether([cert]))
    doc.build(st, canvasmaker=numbered_canvas(totals))


# ---------------------------------------------------------------------------
# 3. Giunta di Sant'Agata de' Goti: page 1 in two frames (a sidebar of proposal data and
#    opinions on the left, the minute on the right), attendance in prose, Times.
# ---------------------------------------------------------------------------
def giunta_santagata(path):
    s = styles("Times-Roman", 11, bold="Times-Bold")
    side = styles("Helvetica", 8, bold="Helvetica-Bold")

    def first(c, doc):
        c.saveState()
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, H - 20 * mm, "COMUNE DI SANT'AGATA DE' GOTI")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(W / 2, H - 25 * mm, "Provincia di Benevento")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, H - 29.5 * mm,
                            "Piazza Municipio, 1 – 82019 Sant'Agata de' Goti (BN) – C.F. 80002310627 – "
                            "PEC: protocollo.santagatadegoti@asmepec.it")
        c.setLineWidth(0.8)
        c.line(15 * mm, H - 32 * mm, W - 15 * mm, H - 32 * mm)
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.rect(15 * mm, 20 * mm, 48 * mm, H - 55 * mm, stroke=0, fill=1)
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(15 * mm, H - 12 * mm, "Comune di Sant'Agata de' Goti – G.C. n. 112 del 12/09/2024")
        c.restoreState()

    def totals(c, n, tot):
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 10 * mm, "Pag. %d di %d" % (n, tot))

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm, title="Giunta 112/2024",
                          author="Halley Delibere (imitazione)")
    fside = Frame(16 * mm, 20 * mm, 46 * mm, H - 56 * mm, id="side", leftPadding=3, rightPadding=3)
    fmain = Frame(67 * mm, 20 * mm, W - 82 * mm, H - 56 * mm, id="main")
    fone = Frame(15 * mm, 18 * mm, W - 30 * mm, H - 36 * mm, id="one")
    doc.addPageTemplates([PageTemplate("first", [fside, fmain], onPage=first),
                          PageTemplate("later", [fone], onPage=later)])
    st = [NextPageTemplate("later")]
    st.append(Paragraph("<b>PROPOSTA</b>", side["bodyl"]))
    st.append(Paragraph("Proposta n. 130 del 05/09/2024<br/>Ufficio proponente: Servizi Culturali e "
                        "Biblioteca<br/>Assessore proponente: Pasquale Mastrilli", side["bodyl"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("<b>PARERI</b> (art. 49 D.Lgs. 267/2000)", side["bodyl"]))
    st.append(Paragraph("<i>Regolarità tecnica:</i> FAVOREVOLE<br/>Il Responsabile del Servizio<br/>"
                        "Dott. Antonio Di Lauro<br/>10/09/2024", side["bodyl"]))
    st.append(Paragraph("<i>Regolarità contabile:</i> non dovuto, l'atto non comporta riflessi diretti o "
                        "indiretti sulla situazione economico-finanziaria.", side["bodyl"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("<b>ESECUTIVITÀ</b>", side["bodyl"]))
    st.append(Paragraph("[X] dichiarata immediatamente eseguibile (art. 134, c. 4)<br/>[ ] decorsi 10 "
                        "giorni dalla pubblicazione", side["bodyl"]))
    st.append(FrameBreak())
    st.append(Paragraph("<b>COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", s["bodyc"]))
    st.append(Paragraph("N. 112 del 12 settembre 2024", s["bodyc"]))
    st.append(Spacer(1, 3 * mm))
    subj_style = s["point"].clone("subj", leftIndent=62, firstLineIndent=-62, alignment=0)
    st.append(Paragraph("<b>OGGETTO:</b>&nbsp;&nbsp;Adesione al progetto \"Biblioteche in rete\" promosso dalla "
                        "Regione Campania – Approvazione dello schema di protocollo d'intesa con l'Istituto "
                        "Comprensivo Statale e designazione del referente comunale.", subj_style))
    st.append(Spacer(1, 3 * mm))
    for p in [
        "L'anno duemilaventiquattro il giorno dodici del mese di settembre, alle ore 12.00, nella sala delle "
        "adunanze della sede comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge.",
        "Sono presenti i Signori: D'ONOFRIO Carmine, Sindaco; IANNOTTA Rosa, Vice Sindaco; MASTRILLI Pasquale, "
        "Assessore.",
        "Sono assenti: RUGGIERO Antonella, Assessore; PIROZZI Gennaro, Assessore.",
        "Presiede il Sindaco Dott. Carmine D'Onofrio.",
        "Assiste il Segretario Generale Avv. Maria Grazia Lombardi, che cura la verbalizzazione.",
        "Il Presidente, accertato il numero legale, dichiara aperta la seduta.",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph("L A &nbsp; G I U N T A &nbsp; C O M U N A L E", s["head"]))
    for p in [
        "<b>Vista</b> la proposta di deliberazione n. 130 del 05/09/2024 predisposta dall'Ufficio Servizi "
        "Culturali e Biblioteca;",
        "<b>Premesso</b> che la Regione Campania, con decreto dirigenziale n. 204 del 18/06/2024, ha promosso il "
        "progetto \"Biblioteche in rete\", finalizzato alla condivisione dei cataloghi e alla promozione della "
        "lettura tra le biblioteche comunali e le biblioteche scolastiche del territorio;",
        "<b>Considerato</b> che la Biblioteca comunale \"Tommaso Ciervo\" dispone di un patrimonio librario di "
        "circa diciottomila volumi, in parte non ancora catalogati in formato elettronico, e che l'adesione "
        "al progetto consente di accedere al servizio regionale di catalogazione senza oneri per l'Ente;",
        "<b>Ritenuto</b> opportuno coinvolgere l'Istituto Comprensivo Statale del territorio, che ha manifestato "
        "con nota prot. n. 9876 del 02/09/2024 la propria disponibilità a partecipare;",
        "<b>Visto</b> il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 48 e 49;",
        "<b>Visto</b> lo Statuto comunale;",
        "<b>Acquisito</b> il parere favorevole di regolarità tecnica riportato a margine;",
        "ad unanimità di voti espressi nei modi di legge,",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph("D E L I B E R A", s["head"]))
    for p in [
        "di aderire al progetto \"Biblioteche in rete\" promosso dalla Regione Campania;",
        "di approvare lo schema di protocollo d'intesa con l'Istituto Comprensivo Statale, allegato alla "
        "presente deliberazione per farne parte integrante e sostanziale, autorizzando il Sindaco alla "
        "sottoscrizione;",
        "di designare quale referente comunale del progetto la dott.ssa Teresa Varricchio, bibliotecaria "
        "comunale;",
        "di dare atto che il presente provvedimento non comporta impegno di spesa.",
    ]:
        st.append(Paragraph("–&nbsp;&nbsp;" + p, s["bullet"]))
    st.append(Paragraph("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata "
                        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
                        s["body"]))
    st.append(Spacer(1, 6 * mm))
    sig = Table([[Paragraph("IL SINDACO<br/>F.to Dott. Carmine D'Onofrio", s["cellc"]),
                  Paragraph("IL SEGRETARIO GENERALE<br/>F.to Avv. Maria Grazia Lombardi", s["cellc"])]],
                colWidths=[85 * mm, 85 * mm])
    st.append(sig)
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("<b>RELATA DI PUBBLICAZIONE</b>", s["bodyc"]))
    st.append(Paragraph("Il sottoscritto Messo Comunale attesta che la presente deliberazione è stata "
                        "pubblicata all'Albo Pretorio on line il 16/09/2024 e vi resterà per quindici giorni "
                        "consecutivi. Contestualmente è stata trasmessa ai Capigruppo consiliari con nota prot. "
                        "n. 10412 del 16/09/2024.", s["body"]))
    st.append(Paragraph("Sant'Agata de' Goti, 16/09/2024 &nbsp;&nbsp;&nbsp; IL MESSO COMUNALE – F.to Sig. "
                        "Luigi Abbate", s["body"]))
    st.append(Paragraph("<i>Copia conforme all'originale, per uso amministrativo.</i>", s["bodyr"]))
    doc.build(st, canvasmaker=numbered_canvas(totals))


# ---------------------------------------------------------------------------
# 4. Consiglio Comunale di Castel San Pietro Terme: 17 members in two blocks side by side
#    with P/A letters, counted majority vote twice (approval and immediate execution),
#    DejaVuSerif embedded, letter-spaced headings.
# ---------------------------------------------------------------------------
def consiglio_csp(path):
    s = styles("DejaVuSerif", 9.8)

    def totals(c, n, tot):
        c.setFont("DejaVuSerif", 7.5)
        c.drawString(18 * mm, 10 * mm, "Deliberazione C.C. n. 31/2024")
        c.drawRightString(W - 18 * mm, 10 * mm, "Pag. %d di %d" % (n, tot))
        if n > 1:
            c.setFont("DejaVuSerif-Italic", 7.5)
            c.drawCentredString(W / 2, H - 11 * mm, "COMUNE DI CASTEL SAN PIETRO TERME – Città metropolitana di "
                                "Bologna")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title="CC 31/2024", author="JIRIDE (imitazione)")
    st = []
    st.append(Paragraph("<font size=16>C<font size=12>OMUNE DI</font> C<font size=12>ASTEL</font> "
                        "S<font size=12>AN</font> P<font size=12>IETRO</font> T<font size=12>ERME</font></font>",
                        s["bodyc"]))
    st.append(Paragraph("Città metropolitana di Bologna", s["bodyc"]))
    st.append(Paragraph("<font size=7.5>Piazza XX Settembre, 3 – 40024 Castel San Pietro Terme (BO) – C.F. "
                        "00543170378 – PEC: comune.castelsanpietroterme@cert.provincia.bo.it</font>", s["bodyc"]))
    st.append(Spacer(1, 4 * mm))
    box = Table([[Spaced("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "DejaVuSerif-Bold", 11, 1.8, space_after=2)],
                 [Paragraph("N. <b>31</b> &nbsp;&nbsp;&nbsp;&nbsp; del <b>29/04/2024</b>", s["cellc"])]],
                colWidths=[174 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    st += [box, Spacer(1, 3 * mm)]
    st.append(Paragraph("Adunanza ordinaria di prima convocazione – Seduta pubblica", s["bodyc"]))
    st.append(Paragraph("<b>OGGETTO:</b> APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO "
                        "2023 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000 E DESTINAZIONE DELL'AVANZO DI "
                        "AMMINISTRAZIONE.", s["body"].clone("subj", leftIndent=22 * mm, firstLineIndent=-22 * mm,
                                                           spaceBefore=4, spaceAfter=6)))
    st.append(Paragraph(
        "L'anno 2024 (duemilaventiquattro) il giorno 29 (ventinove) del mese di aprile alle ore 20:45 nella "
        "Sala consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è "
        "riunito il Consiglio Comunale. All'appello risultano:", s["body"]))
    left = [("1", "DALL'OLIO FEDERICO", "P"), ("2", "MARCHETTI ELENA", "P"), ("3", "BALDAZZI GIACOMO", "P"),
            ("4", "CAVINA SILVIA", "A"), ("5", "GAMBERINI LUCA", "P"), ("6", "NERI FRANCESCA", "P"),
            ("7", "POGGI ROBERTO", "P"), ("8", "RAVAGLIA MARTINA", "A"), ("9", "SASSATELLI DAVIDE", "P")]
    right = [("10", "TAROZZI CLAUDIA", "P"), ("11", "VANNINI PIETRO", "A"), ("12", "ZANOTTI GIULIA", "P"),
             ("13", "BERTUZZI ANDREA", "A"), ("14", "CASADIO MONICA", "P"), ("15", "FABBRI ENRICO", "A"),
             ("16", "LIPPARINI ROSSANA", "P"), ("17", "MONTANARI IVAN", "A"), ("", "", "")]
    data = [["N.", "Consigliere", "P/A", "", "N.", "Consigliere", "P/A"]]
    for a, b in zip(left, right):
        data.append(list(a) + [""] + list(b))
    t = Table(data, colWidths=[9 * mm, 55 * mm, 12 * mm, 22 * mm, 9 * mm, 55 * mm, 12 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSerif", 8.8),
                           ("FONT", (0, 0), (-1, 0), "DejaVuSerif-Bold", 8.8),
                           ("GRID", (0, 0), (2, -1), 0.4, colors.black),
                           ("GRID", (4, 0), (6, -2), 0.4, colors.black),
                           ("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (6, 0), (6, -1), "CENTER"),
                           ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    st += [t, Spacer(1, 2 * mm)]
    st.append(Paragraph("PRESENTI N. 11 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ASSENTI N. 6", s["bodyc"]))
    for p in [
        "È presente l'Assessore esterno Sig. Mirko Gardini, senza diritto di voto.",
        "Assume la presidenza la Sig.ra Elena Marchetti, Presidente del Consiglio Comunale, la quale, "
        "riconosciuta legale l'adunanza, dichiara aperta la seduta.",
        "Partecipa alla seduta il Segretario Generale Dott. Andrea Zanardi, incaricato della redazione del "
        "verbale.",
        "Sono nominati scrutatori i Consiglieri Baldazzi Giacomo, Tarozzi Claudia e Poggi Roberto.",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Spaced("IL CONSIGLIO COMUNALE", "DejaVuSerif-Bold", 10.5, 2.4))
    for p in [
        "<b>UDITA</b> la relazione dell'Assessore al Bilancio, il quale illustra le risultanze della gestione "
        "dell'esercizio 2023 e il risultato di amministrazione, e gli interventi dei Consiglieri Neri, "
        "Gamberini e Sassatelli, integralmente registrati e conservati agli atti della seduta;",
        "<b>VISTO</b> il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 151, comma 5, 227 e 231, "
        "che disciplinano la formazione e l'approvazione del rendiconto della gestione;",
        "<b>VISTO</b> il D.Lgs. 23 giugno 2011, n. 118, recante disposizioni in materia di armonizzazione dei "
        "sistemi contabili e degli schemi di bilancio delle Regioni, degli enti locali e dei loro organismi;",
        "<b>RICHIAMATE</b> la deliberazione del Consiglio Comunale n. 102 del 20/12/2022, con la quale è stato "
        "approvato il bilancio di previsione 2023/2025, e la deliberazione della Giunta Comunale n. 48 del "
        "28/03/2024, con la quale è stato approvato lo schema di rendiconto e la relazione illustrativa;",
        "<b>DATO ATTO</b> che il rendiconto 2023 si chiude con un risultato di amministrazione di € "
        "4.812.356,27, di cui parte accantonata € 2.104.998,10, parte vincolata € 1.287.440,00, parte "
        "destinata agli investimenti € 310.000,00 e parte disponibile € 1.109.918,17;",
        "<b>VISTA</b> la relazione dell'Organo di revisione economico-finanziaria, resa ai sensi dell'art. 239, "
        "comma 1, lett. d), del D.Lgs. n. 267/2000, con verbale n. 7 del 10/04/2024;",
        "<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile del "
        "Servizio Finanziario ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "<b>CON</b> la seguente votazione, resa per alzata di mano e proclamata dalla Presidente: Presenti 11, "
        "Votanti 10, Favorevoli 8, Contrari 2 (Consiglieri Neri e Gamberini), Astenuti 1 (Consigliere Poggi);",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Spaced("DELIBERA", "DejaVuSerif-Bold", 11, 5))
    for i, p in enumerate([
        "di approvare il rendiconto della gestione per l'esercizio finanziario 2023, composto dal conto del "
        "bilancio, dal conto economico e dallo stato patrimoniale, con tutti gli allegati previsti dall'art. 11, "
        "comma 4, del D.Lgs. n. 118/2011, depositati agli atti;",
        "di accertare il risultato di amministrazione al 31/12/2023 in € 4.812.356,27, nella composizione "
        "indicata in premessa;",
        "di destinare una quota dell'avanzo disponibile, pari a € 450.000,00, al finanziamento di spese di "
        "investimento per la manutenzione straordinaria degli edifici scolastici;",
    ], 1):
        st.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), s["point"]))
    st.append(Paragraph(
        "Successivamente, con votazione resa per alzata di mano: Presenti 11, Votanti 10, Favorevoli 8, "
        "Contrari 2, Astenuti 1, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi "
        "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", s["body"]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Letto, confermato e sottoscritto", s["bodyl"]))
    sig = Table([[Paragraph("La Presidente del Consiglio<br/>Elena Marchetti", s["cellc"]),
                  Paragraph("Il Segretario Generale<br/>Dott. Andrea Zanardi", s["cellc"])]],
                colWidths=[87 * mm, 87 * mm])
    st.append(sig)
    doc.build(st, canvasmaker=numbered_canvas(totals))


# ---------------------------------------------------------------------------
# 6. Determinazione di Vignola: office on the left, a boxed register block on the right
#    (Reg. Gen. and Reg. Sett.), subject after OGGETTO:, Helvetica, visto contabile.
# ---------------------------------------------------------------------------
def det_vignola(path):
    s = styles("Helvetica", 9.6)

    def totals(c, n, tot):
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 18 * mm, 10 * mm, "Pag. %d di %d" % (n, tot))
        c.drawString(18 * mm, 10 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
        if n > 1:
            c.setFont("Helvetica-Oblique", 7.5)
            c.drawString(18 * mm, H - 11 * mm, "Determinazione Reg. Gen. n. 456 del 03/04/2024")

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title="Determinazione 456/2024", author="ADS Atti (imitazione)")
    st = []
    reg = Table([[Paragraph("<b>DETERMINAZIONE</b>", s["cellc"])],
                 [Paragraph("Reg. Gen. n. <b>456</b> del <b>03/04/2024</b>", s["cell"])],
                 [Paragraph("Reg. Sett. n. <b>12</b>", s["cell"])]], colWidths=[58 * mm])
    reg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
    left = [Paragraph("<font size=15><b>COMUNE DI VIGNOLA</b></font>", s["bodyl"]),
            Paragraph("Provincia di Modena", s["bodyl"]),
            Spacer(1, 2 * mm),
            Paragraph("<b>SETTORE SERVIZI FINANZIARI</b><br/>Servizio Tributi", s["bodyl"]),
            Paragraph("<font size=7>Via Bellucci, 1 – 41058 Vignola (MO) – C.F. 00179790365<br/>"
                      "PEC: comunevignola@cert.unione.terredicastelli.mo.it</font>", s["bodyl"])]
    top = Table([[left, reg]], colWidths=[116 * mm, 58 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    st += [top, Spacer(1, 6 * mm)]
    st.append(Paragraph("<b>OGGETTO:</b> AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. "
                        "36/2023 DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO "
                        "TARI 2024 – IMPEGNO DI SPESA – CIG B0A1C2D3E4.", s["body"]))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>IL RESPONSABILE DEL SETTORE</b>", s["bodyc"]))
    for p in [
        "<b>Visto</b> il decreto del Sindaco n. 3 del 09/01/2024, con il quale è stato conferito alla "
        "sottoscritta l'incarico di Elevata Qualificazione del Settore Servizi Finanziari per l'anno 2024;",
        "<b>Richiamate</b>:<br/>- la deliberazione del Consiglio Comunale n. 74 del 19/12/2023, con la quale è "
        "stato approvato il bilancio di previsione finanziario 2024/2026;<br/>- la deliberazione della Giunta "
        "Comunale n. 5 del 16/01/2024, con la quale è stato approvato il Piano Esecutivo di Gestione 2024/2026;",
        "<b>Premesso</b> che occorre provvedere all'invio ai contribuenti degli avvisi di pagamento della "
        "tassa sui rifiuti (TARI) per l'anno 2024, stimati in circa 11.400 plichi, con scadenza della prima "
        "rata fissata al 31 maggio 2024;",
        "<b>Visto</b> l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
        "l'affidamento diretto dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di "
        "più operatori economici;",
        "<b>Dato atto</b> che, a seguito di richiesta di preventivo tramite la piattaforma telematica di "
        "negoziazione, la ditta Tipografia Emiliana S.r.l., con sede in Modena, via dell'Artigianato n. 22, "
        "P.IVA 01234560364, ha offerto l'importo di € 6.980,00 oltre IVA, ritenuto congruo;",
        "<b>Verificato</b> il possesso dei requisiti di ordine generale e acquisito il DURC regolare;",
        "<b>Visti</b> gli articoli 107, 151, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267;",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Paragraph("<b>DETERMINA</b>", s["head"]))
    for i, p in enumerate([
        "di affidare, per le motivazioni espresse in premessa, alla ditta Tipografia Emiliana S.r.l. il "
        "servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento TARI 2024, per "
        "l'importo di € 6.980,00 oltre IVA 22%, per complessivi € 8.515,60;",
        "di impegnare la spesa di € 8.515,60 al capitolo 1045/20 \"Spese postali e di stampa – Servizio "
        "Tributi\" del bilancio 2024/2026, annualità 2024;",
        "di dare atto che il contratto è stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
        "dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
        "di dare atto che la sottoscritta non si trova in situazioni di conflitto di interessi, anche "
        "potenziale, ai sensi dell'art. 6-bis della Legge n. 241/1990;",
        "di disporre la pubblicazione del presente provvedimento nella sezione \"Amministrazione trasparente\" "
        "del sito istituzionale.",
    ], 1):
        st.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), s["point"]))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("La Responsabile del Settore<br/>Dott.ssa Paola Ferrari", s["bodyr"]))
    st.append(Spacer(1, 6 * mm))
    vc = Table([[Paragraph(
        "<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br/>(art. 151, comma 4, "
        "D.Lgs. n. 267/2000)<br/>Impegno n. 812/2024 – Capitolo 1045/20 – Importo € 8.515,60<br/>"
        "Vignola, 04/04/2024 &nbsp;&nbsp;&nbsp; Il Responsabile del Servizio Finanziario – Dott. Stefano "
        "Chini", s["cell"])]], colWidths=[174 * mm])
    vc.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st.append(KeepTogether([vc]))
    doc.build(st, canvasmaker=numbered_canvas(totals))


# ---------------------------------------------------------------------------
# 8. Determinazione di Borgo San Lorenzo drawn straight on the canvas in Courier, ragged
#    right, title on one line with the number and a dotted date, manual page numbers.
# ---------------------------------------------------------------------------
def det_borgo(path):
    import textwrap
    lines = []  # (font, size, text, indent, centred)

    def para(t, indent=0, first="", width=84, font="Courier", size=9.5):
        w = textwrap.wrap(t, width=width - indent, initial_indent=first,
                          subsequent_indent=" " * len(first))
        for x in w:
            lines.append((font, size, x, indent, False))
        lines.append(None)

    def centre(t, font="Courier-Bold", size=10):
        lines.append((font, size, t, 0, True))

    centre("COMUNE DI BORGO SAN LORENZO", "Courier-Bold", 13)
    centre("Città Metropolitana di Firenze", "Courier", 9.5)
    centre("Piazza Dante, 2 - 50032 Borgo San Lorenzo (FI) - C.F. 01017000488", "Courier", 8)
    centre("PEC: comune.borgo-san-lorenzo@postacert.toscana.it", "Courier", 8)
    lines.append(None)
    lines.append("RULE")
    centre("AREA TECNICA - SERVIZIO LAVORI PUBBLICI", "Courier", 9.5)
    lines.append(None)
    centre("DETERMINAZIONE DEL RESPONSABILE AREA TECNICA N. 33 DEL 5.6.2024", "Courier-Bold", 10)
    lines.append(None)
    para("OGGETTO : LAVORI DI MESSA IN SICUREZZA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA "
         "CALDAIE - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO "
         "ALL'IMPRESA EDILMUGELLO S.R.L. - CUP D67H23000120004 - CIG 9F8E7D6C5B.",
         first="", width=84, font="Courier-Bold")
    centre("IL RESPONSABILE DELL'AREA TECNICA")
    lines.append(None)
    for t in [
        "PREMESSO che con propria determinazione n. 71 del 14.11.2023 sono stati aggiudicati i lavori di "
        "messa in sicurezza della copertura della palestra comunale di via Caldaie all'impresa EDILMUGELLO "
        "S.R.L., con sede in Vicchio (FI), per l'importo contrattuale di Euro 87.450,00 oltre IVA, compresi "
        "oneri per la sicurezza;",
        "CHE i lavori sono stati consegnati in data 08.01.2024 e ultimati in data 22.04.2024, come da "
        "certificato di ultimazione redatto dal Direttore dei Lavori, entro il termine contrattuale;",
        "VISTO lo stato finale dei lavori e il certificato di regolare esecuzione emesso dal Direttore dei "
        "Lavori Ing. Sara Bandini in data 20.05.2024, dai quali risulta un credito residuo dell'impresa pari "
        "a Euro 9.617,50 oltre IVA 10%;",
        "ACCERTATA la regolarità contributiva dell'impresa mediante DURC on line prot. INAIL_43210987, "
        "valido fino al 18.09.2024;",
        "VISTI il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107 e 184, il D.Lgs. 31 marzo "
        "2023, n. 36, e il D.P.R. 5 ottobre 2010, n. 207, per le parti ancora in vigore;",
        "VISTO il decreto sindacale n. 11 del 29.12.2023 di nomina del sottoscritto quale Responsabile "
        "dell'Area Tecnica;",
        "DATO ATTO che l'intervento è finanziato con contributo statale per la messa in sicurezza di edifici "
        "e territorio di cui all'art. 1, comma 139, della Legge 30 dicembre 2018, n. 145, assegnato con "
        "decreto del Ministero dell'Interno, e per la restante parte con fondi propri di bilancio;",
        "DATO ATTO altresì che il Responsabile Unico del Progetto è il Geom. Tommaso Galeotti, dipendente "
        "dell'Area Tecnica, e che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 16 "
        "del D.Lgs. n. 36/2023 in capo al sottoscritto e al RUP;",
        "RICHIAMATE la deliberazione del Consiglio Comunale n. 98 del 28.12.2023, di approvazione del "
        "bilancio di previsione 2024/2026, e la deliberazione della Giunta Comunale n. 4 del 11.01.2024, di "
        "approvazione del Piano Esecutivo di Gestione;",
        "RITENUTO di dover procedere all'approvazione degli atti di contabilità finale e alla liquidazione "
        "del saldo dovuto all'impresa;",
    ]:
        para(t)
    centre("D E T E R M I N A")
    lines.append(None)
    for i, t in enumerate([
        "di approvare il certificato di regolare esecuzione dei lavori in oggetto, emesso in data "
        "20.05.2024, dal quale risulta un credito residuo dell'impresa di Euro 9.617,50 oltre IVA;",
        "di liquidare all'impresa EDILMUGELLO S.R.L. la fattura n. 14/PA del 27.05.2024 di Euro "
        "10.579,25 IVA compresa, con imputazione all'impegno n. 1533/2023, capitolo 20610/3 del "
        "bilancio 2024, gestione residui;",
        "di svincolare la cauzione definitiva prestata dall'impresa mediante polizza fideiussoria n. "
        "FI-2023-88412;",
        "di trasmettere il presente atto al Servizio Finanziario per gli adempimenti di competenza.",
    ], 1):
        para(t, first="%d) " % i)
    lines.append(None)
    lines.append(("Courier", 9.5, "Borgo San Lorenzo, 5.6.2024", 0, False))
    lines.append(None)
    lines.append(("Courier", 9.5, " " * 40 + "IL RESPONSABILE AREA TECNICA", 0, False))
    lines.append(("Courier", 9.5, " " * 44 + "Arch. Niccolò Bellini", 0, False))
    lines.append(None)
    lines.append(None)
    para("ATTESTAZIONE DI COPERTURA FINANZIARIA: si attesta la regolarità contabile e la copertura "
         "finanziaria della spesa ai sensi dell'art. 147-bis del D.Lgs. 267/2000. "
         "Borgo San Lorenzo, 6.6.2024 - Il Responsabile dell'Area Finanziaria Rag. Monica Tagliaferri.")

    # paginate
    top, bottom, lead = H - 18 * mm, 22 * mm, 12.5
    pages, cur, y = [], [], top
    for ln in lines:
        h = lead if ln is not None else lead * 0.6
        if ln == "RULE":
            h = 6
        if y - h < bottom:
            pages.append(cur)
            cur, y = [], top - 14
        cur.append((ln, y))
        y -= h
    pages.append(cur)
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setTitle("Det. 33/2024")
    c.setAuthor("Sistema Atti Amministrativi (imitazione)")
    for pn, pg in enumerate(pages, 1):
        if pn > 1:
            c.setFont("Courier", 8)
            c.drawString(22 * mm, H - 13 * mm, "Comune di Borgo San Lorenzo - Det. Area Tecnica n. 33 del 5.6.2024")
        for ln, y in pg:
            if ln is None:
                continue
            if ln == "RULE":
                c.line(22 * mm, y + 8, W - 22 * mm, y + 8)
                continue
            font, size, t, indent, cen = ln
            c.setFont(font, size)
            if cen:
                c.drawCentredString(W / 2, y, t)
            else:
                c.drawString(22 * mm, y, t)
        c.setFont("Courier", 8)
        c.drawCentredString(W / 2, 12 * mm, "Pag. %d di %d" % (pn, len(pages)))
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 10. Decreto del Sindaco di Città Sant'Angelo: protocol number top right, number in a
#     spaced heading, date only at the foot ("Città Sant'Angelo, lì 2 luglio 2024"),
#     a table inside the second point, Helvetica.
# ---------------------------------------------------------------------------
def decreto_csa(path):
    s = styles("Helvetica", 10)

    def totals(c, n, tot):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "Pag. %d di %d" % (n, tot))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title="Decreto sindacale 14/2024",
                            author="Maggioli Sicraweb (imitazione)")
    st = []
    lh = Table([[crest(16 * mm, 19 * mm, colors.HexColor("#1d3f77")),
                 [Paragraph("<font size=14><b>COMUNE DI CITTÀ SANT'ANGELO</b></font>", s["bodyl"]),
                  Paragraph("<font size=8.5>Provincia di Pescara</font>", s["bodyl"])],
                 Paragraph("<font size=8>Prot. n. 15873<br/>del 02/07/2024</font>", s["bodyr"])]],
               colWidths=[22 * mm, 118 * mm, 30 * mm])
    lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    st.append(lh)
    st.append(Paragraph("<font size=7>Piazza IV Novembre, 1 – 65013 Città Sant'Angelo (PE) – C.F. 00101040681 – "
                        "PEC: protocollo@pec.comune.cittasantangelo.pe.it</font>", s["bodyc"]))
    st.append(Spacer(1, 6 * mm))
    st.append(Spaced("DECRETO DEL SINDACO", "Helvetica-Bold", 12, 3))
    st.append(Paragraph("<b>N. 14</b>", s["bodyc"]))
    st.append(Spacer(1, 3 * mm))
    st.append(Paragraph("<b>Oggetto:</b> Costituzione del Centro Operativo Comunale (C.O.C.) di protezione civile "
                        "e individuazione dei referenti delle funzioni di supporto.",
                        s["body"].clone("o", fontName="Helvetica-Oblique")))
    st.append(Spacer(1, 3 * mm))
    st.append(Spaced("IL SINDACO", "Helvetica-Bold", 10.5, 3))
    for p in [
        "<b>Visto</b> il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile), e in particolare l'art. "
        "6, che attribuisce al Sindaco, quale autorità territoriale di protezione civile, la responsabilità "
        "dell'organizzazione delle strutture comunali di protezione civile, e l'art. 12, relativo alle funzioni "
        "dei Comuni;",
        "<b>Visto</b> l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
        "<b>Richiamata</b> la deliberazione del Consiglio Comunale n. 22 del 30/05/2024, con la quale è stato "
        "approvato l'aggiornamento del Piano comunale di protezione civile;",
        "<b>Considerato</b> che il Piano prevede l'attivazione, in caso di emergenza, del Centro Operativo "
        "Comunale articolato per funzioni di supporto secondo il metodo \"Augustus\", e che occorre "
        "individuare per ciascuna funzione un referente e un sostituto;",
        "<b>Sentiti</b> i Responsabili dei Settori comunali interessati;",
    ]:
        st.append(Paragraph(p, s["body"]))
    st.append(Spaced("D E C R E T A", "Helvetica-Bold", 11, 2))
    st.append(Paragraph("1.&nbsp;&nbsp;di costituire il Centro Operativo Comunale (C.O.C.) di protezione civile, "
                        "con sede presso il Palazzo Municipale, e in via alternativa presso la sede della Polizia "
                        "Locale in via Vestina;", s["point"]))
    st.append(Paragraph("2.&nbsp;&nbsp;di individuare quali referenti delle funzioni di supporto i dipendenti "
                        "indicati nella seguente tabella:", s["point"]))
    ft = [["Funzione", "Referente", "Sostituto"],
          ["F1 – Tecnica e pianificazione", "Ing. Fabio Di Marzio", "Geom. Lucia Ciavattella"],
          ["F2 – Sanità e assistenza sociale", "Dott.ssa Carla Iezzi", "Sig.ra Rita Falcone"],
          ["F3 – Volontariato", "Sig. Marco De Leonardis", "Sig. Ivo Salvatore"],
          ["F4 – Materiali e mezzi", "Geom. Dario Tinari", "Sig. Paolo Cerasa"],
          ["F7 – Strutture operative e viabilità", "Comm. Gianni Palombo", "Isp. Elena Sciarra"]]
    tt = Table(ft, colWidths=[62 * mm, 46 * mm, 46 * mm], hAlign="RIGHT")
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf5"))]))
    st += [tt, Spacer(1, 3 * mm)]
    st.append(Paragraph("3.&nbsp;&nbsp;di stabilire che il C.O.C. è convocato e attivato dal Sindaco o, in sua "
                        "assenza, dal Vice Sindaco, anche per le vie brevi, e che i referenti assicurano la "
                        "reperibilità secondo i turni definiti dal Responsabile del Settore Tecnico;", s["point"]))
    st.append(Paragraph("4.&nbsp;&nbsp;di disporre la notifica del presente decreto agli interessati, la "
                        "trasmissione alla Prefettura – Ufficio Territoriale del Governo di Pescara e all'Agenzia "
                        "regionale di protezione civile, e la pubblicazione all'Albo Pretorio on line.", s["point"]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("Città Sant'Angelo, lì 2 luglio 2024", s["bodyl"]))
    st.append(Paragraph("IL SINDACO<br/>Dott. Matteo Perazzetti", s["bodyr"]))
    st.append(Paragraph("<font size=7>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
                        "collegate</font>", s["bodyr"]))
    doc.build(st, canvasmaker=numbered_canvas(totals))


if __name__ == "__main__":
    giunta_jesi("gc-jesi-sino.pdf")
    giunta_santagata("gc-santagata-prose.pdf")
    consiglio_csp("cc-castelsanpietro-twoblock.pdf")
    det_vignola("det-vignola-reggen.pdf")
    det_borgo("det-borgo-areatecnica.pdf")
    decreto_csa("decreto-cittasantangelo.pdf")
