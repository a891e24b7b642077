# Comune di Collazzone - Giunta deliberation, imitating an Umbria Digitale atti print.
# ReportLab platypus; the act number stands only in the running head and the register line.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVSerif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSerif-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVSans-B", FD + "DejaVuSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DVSerif", 0, 0, "DVSerif"); addMapping("DVSerif", 1, 0, "DVSerif-B")
addMapping("DVSans", 0, 0, "DVSans"); addMapping("DVSans", 1, 0, "DVSans-B")

body = ParagraphStyle("b", fontName="DVSerif", fontSize=9.8, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
cenb = ParagraphStyle("cb", parent=body, alignment=TA_CENTER, fontName="DVSerif-B", spaceBefore=4)
sans = ParagraphStyle("s", fontName="DVSans", fontSize=8.5, leading=11)
sansb = ParagraphStyle("sb", parent=sans, fontName="DVSans-B")

def page(c, d):
    c.saveState()
    c.setFont("DVSans", 7.5)
    c.drawString(20*mm, 287*mm, "COMUNE DI COLLAZZONE")
    c.drawRightString(190*mm, 287*mm, "Deliberazione G.C. n. 34 del 13/04/2026")
    c.setLineWidth(0.4); c.line(20*mm, 285.5*mm, 190*mm, 285.5*mm)
    c.line(20*mm, 14*mm, 190*mm, 14*mm)
    c.drawString(20*mm, 10*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate,")
    c.drawString(20*mm, 6.5*mm, "il quale sostituisce il documento cartaceo e la firma autografa")
    c.drawRightString(190*mm, 6.5*mm, "Pagina %d" % d.page)
    c.restoreState()

doc = BaseDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=20*mm,
                      title="Deliberazione di Giunta Comunale", author="Comune di Collazzone")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(20*mm, 18*mm, 170*mm, 262*mm, id="f")], onPage=page)])
S = []
hdr = Table([[Paragraph('<font name="DVSerif-B" size="17">COMUNE DI COLLAZZONE</font><br/><font size="9">Provincia di Perugia</font><br/><font size="7.5">Piazza Jacopone, 3 – 06050 Collazzone (PG) – P.IVA 00434240549</font>', ParagraphStyle("h", parent=cen, leading=19)),
             ]], colWidths=[170*mm])
S += [hdr, Spacer(1, 4*mm)]
reg = Table([[Paragraph("<b>ORIGINALE</b>", sans), Paragraph("<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", ParagraphStyle("x", parent=sans, alignment=TA_CENTER, fontSize=10.5)), Paragraph("Codice Ente 054014", ParagraphStyle("y", parent=sans, alignment=2))]],
            colWidths=[30*mm, 110*mm, 30*mm])
