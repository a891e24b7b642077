# letterhead and foot as Form XObjects reused on both pages; roll in two columns; signature drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab"); c.setCreator("APKappa Hypersic")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawString(60, 800, "COMUNE DI BORGHI")
c.setFont("Helvetica", 9); c.drawString(60, 788, "Provincia di Forlì-Cesena – Piazza Aldo Moro, 1 – 47030 Borghi (FC)"); c.line(60, 782, 535, 782); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 8); c.drawString(60, 30, "Verbale di deliberazione della Giunta Comunale – copia informatica per uso amministrativo"); c.endForm()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
P = lambda s: Paragraph(s, st)
# page 1: signature-less body drawn first, then the heading
body = [P("L'anno duemilaventisei, addì ventisei del mese di marzo, alle ore 12,30, nella Residenza Municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge. Fatto l'appello, risultano:")]
Frame(60, 420, 475, 250, showBoundary=0).addFromList(body, c)
c.setFont("Helvetica", 9.5)
left = [("Sindaco", "Ruscelli Matteo", "P"), ("Vicesindaco", "Bartoletti Silvia", "P"), ("Assessore", "Pari Giorgio", "A")]
right = [("Assessore", "Venturi Chiara", "P"), ("Assessore", "Magnani Lorenzo", "P")]
for col, rows in ((60, left), (310, right)):
    y = 600
    for role, name, pa in rows:
        c.drawString(col, y, name); c.drawString(col + 110, y, role); c.drawString(col + 200, y, pa); y -= 15
c.drawString(60, 545, "P = presente   A = assente        Presenti n. 4   Assenti n. 1")
rest = [P("Assiste il Vice Segretario Comunale dott. Enrico Fabbri, il quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sindaco Matteo Ruscelli assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato."),
 P("<b>LA GIUNTA COMUNALE</b>"),
 P("Premesso che il Comune di Borghi intende aderire all'iniziativa regionale per la valorizzazione dei percorsi escursionistici dell'entroterra romagnolo e che il sentiero del Rio Salto rientra tra i tracciati ammessi a finanziamento; visto lo schema di accordo predisposto dall'Unione dei Comuni Valle del Savio; acquisiti i pareri favorevoli di regolarità tecnica e contabile;"),
 P("Con voti unanimi favorevoli, resi in forma palese,")]
Frame(60, 250, 475, 290, showBoundary=0).addFromList(rest, c)
c.doForm("foot")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, 752, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, 735, "N. 31")
Frame(60, 660, 475, 68, showBoundary=1).addFromList([P("<b>OGGETTO: Approvazione dello schema di accordo con l'Unione dei Comuni Valle del Savio per la manutenzione del sentiero escursionistico del Rio Salto.</b>")], c)
c.doForm("head"); c.showPage()
# page 2: signatures first, then DELIBERA
c.setFont("Helvetica", 10); c.drawString(60, 420, "IL SINDACO"); c.drawString(60, 406, "Matteo Ruscelli")
c.drawString(330, 420, "IL VICE SEGRETARIO COMUNALE"); c.drawString(330, 406, "dott. Enrico Fabbri")
c.doForm("foot")
d = [P("<b>DELIBERA</b>"),
 P("1) di approvare lo schema di accordo con l'Unione dei Comuni Valle del Savio per la manutenzione del sentiero escursionistico del Rio Salto, allegato al presente atto quale parte integrante;"),
 P("2) di autorizzare il Sindaco alla sottoscrizione dell'accordo;"),
 P("3) di dare atto che la quota a carico del Comune, pari a € 4.200,00, trova copertura al capitolo 9610 del bilancio 2026."),
 P("Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")]
Frame(60, 460, 475, 300, showBoundary=0).addFromList(d, c)
c.doForm("head"); c.showPage(); c.save()
