# Giunta deliberation of Comune di Nusco (AV), ReportLab platypus; "Sinapsi"-style print:
# header band with COPIA stamp, proposal line, roll written as prose, running head on later pages.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")

out = sys.argv[1]
B = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
H = ParagraphStyle("h", fontName="DVB", fontSize=16, leading=20, alignment=TA_CENTER)
S = ParagraphStyle("s", fontName="DV", fontSize=9, leading=11, alignment=TA_CENTER)

def first(c, d):
    c.saveState()
    c.setFont("DS", 7); c.setFillColor(colors.grey)
    c.drawString(2*cm, 1.2*cm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – stampa del 09/04/2026")
    c.drawRightString(19*cm, 1.2*cm, "Pag. %d" % d.page)
    c.restoreState()
def later(c, d):
    c.saveState()
    c.setFont("DS", 8)
    c.drawString(2*cm, 28.1*cm, "COMUNE DI NUSCO – Deliberazione di Giunta Comunale n. 52 del 09/04/2026")
    c.line(2*cm, 28*cm, 19*cm, 28*cm)
    c.restoreState()
    first(c, d)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2.2*cm, bottomMargin=2*cm,
                        title="Delibera G.C. 52/2026", author="Comune di Nusco")
st = []
st.append(Paragraph("COMUNE DI NUSCO", H))
st.append(Paragraph("Provincia di Avellino", S))
st.append(Paragraph("Piazza Municipio, 1 – 83051 Nusco (AV) – tel. 0827 64952", S))
st.append(Spacer(1, 8))
hdr = Table([["COPIA", "DELIBERAZIONE DELLA GIUNTA COMUNALE", "N. 52\ndel 09/04/2026"]], colWidths=[2.5*cm, 10*cm, 4.5*cm])
hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVB", 10), ("BOX", (0, 0), (-1, -1), 1, colors.black),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
st.append(hdr)
st.append(Spacer(1, 6))
st.append(Paragraph("Proposta n. 61 del 03/04/2026 – Ufficio proponente: Area Amministrativa – Servizi Sociali", ParagraphStyle("p", parent=B, fontSize=8.5)))
st.append(Spacer(1, 4))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", B), Paragraph("<b>Adesione al progetto “Borghi in Rete – Alta Irpinia” per la promozione turistica integrata. Approvazione schema di accordo di partenariato e designazione del referente comunale.</b>", B)]],
            colWidths=[2.6*cm, 14.4*cm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
st.append(ogg)
st.append(Spacer(1, 8))
for t in [
 "L’anno duemilaventisei, il giorno nove del mese di aprile, alle ore 12:30, nella Casa Comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale.",
 "Sono presenti i Sigg.: Antonio Pescatore (Sindaco), Gerardo Lepore (Vicesindaco), Maria Rosaria Gallo (Assessore). È assente il Sig. Carmine Marra (Assessore).",
 "Presiede l’adunanza il Sindaco Avv. Antonio Pescatore. Partecipa con funzioni consultive, referenti e di assistenza, e ne cura la verbalizzazione, il Segretario Comunale Dott. Pasquale Iannaccone.",
 "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull’oggetto sopraindicato.",
]: st.append(Paragraph(t, B))
st.append(Spacer(1, 6)); st.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", C))
for t in [
 "Vista la proposta di deliberazione n. 61 del 03/04/2026 predisposta dal Responsabile dell’Area Amministrativa;",
 "Premesso che i Comuni dell’Alta Irpinia intendono promuovere un’offerta turistica integrata dei centri storici, degli itinerari religiosi e dei prodotti tipici, mediante la costituzione di una rete denominata “Borghi in Rete – Alta Irpinia”;",
 "Visto lo schema di accordo di partenariato trasmesso dal Comune capofila con nota acquisita al protocollo n. 2871 del 27/03/2026, che prevede una quota di compartecipazione annua di € 1.500,00 per ciascun ente aderente;",
 "Visto l’art. 15 della Legge 7 agosto 1990, n. 241;",
 "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49, comma 1, del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
 "Con voti unanimi, legalmente resi;",
]: st.append(Paragraph(t, B))
st.append(Paragraph("<b>DELIBERA</b>", C))
for t in [
 "1. di approvare le premesse quale parte integrante e sostanziale del presente dispositivo;",
 "2. di aderire al progetto “Borghi in Rete – Alta Irpinia” per la promozione turistica integrata;",
 "3. di approvare lo schema di accordo di partenariato allegato sub A), autorizzando il Sindaco alla sottoscrizione;",
 "4. di designare quale referente comunale del progetto la Sig.ra Angela Castellano, istruttore amministrativo dell’Area Amministrativa;",
 "5. di demandare al Responsabile dell’Area Economico-Finanziaria l’impegno della quota di compartecipazione di € 1.500,00 sul capitolo 1148 del bilancio 2026/2028.",
]: st.append(Paragraph(t, B))
st.append(Paragraph("Inoltre, stante l’urgenza, con successiva votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", B))
st.append(Spacer(1, 10))
par = Table([["PARERE DI REGOLARITÀ TECNICA: Favorevole", "PARERE DI REGOLARITÀ CONTABILE: Favorevole"],
             ["Il Responsabile dell’Area Amministrativa\nf.to Dott.ssa Lucia Di Sapio", "Il Responsabile dell’Area Economico-Finanziaria\nf.to Rag. Nicola Cione"]], colWidths=[8.5*cm, 8.5*cm])
par.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DS", 8), ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black)]))
st.append(par)
st.append(Spacer(1, 14))
st.append(Paragraph("Letto, approvato e sottoscritto.", B))
fir = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["f.to Avv. Antonio Pescatore", "f.to Dott. Pasquale Iannaccone"]], colWidths=[8.5*cm, 8.5*cm])
fir.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
st.append(fir)
st.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune per quindici giorni consecutivi dal 14/04/2026 (Reg. Pubbl. n. 318) e comunicata ai capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.<br/>Il Messo Comunale – f.to Sig. Rocco Pagliarulo", ParagraphStyle("q", parent=B, fontSize=8.5, leading=11))]], colWidths=[17*cm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black)]))
st.append(pub)
doc.build(st, onFirstPage=first, onLaterPages=later)