reg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, -1), colors.Color(.93, .93, .93))]))
S += [reg, Spacer(1, 3*mm)]
S.append(Paragraph("<b>OGGETTO:</b> Adesione al progetto “Umbria in bici 2026” promosso dalla Regione Umbria – Approvazione dello schema di accordo di collaborazione con l’A.S.D. Media Valle del Tevere.", body))
S.append(Spacer(1, 2*mm))
S.append(Paragraph("L’anno duemilaventisei il giorno tredici del mese di aprile alle ore 12:15 nella Residenza Municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale.", body))
S.append(Paragraph("Sono presenti i Sigg.: Alessandro Pioli, Sindaco; Maria Grazia Tomassoni, Vice Sindaco; Federico Bartolini, Assessore. Risulta assente l’Assessore Chiara Ercolani.", body))
S.append(Paragraph("Presiede il Sindaco Alessandro Pioli. Partecipa il Segretario Comunale Dott.ssa Simonetta Baldelli, incaricata della redazione del verbale. Il Presidente, riconosciuta la validità del numero legale degli intervenuti, invita la Giunta a deliberare sull’oggetto sopra indicato.", body))
S.append(Paragraph("LA GIUNTA COMUNALE", cenb))
for t in [
 "Vista la nota della Regione Umbria – Direzione regionale Governo del territorio, ambiente e protezione civile, acquisita al prot. n. 2291 del 20/03/2026, con la quale i Comuni attraversati dalla ciclovia “Spoleto–Assisi–Perugia–Todi” sono invitati ad aderire al progetto “Umbria in bici 2026”, volto alla promozione della mobilità ciclistica e del cicloturismo lungo la valle del Tevere;",
 "Considerato che il territorio comunale è interessato dal tratto di ciclovia compreso tra le frazioni di Collepepe e Casalalta e che l’adesione consente di accedere al cofinanziamento regionale per la segnaletica e per l’organizzazione di eventi di promozione;",
 "Vista la proposta di collaborazione presentata dall’A.S.D. Media Valle del Tevere, con sede in Collazzone, per l’organizzazione di tre manifestazioni cicloturistiche non competitive nel periodo maggio–settembre 2026;",
 "Visto lo schema di accordo di collaborazione allegato alla presente deliberazione quale parte integrante e sostanziale (Allegato A);",
 "Visti i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dal Responsabile dell’Area Amministrativa e dal Responsabile dell’Area Finanziaria, riportati in calce;",
 "Con voti favorevoli unanimi, resi nelle forme di legge;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("DELIBERA", cenb))
pts = [
 "di aderire al progetto “Umbria in bici 2026” promosso dalla Regione Umbria;",
 "di approvare lo schema di accordo di collaborazione con l’A.S.D. Media Valle del Tevere, allegato al presente atto (Allegato A);",
 "di autorizzare il Sindaco alla sottoscrizione dell’accordo e di ogni atto conseguente;",
 "di dare atto che la spesa a carico del Comune, quantificata in € 3.500,00, trova copertura alla Missione 6, Programma 1, Capitolo 6230 del Bilancio di previsione 2026/2028, esercizio 2026;",
 "di demandare al Responsabile dell’Area Amministrativa l’adozione degli atti gestionali conseguenti."]
for i, t in enumerate(pts, 1):
    S.append(Paragraph(t, ParagraphStyle("pt", parent=body, leftIndent=7*mm, bulletIndent=0), bulletText="%d)" % i))
S.append(Paragraph("Inoltre, con successiva votazione favorevole unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, al fine di rispettare il termine del 30/04/2026 fissato dalla Regione per l’adesione.", body))
S.append(Spacer(1, 3*mm))
par = Table([[Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere favorevole.<br/>Data 10/04/2026<br/>Il Responsabile dell’Area Amministrativa<br/>F.to Dott. Luca Menichini", sans),
              Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere favorevole.<br/>Data 10/04/2026<br/>Il Responsabile dell’Area Finanziaria<br/>F.to Rag. Daniela Proietti", sans)]], colWidths=[85*mm, 85*mm])
par.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(par)
S.append(Spacer(1, 5*mm))
S.append(Paragraph("Il presente verbale viene letto, approvato e sottoscritto.", body))
sig = Table([[Paragraph("IL PRESIDENTE<br/>F.to Alessandro Pioli", ParagraphStyle("q", parent=sans, alignment=TA_CENTER)),
              Paragraph("IL SEGRETARIO COMUNALE<br/>F.to Dott.ssa Simonetta Baldelli", ParagraphStyle("q", parent=sans, alignment=TA_CENTER))]], colWidths=[85*mm, 85*mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 6*mm))
pub = Table([[Paragraph("<b>ATTESTATO DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione è pubblicata all’Albo Pretorio on line dal 16/04/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 287) ed è comunicata ai Capigruppo consiliari con nota prot. n. 2904 del 16/04/2026.<br/>Collazzone, 16/04/2026 – Il Responsabile della pubblicazione F.to Marisa Cecchetti", sans)]], colWidths=[170*mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
S.append(pub)
doc.build(S)
