# Città di Borgosesia - Consiglio Comunale deliberation in the style of Studio Sigaudo's "Atti" print
# (Piedmont): crest box + register box, roll table SI/NO, split vote in prose. ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Serif", L + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", L + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", L + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B"); addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-B")

out = sys.argv[1]
body = ParagraphStyle("b", fontName="Serif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Serif-B", spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle("p", parent=body, leftIndent=0.8*cm, firstLineIndent=-0.8*cm)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)

def head(c, d):
    c.saveState()
    if d.page > 1:
        c.setFont("Serif-I", 9)
        c.drawString(2*cm, A4[1]-1.3*cm, "Città di Borgosesia – Deliberazione C.C. n. 12 del 26/03/2026")
        c.line(2*cm, A4[1]-1.45*cm, A4[0]-2*cm, A4[1]-1.45*cm)
    c.setFont("Serif", 8.5)
    c.drawCentredString(A4[0]/2, 1.2*cm, "Pag. %d" % d.page)
    c.restoreState()

S = []
crest = Table([["[stemma]"]], colWidths=[2.2*cm], rowHeights=[2.4*cm])
crest.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.5, colors.grey), ("FONT", (0,0), (-1,-1), "Serif-I", 7),
                           ("TEXTCOLOR", (0,0), (-1,-1), colors.grey), ("ALIGN", (0,0), (-1,-1), "CENTER"), ("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
ente = [Paragraph("<b>CITTÀ DI BORGOSESIA</b>", ParagraphStyle("e", fontName="Serif", fontSize=17, leading=21)),
        Paragraph("PROVINCIA DI VERCELLI", ParagraphStyle("e2", fontName="Serif", fontSize=10, leading=13)),
        Paragraph("Piazza Mazzini, 12 – 13011 Borgosesia (VC)", ParagraphStyle("e3", fontName="Serif-I", fontSize=8.5, leading=11))]
box = Table([["VERBALE DI DELIBERAZIONE"], ["DEL CONSIGLIO COMUNALE"], ["N. 12"]], colWidths=[5.2*cm])
box.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 1, colors.black), ("FONT", (0,0), (-1,1), "Serif-B", 9.5),
                         ("FONT", (0,2), (-1,2), "Serif-B", 15), ("ALIGN", (0,0), (-1,-1), "CENTER"),
                         ("LINEABOVE", (0,2), (-1,2), 0.5, colors.black), ("TOPPADDING", (0,2), (-1,2), 6), ("BOTTOMPADDING", (0,2), (-1,2), 6)]))
top = Table([[crest, ente, box]], colWidths=[2.6*cm, 8.7*cm, 5.7*cm])
top.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "MIDDLE")]))
S += [top, Spacer(1, 8)]
S.append(Paragraph("Adunanza ORDINARIA di PRIMA convocazione – seduta PUBBLICA", ParagraphStyle("a", parent=cen, fontName="Serif-I", fontSize=10.5)))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E LA GESTIONE DEGLI ORTI URBANI.</b>", body)]],
            colWidths=[2.6*cm, 14.4*cm])
ogg.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.8, colors.black), ("VALIGN", (0,0), (-1,-1), "TOP")]))
S += [ogg, Spacer(1, 8)]
S.append(Paragraph("L’anno <b>duemilaventisei</b> addì <b>ventisei</b> del mese di <b>marzo</b> alle ore <b>21:00</b> nella sala delle adunanze consiliari del Palazzo Municipale, convocato dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale, composto dai Signori:", body))
roll = [("GUGLIELMINETTI ANDREA", "Sindaco", 1), ("CERUTTI PAOLA", "Consigliere", 1), ("ZANFA MICHELE", "Consigliere", 1),
        ("BARBERIS ELENA", "Consigliere", 1), ("PRINA GIORGIO", "Consigliere", 1), ("FERRARIS SILVIA", "Consigliere", 0),
        ("DELLAROLE MARCO", "Consigliere", 1), ("GIORDANI LUCIA", "Consigliere", 1), ("TOSI ROBERTO", "Consigliere", 1),
        ("CAVAGNINO ANNA", "Consigliere", 1), ("BONDETTI LORENZO", "Consigliere", 1), ("GAGLIARDINI MARTA", "Consigliere", 0),
        ("ROSSI GABRIELE", "Consigliere", 1), ("VERCELLOTTI IRENE", "Consigliere", 1), ("MOTTA FEDERICO", "Consigliere", 1),
        ("PONZANA CLAUDIA", "Consigliere", 1), ("ALBERTI SIMONE", "Consigliere", 1)]
