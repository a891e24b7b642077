# Unione dei Comuni Barbagia - Deliberazione dell'Assemblea (Halley-style layout:
# framed heading box, "ORIGINALE", subject box, prose roll, pareri block, frame of
# publication). ReportLab platypus, Liberation Sans.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)
from reportlab.lib import colors
import rlfonts; rlfonts.reg()

B = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
H = ParagraphStyle("h", parent=C, fontName="LibSans-B", fontSize=12, leading=15)
S = ParagraphStyle("s", parent=B, fontSize=8, leading=10)
def P(t, s=B): return Paragraph(t, s)

def page(canv, doc):
    canv.saveState()
    canv.setFont("LibSans", 7.5)
    canv.drawString(2 * cm, 1.2 * cm, "Deliberazione dell'Assemblea n. 3 del 12/03/2026")
    canv.drawRightString(19 * cm, 1.2 * cm, "Pag. %d" % doc.page)
    canv.restoreState()

story = []
head = Table([[P("<b>UNIONE DEI COMUNI BARBAGIA</b>", ParagraphStyle("x", parent=C, fontName="LibSans-B", fontSize=15, leading=18)), ""],
              [P("Comuni di Gavoi – Lodine – Ollolai – Olzai – Ovodda", C), ""],
              [P("Provincia di Nuoro", C), ""]], colWidths=[17 * cm, 0.01 * cm])
head.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                          ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
story += [head, Spacer(1, 10)]
reg = Table([[P("<b>ORIGINALE</b>", ParagraphStyle("o", parent=B, alignment=TA_LEFT)),
              P("<b>DELIBERAZIONE DELL'ASSEMBLEA DELL'UNIONE</b>", C)],
             ["", P("<b>N. 3 &nbsp;&nbsp;&nbsp; del 12/03/2026</b>", C)]],
            colWidths=[4 * cm, 13 * cm])
