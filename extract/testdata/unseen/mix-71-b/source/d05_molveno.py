# Comune di Molveno (TN): Giunta minute in a Dedagroup (Civilia) style; platypus justified paragraphs (Tw),
# letter-spaced headings (Tc), roll as a table with Presente/Assente columns, pareri after the decision
import sys
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
J = ParagraphStyle("j", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=J, alignment=TA_CENTER, fontName="Helvetica-Bold")
S = ParagraphStyle("s", parent=J, fontSize=8.5, leading=11)
def ls(text, size=12):  # heading letter-spaced with Tc
    return Paragraph(f'<font size="{size}">{text}</font>', ParagraphStyle("h", parent=C, fontSize=size, leading=size + 4))
def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 7)
    c.drawString(56, 30, "Comune di Molveno - Verbale di deliberazione della Giunta comunale n. 31 dd. 19.03.2026")
    c.drawRightString(540, 30, f"pag. {d.page}"); c.restoreState()
def letterhead(c, d):
    c.saveState(); c.setFont("Helvetica-Bold", 15); c._charSpace = 0
    t = c.beginText(); t.setTextOrigin(200, 800); t.setFont("Helvetica-Bold", 15); t.setCharSpace(2.5); t.textOut("COMUNE DI MOLVENO"); c.drawText(t)
    c.setFont("Helvetica", 8.5); c.drawCentredString(297, 786, "Provincia di Trento - Piazza Marconi 1 - 38018 Molveno (TN)")
    c.line(56, 778, 540, 778); c.restoreState(); footer(c, d)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=56, rightMargin=56, topMargin=80, bottomMargin=50,
                        producer="Dedagroup Civilia Next - iText 7", creator="Civilia Next Atti")
roll = [["Componenti", "Carica", "Presente", "Assente"],
        ["Donini Luca", "Sindaco", "", "giustificato"], ["Bonetti Chiara", "Vicesindaco", "X", ""],
        ["Sartori Mattia", "Assessore", "X", ""], ["Nicolussi Elena", "Assessore", "X", ""], ["Pooli Franco", "Assessore", "", "X"]]
t = Table(roll, colWidths=[150, 110, 70, 80])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                       ("FONT", (0, 1), (-1, -1), "Helvetica", 9), ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee"))]))
E = []
E += [ls("VERBALE DI DELIBERAZIONE N. 31", 12), ls("della Giunta comunale", 10), Spacer(1, 8)]
E += [Paragraph("<b>OGGETTO: Affidamento in concessione del servizio di noleggio imbarcazioni sul lago di Molveno per le stagioni estive 2026-2028 – approvazione degli indirizzi e dello schema di disciplinare.</b>", J), Spacer(1, 6)]
E += [Paragraph("L'anno duemilaventisei addì diciannove del mese di marzo alle ore 17.00 nella sala delle riunioni, a seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.", J), t, Spacer(1, 6)]
E += [Paragraph("Assiste il Segretario comunale dott.ssa Giovanna Flaim. Riconosciuto legale il numero degli intervenuti, la signora Chiara Bonetti, nella sua qualità di Vicesindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.", J)]
E += [ls("LA GIUNTA COMUNALE", 10)]
E += [Paragraph("Premesso che il Comune è titolare delle aree demaniali lacuali in località Spiaggia e Lido, sulle quali è da anni svolto il servizio di noleggio di imbarcazioni a remi, pedalò e canoe; ritenuto di affidare il servizio in concessione per tre stagioni estive mediante procedura comparativa; visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio 2018, n. 2;", J)]
E += [ls("d e l i b e r a", 10)]
for i, x in enumerate(["di approvare gli indirizzi per l'affidamento in concessione del servizio di noleggio imbarcazioni sul lago di Molveno per le stagioni estive 2026, 2027 e 2028;",
                       "di approvare lo schema di disciplinare di concessione allegato quale parte integrante;",
                       "di demandare al Responsabile del Servizio tecnico l'avvio della procedura comparativa;",
                       "di dare atto che avverso la presente deliberazione è ammessa opposizione alla Giunta comunale durante il periodo di pubblicazione."], 1):
    E.append(Paragraph(f"{i}. {x}", J))
E += [Paragraph("Con voti favorevoli unanimi, espressi in forma palese per alzata di mano.", J)]
E += [Paragraph("Con separata votazione, all'unanimità, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2, stante l'urgenza di avviare la procedura prima della stagione estiva.", J)]
E += [Spacer(1, 6), Paragraph("<b>Pareri</b> – Sulla proposta di deliberazione sono stati espressi, ai sensi dell'art. 185 della L.R. 2/2018, parere favorevole in ordine alla regolarità tecnico-amministrativa dal Responsabile del Servizio tecnico ing. Paolo Viola e parere favorevole in ordine alla regolarità contabile dal Responsabile del Servizio finanziario dott. Sergio Ischia.", S)]
E += [Spacer(1, 14), Table([["IL VICESINDACO", "IL SEGRETARIO COMUNALE"], ["Chiara Bonetti", "dott.ssa Giovanna Flaim"]], colWidths=[240, 240],
                           style=[("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5)])]
doc.build(E, onFirstPage=letterhead, onLaterPages=footer)
