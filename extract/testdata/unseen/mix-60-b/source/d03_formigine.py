# Deliberazione della Giunta comunale n. 64/2026, Comune di Formigine (MO).
# In-house ReportLab print ("AttiWeb ER"): justified paragraphs (Tw on every line). The letterhead, the
# register grid and the OGGETTO box of page 1 are drawn in onPageEnd, i.e. AFTER the body in the content stream;
# the running foot likewise.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import mm

W, H = A4
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=body, fontName="Times-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)
GREEN = colors.HexColor("#1f5f3a")

def first_page_end(c, doc):
    # drawn after the body: letterhead, grid, subject box
    c.saveState()
    c.setFillColor(GREEN); c.rect(20*mm, H-33*mm, 3*mm, 18*mm, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 17); c.drawString(26*mm, H-22*mm, "COMUNE DI FORMIGINE")
    c.setFont("Helvetica", 9); c.setFillColor(colors.black)
    c.drawString(26*mm, H-27.5*mm, "Provincia di Modena – Via Unità d'Italia, 26 – 41043 Formigine")
    c.drawString(26*mm, H-32*mm, "C.F. 00603990367 – PEC comune.formigine@cert.comune.formigine.mo.it")
    c.setFont("Helvetica-Bold", 12.5)
    c.drawCentredString(W/2, H-44*mm, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    # register grid
    y0 = H-60*mm; x0 = 20*mm; cw = [30*mm, 20*mm, 22*mm, 25*mm, 15*mm, 58*mm]
    labels = ["Delibera n.", "64", "Data", "07/05/2026", "Ora", "15:00"]
    labels2 = ["Proposta n.", "71", "del", "04/05/2026", "Servizio", "Sport e Associazionismo"]
    c.setLineWidth(0.6)
    for row, (vals, y) in enumerate(((labels, y0), (labels2, y0-7*mm))):
        x = x0
        for i, (v, w) in enumerate(zip(vals, cw)):
            if i % 2 == 0:
                c.setFillColor(colors.HexColor("#e4ece6")); c.rect(x, y, w, 7*mm, stroke=1, fill=1); c.setFillColor(colors.black)
                c.setFont("Helvetica", 8.5)
            else:
                c.rect(x, y, w, 7*mm, stroke=1, fill=0); c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x+2*mm, y+2.3*mm, v); x += w
    # subject box
    c.rect(20*mm, H-90*mm, 170*mm, 20*mm, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9); c.drawString(22*mm, H-75*mm, "OGGETTO:")
    subj = ["CONCESSIONE IN USO GRATUITO DELLA PALESTRA COMUNALE DI CORLO ALLE",
            "ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE 2026/2027 –",
            "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE."]
    c.setFont("Helvetica-Bold", 9.5)
    for i, s in enumerate(subj): c.drawString(40*mm, H-75*mm - i*4.6*mm, s)
    c.restoreState()
    foot(c, doc)

def foot(c, doc):
    c.saveState(); c.setFont("Helvetica", 7.5); c.setFillColor(colors.grey)
    c.line(20*mm, 15*mm, 190*mm, 15*mm)
    c.drawString(20*mm, 11*mm, "Comune di Formigine – Deliberazione di Giunta")
    c.drawRightString(190*mm, 11*mm, "Pagina %d" % doc.page)
    c.restoreState()

doc = BaseDocTemplate(sys.argv[1], pagesize=A4, title="Delibera GC 64/2026", author="Comune di Formigine", creator="AttiWeb ER 3.7")
f1 = Frame(20*mm, 20*mm, 170*mm, H-20*mm-95*mm, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(20*mm, 20*mm, 170*mm, H-40*mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", [f1], onPageEnd=first_page_end, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPageEnd=foot)])
S = []
P = lambda t, s=body: S.append(Paragraph(t, s))
P("L'anno duemilaventisei il giorno sette del mese di maggio alle ore 15:00 nella Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:")
roll = [["Cognome e nome", "Carica", "Presenza"],
        ["FERRARINI Elisa", "Sindaca", "Presente"],
        ["RIGHI Simone", "Vicesindaco", "Presente"],
        ["CASOLARI Laura", "Assessora", "Assente"],
        ["GIOVANARDI Marco", "Assessore", "Presente"],
        ["BONDI Federica", "Assessora", "Presente"],
        ["MESCHIERI Paolo", "Assessore", "Presente"]]
t = Table(roll, colWidths=[65*mm, 55*mm, 40*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                       ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ece6")),
                       ("ALIGN", (2, 0), (2, -1), "CENTER")]))
S += [Spacer(1, 3), t, Spacer(1, 5)]
P("Presenti: 5 – Assenti: 1")
P("Assiste il Vice Segretario Generale dott.ssa Chiara Marastoni, incaricata della redazione del verbale. Presiede la seduta la Sindaca Elisa Ferrarini, che, riconosciuta la validità dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.")
P("LA GIUNTA COMUNALE", ctr)
for s in ["Premesso che il Comune di Formigine è proprietario della palestra comunale sita in via Battezzate a Corlo, destinata prioritariamente alle attività motorie e sportive delle associazioni del territorio;",
          "Richiamato il Regolamento comunale per la gestione e l'uso degli impianti sportivi, approvato con deliberazione del Consiglio comunale n. 33 del 30/06/2022;",
          "Viste le istanze pervenute dalle associazioni sportive dilettantistiche \"Polisportiva Corlo\", \"Volley Formigine\" e \"Ginnastica Ritmica Fiorita\", acquisite agli atti del Servizio Sport e Associazionismo;",
          "Ritenuto di concedere l'uso gratuito della palestra, in ragione della rilevanza sociale ed educativa delle attività rivolte ai minori, a fronte dell'assunzione in capo ai concessionari delle pulizie ordinarie e della custodia durante l'orario di utilizzo;",
          "Visto lo schema di convenzione allegato alla presente deliberazione quale parte integrante e sostanziale;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi e palesi,"]:
    P(s)
P("DELIBERA", ctr)
for i, s in enumerate(["di concedere in uso gratuito la palestra comunale di Corlo alle associazioni sportive dilettantistiche indicate in premessa per la stagione sportiva 2026/2027, secondo il calendario che sarà concordato con il Servizio Sport e Associazionismo;",
                       "di approvare lo schema di convenzione allegato, che disciplina gli obblighi dei concessionari in materia di pulizia, custodia e sicurezza;",
                       "di dare mandato al Dirigente dell'Area Servizi al Cittadino di sottoscrivere le convenzioni;",
                       "di dare atto che la concessione non comporta spese a carico del bilancio comunale."], 1):
    P("%d. %s" % (i, s))
P("Inoltre, con successiva votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di consentire l'avvio delle attività sportive.")
S.append(Spacer(1, 14))
sg = Table([["LA SINDACA", "IL VICE SEGRETARIO GENERALE"], ["Elisa Ferrarini", "dott.ssa Chiara Marastoni"], ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm])
sg.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5), ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                        ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 7.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(sg)
doc.build(S)