reg.setStyle(TableStyle([("BOX", (1, 0), (1, 1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [reg, Spacer(1, 10)]
SUBJ = ("Approvazione dello schema di convenzione per la gestione associata delle funzioni "
        "di Polizia Locale tra i Comuni aderenti all'Unione – triennio 2026/2028.")
sb = Table([[P("<b>Oggetto:</b>", B), P("<b>" + SUBJ + "</b>", B)]], colWidths=[2 * cm, 15 * cm])
sb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [sb, Spacer(1, 12)]
story.append(P("L'anno <b>duemilaventisei</b> addì <b>dodici</b> del mese di <b>marzo</b> alle ore "
               "<b>16:00</b>, nella sala riunioni della sede dell'Unione in Ollolai, Via "
               "Sebastiano Satta n. 4, convocata nei modi di legge e di Statuto con nota prot. "
               "n. 612 del 05/03/2026, si è riunita in seduta pubblica di prima convocazione "
               "l'Assemblea dell'Unione dei Comuni Barbagia, composta dai Sindaci dei Comuni "
               "aderenti."))
story.append(P("Sono presenti i Signori: <b>MELE GIOVANNI ANTONIO</b>, Sindaco del Comune di "
               "Ollolai, Presidente dell'Unione; <b>PIRAS FRANCESCA</b>, Sindaco del Comune di "
               "Olzai; <b>CHESSA SALVATORE</b>, Sindaco del Comune di Lodine; "
               "<b>SEDDA MARIO</b>, Sindaco del Comune di Ovodda."))
story.append(P("È assente il Signor: <b>LADU PIETRO PAOLO</b>, Sindaco del Comune di Gavoi."))
story.append(P("Componenti assegnati n. 5 – presenti n. 4 – assenti n. 1."))
story.append(P("Presiede la seduta il Presidente dell'Unione, Giovanni Antonio Mele. Partecipa "
               "con funzioni di assistenza giuridico-amministrativa e ne cura la verbalizzazione "
               "il Segretario dell'Unione, Dott. Efisio Deiana."))
story.append(P("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita "
               "l'Assemblea a deliberare sull'argomento in oggetto."))
story.append(Spacer(1, 4))
story.append(P("<b>L'ASSEMBLEA DELL'UNIONE</b>", C))
for t in [
    "PREMESSO che con deliberazione dell'Assemblea n. 14 del 19/12/2022 è stata approvata la "
    "convenzione per la gestione associata delle funzioni di Polizia Locale per il periodo "
    "2023-2025, scaduta il 31/12/2025;",
    "VISTO lo Statuto dell'Unione e in particolare l'art. 7, che individua tra le funzioni "
    "conferibili quella di polizia municipale e polizia amministrativa locale;",
    "VISTA la Legge Regionale 4 febbraio 2016, n. 2, recante il riordino del sistema delle "
    "autonomie locali della Sardegna;",
    "DATO ATTO che i Consigli comunali di Lodine, Ollolai, Olzai e Ovodda hanno approvato lo "
    "schema di convenzione con le rispettive deliberazioni, mentre il Comune di Gavoi ha "
    "comunicato di voler proseguire la gestione in forma autonoma;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi "
    "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
    "Con n. 3 voti favorevoli e n. 1 astenuto (Sindaco di Ovodda), espressi in forma palese "
    "dai n. 4 componenti presenti,"]:
    story.append(P(t))
story.append(P("<b>D E L I B E R A</b>", C))
for t in [
    "di approvare lo schema di convenzione per la gestione associata delle funzioni di "
    "Polizia Locale tra i Comuni di Lodine, Ollolai, Olzai e Ovodda, composto da n. 18 "
    "articoli, allegato al presente atto quale parte integrante e sostanziale;",
    "di stabilire che la convenzione ha durata dal 01/04/2026 al 31/12/2028;",
    "di dare atto che la spesa di funzionamento del servizio è ripartita tra i Comuni "
    "aderenti in proporzione alla popolazione residente al 31 dicembre dell'anno precedente;",
    "di autorizzare il Presidente dell'Unione alla sottoscrizione della convenzione."]:
    story.append(P("– " + t, ParagraphStyle("pt", parent=B, leftIndent=14, firstLineIndent=-10)))
story.append(P("Inoltre, con successiva votazione unanime, l'Assemblea dichiara la presente "
               "deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
               "D.Lgs. 267/2000."))
story.append(Spacer(1, 6))
par = Table([[P("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", S), ""],
             [P("Regolarità tecnica: <b>FAVOREVOLE</b><br/>Il Responsabile del Servizio<br/>"
                "Comm. Sup. Gavino Mereu", S),
              P("Regolarità contabile: <b>FAVOREVOLE</b><br/>Il Responsabile del Servizio "
                "Finanziario<br/>Rag. Maria Bonaria Serra", S)]], colWidths=[8.5 * cm, 8.5 * cm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (1, 0)),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.grey)]))
story.append(KeepTogether([par]))
story.append(Spacer(1, 10))
story.append(P("Letto, confermato e sottoscritto.", B))
sig = Table([[P("IL PRESIDENTE", C), P("IL SEGRETARIO", C)],
             [P("F.to Giovanni Antonio Mele", C), P("F.to Dott. Efisio Deiana", C)]],
            colWidths=[8.5 * cm, 8.5 * cm])
story.append(sig)
story.append(Spacer(1, 12))
pub = Table([[P("<b>CERTIFICATO DI PUBBLICAZIONE</b>", C)],
             [P("Il sottoscritto Segretario, visti gli atti d'ufficio, attesta che la presente "
                "deliberazione è stata pubblicata all'Albo Pretorio on line dell'Unione in data "
                "17/03/2026 al n. 58 e vi rimarrà per quindici giorni consecutivi.<br/>"
                "Ollolai, 17/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Il Segretario – F.to Dott. Efisio Deiana", S)]],
            colWidths=[17 * cm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
story.append(KeepTogether([pub]))
doc = SimpleDocTemplate("../delibera-unionebarbagia-halley.pdf", pagesize=A4, leftMargin=2 * cm,
                        rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=2 * cm,
                        title="Deliberazione Assemblea n. 3/2026", author="Unione dei Comuni Barbagia",
                        creator="Halley EG - Atti amministrativi")
doc.build(story, onFirstPage=page, onLaterPages=page)
