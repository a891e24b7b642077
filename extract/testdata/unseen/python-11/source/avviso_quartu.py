"""Avviso pubblico del Comune di Quartu Sant'Elena - Zuddas style: protocol line in the top margin,
Settore in a shaded box, 'AVVISO PUBBLICO N. 3 DEL 15/01/2026' with the approving determinazione cited
under it, articles, running head with the avviso's number and 'Pag. x di y'."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

fonts()
S = styles("DejaVuSans", "DejaVuSans-Bold", 9.3)
TITLE = ("AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE "
         "- ANNUALITÀ 2026 (L. 431/1998, ART. 11)")

def deco(c, page, total):
    c.saveState()
    c.setFont("DejaVuSans", 7)
    c.drawString(18 * mm, 289 * mm, "Comune di Quartu Sant'Elena - Prot. n. 0004126 del 15/01/2026 - Class. 7.8 - Partenza")
    if page > 1:
        c.drawRightString(192 * mm, 285 * mm, "Avviso pubblico n. 3 del 15/01/2026")
    c.drawCentredString(105 * mm, 10 * mm, "Pag. %d di %d" % (page, total))
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("avviso-quartu-zuddas.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=14 * mm, bottomMargin=18 * mm)
    st = []
    st.append(Paragraph("<b>COMUNE DI QUARTU SANT'ELENA</b>", ParagraphStyle("a", parent=S["center"], fontSize=15, leading=18)))
    st.append(Paragraph("Città Metropolitana di Cagliari", S["center"]))
    st.append(Spacer(1, 3 * mm))
    b = Table([[Paragraph("<b>SETTORE POLITICHE SOCIALI E ABITATIVE</b><br/>Servizio Casa e Contrasto alla Povertà",
                          S["center"])]], colWidths=[174 * mm])
    b.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DCE6F0")),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1F4E79"))]))
    st.append(b)
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("<b>AVVISO PUBBLICO N. 3 DEL 15/01/2026</b>", ParagraphStyle("n", parent=S["center"], fontSize=12, leading=15)))
    st.append(Paragraph("(approvato con determinazione dirigenziale n. 41 del 14/01/2026)", S["center"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("<b>" + TITLE + "</b>", ParagraphStyle("t", parent=S["center"], fontSize=10.5, leading=13.5)))
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("IL DIRIGENTE DEL SETTORE", S["bc"]))
    st.append(Paragraph(
        "In esecuzione della deliberazione della Giunta Comunale n. 4 del 09/01/2026 e della determinazione "
        "dirigenziale n. 41 del 14/01/2026; vista la Legge 9 dicembre 1998, n. 431, art. 11; vista la "
        "deliberazione della Giunta Regionale della Sardegna n. 48/7 del 27/11/2025,", S["body"]))
    st.append(Paragraph("RENDE NOTO", S["bc"]))
    st.append(Paragraph(
        "che dal 15/01/2026 al 16/02/2026 i cittadini in possesso dei requisiti sotto indicati possono presentare "
        "domanda per ottenere il contributo integrativo per il pagamento dei canoni di locazione relativi "
        "all'anno 2026.", S["body"]))
    arts = [
        ("Art. 1 - Destinatari", "Possono presentare domanda i titolari di un contratto di locazione ad uso "
         "abitativo, regolarmente registrato, relativo ad un alloggio sito nel Comune di Quartu Sant'Elena e "
         "occupato a titolo di abitazione principale."),
        ("Art. 2 - Requisiti", "Il richiedente deve possedere, alla data di presentazione della domanda: a) "
         "residenza anagrafica nel Comune e nell'alloggio oggetto del contratto; b) ISEE ordinario o corrente non "
         "superiore a € 16.000,00 (fascia A: ISEE fino a € 14.000,00 con incidenza del canone superiore al 14%; "
         "fascia B: ISEE fino a € 16.000,00 con incidenza superiore al 24%); c) non titolarità di diritti di "
         "proprietà su alloggio adeguato alle esigenze del nucleo familiare."),
        ("Art. 3 - Entità del contributo", "Il contributo è calcolato sulla base dell'incidenza del canone annuo "
         "sul valore ISEE e non può essere superiore a € 3.098,74 per la fascia A e a € 2.320,00 per la fascia B. "
         "L'erogazione avviene nei limiti delle risorse trasferite dalla Regione Autonoma della Sardegna."),
        ("Art. 4 - Modalità e termini di presentazione", "La domanda deve essere presentata esclusivamente on "
         "line, tramite lo sportello telematico del Comune, accedendo con SPID, CIE o CNS, entro le ore 12:00 del "
         "16/02/2026. Alla domanda vanno allegati copia del contratto di locazione e delle ricevute di pagamento."),
        ("Art. 5 - Graduatoria", "Il Servizio Casa forma la graduatoria provvisoria entro il 31/03/2026; "
         "avverso la stessa è ammesso ricorso entro 10 giorni dalla pubblicazione all'Albo Pretorio on line."),
        ("Art. 6 - Trattamento dei dati personali", "I dati forniti sono trattati ai sensi del Regolamento (UE) "
         "2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di "
         "Quartu Sant'Elena."),
        ("Art. 7 - Informazioni", "Responsabile del procedimento è la dott.ssa Giovanna Piras, funzionario del "
         "Servizio Casa (tel. 070 8601 422, e-mail servizio.casa@comune.quartusantelena.ca.it)."),
    ]
    for h, t in arts:
        st.append(Paragraph("<b>" + h + "</b>", S["left"]))
        st.append(Paragraph(t, S["body"]))
    st.append(Spacer(1, 5 * mm))
    sig = Table([["Quartu Sant'Elena, 15/01/2026", "IL DIRIGENTE"], ["", "Dott. Efisio Loddo"],
                 ["", "(firmato digitalmente ai sensi del D.Lgs. 82/2005)"]], colWidths=[80 * mm, 94 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                             ("FONT", (1, 2), (1, 2), "DejaVuSans-Oblique", 7.5)]))
    st.append(KeepTogether([sig, Spacer(1, 4 * mm), Paragraph("Pubblicato all'Albo Pretorio on line dal 15/01/2026 al 16/02/2026 - Registro pubblicazioni n. 188/2026",
                        S["small"])]))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
