# Montecchia di Crosara (VR): reportlab; letterhead and running foot are Form XObjects on both pages;
# body set in two columns; signature block drawn before the body; date in words
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Frame, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4); c.setTitle("Delibera CC 11/2026")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawString(20*mm, H-20*mm, "COMUNE DI MONTECCHIA DI CROSARA")
c.setFont("Helvetica", 9); c.drawString(20*mm, H-25*mm, "Provincia di Verona – Piazza Umberto I n. 12 – 37030 Montecchia di Crosara")
c.setLineWidth(1.2); c.line(20*mm, H-28*mm, W-20*mm, H-28*mm); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5)
c.drawString(20*mm, 12*mm, "Delibera di Consiglio Comunale n. 11 del 20/03/2026 – documento informatico firmato digitalmente"); c.endForm()
J = ParagraphStyle("j", fontName="Helvetica", fontSize=9, leading=11.5, alignment=TA_JUSTIFY, spaceAfter=4)
B = ParagraphStyle("b", parent=J, fontName="Helvetica-Bold", alignment=TA_CENTER)
def roll(rows):
    t = Table([["Consigliere", "Carica", "P", "A"]] + rows, colWidths=[30*mm, 28*mm, 6*mm, 6*mm])
    t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 7.5), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 7.5),
        ("GRID", (0,0), (-1,-1), 0.3, colors.black), ("TOPPADDING", (0,0), (-1,-1), 1), ("BOTTOMPADDING", (0,0), (-1,-1), 1)]))
    return t
P = lambda s, st=J: Paragraph(s, st)
# page 1: signature-free; draw the two-column body first, then the heading (out of reading order)
left = [P("L'anno <b>duemilaventisei</b>, addì <b>venti</b> del mese di <b>marzo</b> alle ore <b>20:30</b>, nella Sala consiliare, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione. Consiglieri assegnati n. 13, in carica n. 13. Fatto l'appello nominale risultano:"),
 roll([["Dal Cero Giovanni", "Sindaco", "X", ""], ["Fattori Lisa", "Consigliere", "X", ""], ["Zanini Roberto", "Consigliere", "X", ""], ["Bertolazzi Anna", "Consigliere", "", "X"], ["Tessari Michele", "Consigliere", "X", ""], ["Burato Elisa", "Consigliere", "X", ""], ["Vesentini Nicola", "Consigliere", "X", ""]]),
 P(" "), roll([["Carlotto Giulia", "Consigliere", "X", ""], ["Pieropan Sergio", "Consigliere", "X", ""], ["Zambon Marika", "Consigliere", "X", ""], ["Castagna Luigi", "Consigliere", "", "X"], ["Sartori Denis", "Consigliere", "X", ""], ["Anselmi Rita", "Consigliere", "X", ""]]),
 P("Presenti n. 11 – Assenti n. 2"),
 P("Assiste all'adunanza il Vicesegretario Comunale dott. Alberto Menegazzi, che provvede alla redazione del presente verbale. Il Sig. Giovanni Dal Cero, nella sua qualità di Sindaco, assunta la presidenza e constatato il numero legale, dichiara aperta la seduta.")]
right = [P("IL CONSIGLIO COMUNALE", B),
 P("PREMESSO che il Comune intende aderire alla Comunità Energetica Rinnovabile \"Val d'Alpone Energia\" costituita in forma di associazione non riconosciuta; VISTO il D.Lgs. 8 novembre 2021, n. 199; VISTO lo statuto della costituenda associazione; ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; UDITI gli interventi riportati nel resoconto di seduta; con voti favorevoli n. 9, contrari n. 1 (Sartori), astenuti n. 1 (Zambon), espressi per alzata di mano dagli 11 consiglieri presenti, di cui 10 votanti,"),
 P("DELIBERA", B),
 P("1) di aderire, in qualità di socio fondatore, alla Comunità Energetica Rinnovabile \"Val d'Alpone Energia\";"),
 P("2) di approvare lo statuto dell'associazione nel testo allegato sub A);"),
 P("3) di mettere a disposizione la copertura della palestra comunale di via Alpone per l'installazione di un impianto fotovoltaico;"),
 P("4) di autorizzare il Sindaco alla sottoscrizione dell'atto costitutivo."),
 P("Successivamente, con voti favorevoli n. 9, contrari n. 1, astenuti n. 1, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")]
top = H - 70*mm
Frame(20*mm, 20*mm, 83*mm, top - 20*mm, showBoundary=0).addFromList(left, c)
Frame(107*mm, 20*mm, 83*mm, top - 20*mm, showBoundary=0).addFromList(right, c)
c.doForm("foot"); c.doForm("head")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-38*mm, "DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 11")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-44*mm, "Seduta del 20/03/2026")
c.rect(20*mm, H-64*mm, W-40*mm, 15*mm)
Frame(22*mm, H-64*mm, W-44*mm, 15*mm, showBoundary=0).addFromList([P("<b>OGGETTO:</b> ADESIONE ALLA COMUNITÀ ENERGETICA RINNOVABILE \"VAL D'ALPONE ENERGIA\" E APPROVAZIONE DELLO STATUTO.")], c)
c.showPage()
# page 2: signatures drawn before the heading text
c.setFont("Helvetica", 10)
c.drawCentredString(60*mm, H-90*mm, "Giovanni Dal Cero"); c.drawCentredString(150*mm, H-90*mm, "dott. Alberto Menegazzi")
c.doForm("foot"); c.doForm("head")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, H-45*mm, "Letto, confermato e sottoscritto")
c.drawCentredString(60*mm, H-82*mm, "IL SINDACO"); c.drawCentredString(150*mm, H-82*mm, "IL VICESEGRETARIO COMUNALE")
c.save()
