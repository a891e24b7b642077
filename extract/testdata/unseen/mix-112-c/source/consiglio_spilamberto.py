#!/usr/bin/env python3
"""Comune di Spilamberto - Consiglio Comunale n. 62 del 18/12/2026.

House style "Sicraweb": letterhead on the left, a box with the number on the
right, running head with the number and "Pagina X di Y" at the foot.
ReportLab platypus; justified paragraphs (ReportLab sets the word spacing
with Tw on every justified line).
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-spilamberto-sicraweb.pdf"

NUM = "62"
DATA = "18/12/2026"
SUBJECT = ("APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER LA DISCIPLINA DEL CANONE "
           "PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA "
           "E DEL CANONE MERCATALE CON DECORRENZA DAL 1° GENNAIO 2027")

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11, alignment=TA_LEFT)
cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=14,
                      alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16)


class NumberedCanvas(rl_canvas.Canvas):
    """Two passes: 'Pagina X di Y' needs the page count."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.black)
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def on_page(c, doc):
    c.saveState()
    w, h = A4
    if doc.page > 1:
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 12 * mm, "Comune di Spilamberto")
        c.drawRightString(w - 20 * mm, h - 12 * mm,
                          "Deliberazione C.C. n. %s del %s" % (NUM, DATA))
        c.setLineWidth(0.4)
        c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, 12 * mm,
                 "Piazza Caduti Libertà, 3 - 41057 Spilamberto (MO) - C.F. 00185420361 - PEC comune.spilamberto@cert.comune.spilamberto.mo.it")
    c.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=22 * mm,
                          title="Deliberazione C.C. n. 62 del 18/12/2026",
                          author="Comune di Spilamberto", creator="Sicraweb - Atti",
                          subject=SUBJECT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    st = []

    # letterhead + number box
    lh = [P("<font size=15><b>COMUNE DI SPILAMBERTO</b></font>", ParagraphStyle("l", fontName="Helvetica", leading=18)),
          P("Provincia di Modena", ParagraphStyle("l2", fontName="Helvetica", fontSize=10, leading=12)),
          P("Settore Affari Generali - Servizio Segreteria", ParagraphStyle("l3", fontName="Helvetica", fontSize=8, leading=10))]
    box = [P("<b>ORIGINALE</b>", cellc),
           P("DELIBERAZIONE DEL<br/>CONSIGLIO COMUNALE", ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=10, leading=12, alignment=TA_CENTER)),
           P("<b>N. %s del %s</b>" % (NUM, DATA), ParagraphStyle("b2", fontName="Helvetica", fontSize=11, leading=14, alignment=TA_CENTER))]
    t = Table([[lh, box]], colWidths=[108 * mm, 62 * mm])
    t.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [t, Spacer(1, 5 * mm)]
    st.append(P("Adunanza ordinaria di prima convocazione - seduta pubblica", ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Helvetica-Oblique")))
    ot = Table([[P("<b>OGGETTO:</b>", cell), P("<b>%s</b>" % SUBJECT, ParagraphStyle("o", parent=cell, fontSize=10, leading=12.5))]],
               colWidths=[22 * mm, 148 * mm])
    ot.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [ot, Spacer(1, 2 * mm)]
    st.append(P("Proposta di deliberazione n. 231 del 02/12/2026 - Settore proponente: Settore Servizi Finanziari", small))
    st.append(Spacer(1, 2 * mm))
    st.append(P("L'anno <b>duemilaventisei</b> (2026), addì <b>diciotto</b> del mese di <b>dicembre</b> alle ore <b>20:30</b>, "
                "nella Sala consiliare della Rocca Rangoni, previa l'osservanza di tutte le formalità prescritte dalla vigente "
                "legge e dallo Statuto, sono stati convocati a seduta i componenti del Consiglio Comunale. "
                "All'appello nominale risultano:"))

    roll = [("TAGLIAVINI Carlo", "Sindaco", True), ("MONTANARI Giorgia", "Presidente del Consiglio", True),
            ("BELLEI Francesco", "Consigliere", True), ("RIGHI Paola", "Consigliere", False),
            ("VANDELLI Matteo", "Consigliere", True), ("MANFREDINI Chiara", "Consigliere", True),
            ("GUERZONI Luca", "Consigliere", True), ("LUGLI Sara", "Consigliere", True),
            ("BARALDI Nicola", "Consigliere", True), ("CORRADINI Giulia", "Consigliere", True),
            ("TORRICELLI Enrico", "Consigliere", True), ("MURATORI Ilaria", "Consigliere", True),
            ("GRANDI Davide", "Consigliere", True), ("MESSORI Alberto", "Consigliere", True),
            ("ZOBOLI Federica", "Consigliere", True), ("ANSALONI Rita", "Consigliere", False),
            ("BONACORSI Pietro", "Consigliere", True)]
    rows = [[P("<b>N.</b>", cellc), P("<b>COGNOME E NOME</b>", cell), P("<b>CARICA</b>", cell),
             P("<b>PRESENTE</b>", cellc), P("<b>ASSENTE</b>", cellc)]]
    for i, (n, r, pr) in enumerate(roll, 1):
        rows.append([P(str(i), cellc), P(n, cell), P(r, cell), P("X" if pr else "", cellc), P("" if pr else "X", cellc)])
    rt = Table(rows, colWidths=[10 * mm, 55 * mm, 55 * mm, 25 * mm, 25 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    st += [rt, Spacer(1, 2 * mm)]
    st.append(P("<b>Totale presenti: 15 &nbsp;&nbsp;&nbsp;&nbsp; Totale assenti: 2</b>", ParagraphStyle("tot", parent=body, alignment=TA_LEFT)))
    st.append(P("Assiste il <b>Segretario Generale dott.ssa Antonella Pellacani</b>, che provvede alla redazione del presente verbale."))
    st.append(P("Riconosciuto legale il numero degli intervenuti, la sig.ra <b>Giorgia Montanari</b>, nella sua qualità di "
                "<b>Presidente del Consiglio</b>, assume la presidenza e dichiara aperta la seduta, designando quali scrutatori "
                "i Consiglieri Lugli Sara, Corradini Giulia e Grandi Davide."))

    st.append(P("IL CONSIGLIO COMUNALE", head))
    for t_ in [
        "Udita l'illustrazione del Sindaco, che richiama i contenuti della proposta e l'esame svolto dalla Commissione consiliare "
        "Bilancio e Affari Generali nella seduta del 14/12/2026;",
        "Premesso che l'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160, ha istituito a decorrere dal 2021 il canone "
        "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria ed il canone mercatale, che sostituiscono la tassa "
        "per l'occupazione di spazi ed aree pubbliche, l'imposta comunale sulla pubblicità e il diritto sulle pubbliche affissioni;",
        "Richiamata la propria deliberazione n. 14 del 29/03/2021, con la quale è stato approvato il Regolamento per la disciplina "
        "del canone, successivamente modificato con deliberazione n. 71 del 21/12/2023;",
        "Ritenuto necessario aggiornare la disciplina delle occupazioni temporanee per i pubblici esercizi (dehors), delle "
        "riduzioni per le manifestazioni promosse da associazioni senza scopo di lucro e delle modalità di versamento del canone "
        "mercatale per gli operatori della fiera di San Giovanni e del mercato settimanale;",
        "Visto l'art. 53, comma 16, della legge 23 dicembre 2000, n. 388, in base al quale i regolamenti sulle entrate, anche se "
        "approvati successivamente all'inizio dell'esercizio purché entro il termine di approvazione del bilancio di previsione, "
        "hanno effetto dal 1° gennaio dell'anno di riferimento;",
        "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, pervenuto al protocollo n. 21544 del 10/12/2026;",
        "Visti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi dal Responsabile del Settore Servizi "
        "Finanziari ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "Dato atto che nel corso della discussione, i cui interventi sono registrati su supporto digitale conservato agli atti, "
        "alle ore 21:45 esce dall'aula il Consigliere Torricelli Enrico, per cui i presenti sono 14;",
    ]:
        st.append(P(t_))
    st.append(P("Con la seguente votazione, espressa in forma palese per alzata di mano e proclamata dal Presidente:"))
    st.append(P("<b>Presenti n. 14 - Votanti n. 13 - Favorevoli n. 10 - Contrari n. 3</b> (Grandi, Messori, Zoboli) - "
                "<b>Astenuti n. 1</b> (Muratori)", ParagraphStyle("v", parent=body, alignment=TA_CENTER)))
    st.append(P("DELIBERA", head))
    pts = [
        "di approvare le modifiche al Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione "
        "o esposizione pubblicitaria e del canone mercatale, come riportate nell'allegato A) che costituisce parte integrante "
        "e sostanziale del presente atto;",
        "di dare atto che le modifiche di cui al punto 1 entrano in vigore il 1° gennaio 2027, ai sensi dell'art. 53, comma 16, "
        "della legge 23 dicembre 2000, n. 388;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze - Dipartimento delle Finanze, "
        "secondo le modalità e nei termini previsti dalla normativa vigente;",
        "di demandare al Responsabile del Settore Servizi Finanziari l'adozione di tutti gli atti conseguenti.",
    ]
    for i, t_ in enumerate(pts, 1):
        st.append(P("%d.&nbsp;&nbsp;%s" % (i, t_), point))
    st.append(P("Successivamente, stante l'urgenza di provvedere, con separata votazione resa per alzata di mano: presenti n. 14, "
                "votanti n. 13, favorevoli n. 10, contrari n. 3 (Grandi, Messori, Zoboli), astenuti n. 1 (Muratori),"))
    st.append(P("DELIBERA altresì", head))
    st.append(P("di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267."))
    st.append(Spacer(1, 6 * mm))
    sig = Table([[P("Letto, approvato e sottoscritto.", cell), ""],
                 [P("<b>IL PRESIDENTE DEL CONSIGLIO</b>", cellc), P("<b>IL SEGRETARIO GENERALE</b>", cellc)],
                 [P("Giorgia Montanari", cellc), P("dott.ssa Antonella Pellacani", cellc)],
                 [P("<i>(documento firmato digitalmente)</i>", cellc), P("<i>(documento firmato digitalmente)</i>", cellc)]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    st.append(KeepTogether(sig))
    st.append(Spacer(1, 6 * mm))
    st.append(P("Documento informatico sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 7 marzo 2005, n. 82 "
                "(Codice dell'Amministrazione Digitale) e norme collegate, che sostituisce il documento cartaceo e la firma autografa.", small))
    doc.build(st, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
