"""Ordinanza sindacale della Città di Mesagne - Word-template style: centred letterhead with a drawn
crest, protocol stamp box in the right margin, 'ORDINANZA N. 4 DEL 12/01/2026' heading line, lettered
points after ORDINA, 'Pag. x di y' footer."""
from common import *
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

fonts()
S = styles("Times-Roman", "Times-Bold", 11.5)
SUBJ = ("Chiusura temporanea della Villa Comunale \"Carlo Alberto dalla Chiesa\" e interdizione del transito "
        "pedonale su via Marconi per la presenza di alberature pericolanti a seguito degli eventi atmosferici "
        "del 10 e 11 gennaio 2026.")

def deco(c, page, total):
    c.saveState()
    if page == 1:
        c.setStrokeColor(colors.HexColor("#8B0000")); c.setFillColor(colors.HexColor("#8B0000"))
        c.setLineWidth(1)
        c.rect(150 * mm, 258 * mm, 46 * mm, 20 * mm)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(173 * mm, 273 * mm, "CITTÀ DI MESAGNE")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(173 * mm, 268.5 * mm, "Protocollo Generale")
        c.drawCentredString(173 * mm, 264 * mm, "N. 0001187")
        c.drawCentredString(173 * mm, 260 * mm, "del 12/01/2026")
        # crest
        c.setStrokeColor(colors.black); c.setFillColor(colors.white)
        p = c.beginPath(); p.moveTo(97 * mm, 285 * mm); p.lineTo(113 * mm, 285 * mm); p.lineTo(113 * mm, 275 * mm)
        p.curveTo(113 * mm, 270 * mm, 105 * mm, 268 * mm, 105 * mm, 267 * mm)
        p.curveTo(105 * mm, 268 * mm, 97 * mm, 270 * mm, 97 * mm, 275 * mm); p.close()
        c.drawPath(p)
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(105 * mm, 12 * mm, "Pag. %d di %d" % (page, total))
    c.setFont("Times-Roman", 7.5)
    c.drawCentredString(105 * mm, 8 * mm, "Via Roma, 2 - 72023 Mesagne (BR) - PEC: protocollo@pec.comune.mesagne.br.it")
    c.restoreState()

def build():
    doc = SimpleDocTemplate(out("ordinanza-mesagne-word.pdf"), pagesize=A4, leftMargin=22 * mm,
                            rightMargin=22 * mm, topMargin=32 * mm, bottomMargin=20 * mm)
    st = []
    st.append(Paragraph("CITTÀ DI MESAGNE", ParagraphStyle("a", parent=S["center"], fontName="Times-Bold", fontSize=18, leading=21)))
    st.append(Paragraph("<i>Provincia di Brindisi</i>", S["center"]))
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph("Settore Polizia Locale e Protezione Civile", S["center"]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph("ORDINANZA N. 4 DEL 12/01/2026", ParagraphStyle("o", parent=S["bc"], fontSize=13, leading=16)))
    st.append(Paragraph("(contingibile e urgente, ai sensi dell'art. 54, comma 4, del D.Lgs. 267/2000)", S["center"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("<b>OGGETTO:</b> <b>" + SUBJ + "</b>", S["body"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("IL SINDACO", S["bc"]))
    for p in [
        "PREMESSO che nelle giornate del 10 e 11 gennaio 2026 il territorio comunale è stato interessato da "
        "forti raffiche di vento, come segnalato dall'avviso di allerta meteo della Protezione Civile regionale "
        "n. 003/2026 del 09/01/2026;",
        "VISTA la relazione tecnica prot. n. 0001142 del 12/01/2026 con cui il Servizio Verde Pubblico ha "
        "accertato, all'interno della Villa Comunale e lungo il tratto di via Marconi compreso tra via Roma e "
        "piazza Orsini, la presenza di n. 7 pini d'Aleppo con apparati radicali sollevati e rami spezzati, in "
        "condizioni di instabilità;",
        "RITENUTO necessario e urgente, a tutela della pubblica incolumità, interdire l'accesso alle aree "
        "interessate fino al completamento degli interventi di messa in sicurezza;",
        "RICHIAMATA la propria ordinanza n. 61 del 28/10/2025 relativa alla disciplina degli orari di apertura "
        "dei parchi e giardini comunali;",
        "VISTI l'art. 50, commi 4 e 5, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267; gli artt. 5, 6 e 7 del "
        "D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada);"]:
        st.append(Paragraph(p, S["body"]))
    st.append(Spacer(1, 2 * mm))
    st.append(Paragraph("O R D I N A", S["bc"]))
    for l, p in zip("abc", [
        "la chiusura al pubblico della Villa Comunale \"Carlo Alberto dalla Chiesa\" con decorrenza immediata e "
        "fino al 31/01/2026, salvo revoca anticipata a lavori ultimati;",
        "l'interdizione del transito pedonale sul marciapiede lato nord di via Marconi, nel tratto compreso tra "
        "via Roma e piazza Orsini, per il medesimo periodo;",
        "al Responsabile del Servizio Verde Pubblico di provvedere, con la massima urgenza, all'abbattimento o "
        "alla messa in sicurezza delle alberature pericolanti e all'apposizione della segnaletica;"]):
        st.append(Paragraph("%s) %s" % (l, p), S["bullet"]))
    st.append(Paragraph("D I S P O N E", S["bc"]))
    st.append(Paragraph(
        "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale, e "
        "trasmessa al Comando di Polizia Locale, alla Stazione dei Carabinieri di Mesagne e alla Prefettura - "
        "U.T.G. di Brindisi.", S["body"]))
    st.append(Paragraph(
        "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia - Sezione di Lecce entro 60 "
        "giorni, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.",
        S["body"]))
    st.append(Spacer(1, 6 * mm))
    t = Table([["Mesagne, 12/01/2026", "IL SINDACO"], ["", "Dott. Antonio Calabrese"],
               ["", "(documento firmato digitalmente)"]], colWidths=[83 * mm, 83 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11), ("ALIGN", (1, 0), (1, -1), "CENTER"),
                           ("FONT", (1, 2), (1, 2), "Times-Italic", 9)]))
    st.append(t)
    st.append(Spacer(1, 5 * mm))
    st.append(Paragraph("Pubblicata all'Albo Pretorio on line dal 12/01/2026 al 27/01/2026 - N. Reg. Pubbl. 73",
                        S["small"]))
    doc.build(st, canvasmaker=numbered_canvas(deco))

if __name__ == "__main__":
    build()