data = [["Cognome e Nome", "Carica", "Presente"]] + [[n, r, "SI" if p else "NO"] for n, r, p in roll]
data.append(["", "Totale presenti / assenti", "15 / 2"])
t = Table(data, colWidths=[6.5*cm, 5*cm, 3*cm], rowHeights=0.5*cm)
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Serif", 10), ("FONT", (0,0), (-1,0), "Serif-B", 10), ("FONT", (0,-1), (-1,-1), "Serif-B", 10),
                       ("ALIGN", (2,0), (2,-1), "CENTER"), ("LINEBELOW", (0,0), (-1,0), 0.8, colors.black),
                       ("LINEABOVE", (0,-1), (-1,-1), 0.8, colors.black), ("VALIGN", (0,0), (-1,-1), "MIDDLE"),
                       ("BOTTOMPADDING", (0,0), (-1,-1), 2), ("TOPPADDING", (0,0), (-1,-1), 1)]))
S += [t, Spacer(1, 6)]
S.append(Paragraph("Partecipa all’adunanza ed è incaricato della redazione del verbale il Segretario Comunale Dott.ssa Elena RAVASENGA.", body))
S.append(Paragraph("Il Sig. Andrea GUGLIELMINETTI, nella sua qualità di Sindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", cen))
for x in ["Premesso che il Comune dispone di aree di proprietà comunale in località Isolella e in Via Varallo, già destinate dal vigente Piano Regolatore Generale a verde pubblico attrezzato, idonee ad essere suddivise in lotti da assegnare ai cittadini per la coltivazione ad uso familiare;",
          "Ritenuto opportuno disciplinare con apposito regolamento i criteri di assegnazione, la durata delle concessioni, gli obblighi degli assegnatari e le cause di revoca, al fine di favorire l’aggregazione sociale, l’invecchiamento attivo e la cura del territorio;",
          "Visto lo schema di regolamento composto da n. 18 articoli, esaminato dalla Commissione consiliare Affari Generali nella seduta del 17/03/2026;",
          "Visti l’art. 7 e l’art. 42 del D.Lgs. 18 agosto 2000, n. 267;",
          "Acquisito il parere favorevole di regolarità tecnica espresso dal Responsabile dell’Area Tecnica ai sensi dell’art. 49 del D.Lgs. 267/2000, dando atto che il presente provvedimento non comporta riflessi diretti sulla situazione economico-finanziaria dell’Ente;",
          "Udita la relazione dell’Assessore all’Ambiente e gli interventi dei Consiglieri, riportati nella registrazione audio della seduta conservata agli atti;",
          "Con la seguente votazione, espressa per alzata di mano: presenti n. 15, votanti n. 14, astenuti n. 1 (Cons. ALBERTI), voti favorevoli n. 11, voti contrari n. 3 (Cons. ROSSI, VERCELLOTTI, MOTTA);"]:
    S.append(Paragraph(x, body))
S.append(Paragraph("D E L I B E R A", cen))
for i, x in enumerate(["di approvare il “Regolamento comunale per l’assegnazione e la gestione degli orti urbani”, composto da n. 18 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
                       "di dare atto che il regolamento entra in vigore decorsi quindici giorni dalla pubblicazione all’Albo Pretorio on line della presente deliberazione;",
                       "di incaricare il Responsabile dell’Area Tecnica della predisposizione dell’avviso pubblico per l’assegnazione dei lotti disponibili."], 1):
    S.append(Paragraph("%d) %s" % (i, x), pt))
S.append(Paragraph("Successivamente, con separata votazione che dà il seguente esito: presenti n. 15, votanti n. 14, astenuti n. 1, favorevoli n. 11, contrari n. 3, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 8))
S.append(Paragraph("Del che si è redatto il presente verbale, che viene letto, approvato e sottoscritto.", body))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["F.to GUGLIELMINETTI Andrea", "F.to Dott.ssa Elena RAVASENGA"]], colWidths=[8.5*cm, 8.5*cm])
sig.setStyle(TableStyle([("FONT", (0,0), (-1,0), "Serif-B", 10.5), ("FONT", (0,1), (-1,1), "Serif", 10.5), ("ALIGN", (0,0), (-1,-1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>RELAZIONE DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all’Albo Pretorio on line per quindici giorni consecutivi con decorrenza dal 31/03/2026 (art. 124 D.Lgs. 267/2000).<br/>Borgosesia, 31/03/2026 &#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160; IL SEGRETARIO COMUNALE – F.to Dott.ssa Elena RAVASENGA", small)]], colWidths=[17*cm])
pub.setStyle(TableStyle([("BOX", (0,0), (-1,-1), 0.6, colors.black)]))
S.append(pub)
S.append(Spacer(1, 6))
S.append(Paragraph("<i>Copia conforme all’originale firmato digitalmente ai sensi del D.Lgs. 82/2005, conservato negli archivi informatici del Comune.</i>", small))
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=1.8*cm, bottomMargin=1.8*cm,
                        title="Deliberazione C.C. n. 12/2026", author="Città di Borgosesia - Segreteria", creator="Studio Sigaudo - Atti")
doc.build(S, onFirstPage=head, onLaterPages=head)
