# Numbered avviso pubblico of the Comune di Portocannone (CB), laid out like a
# QuarkXPress flyer-notice (colour band with the Arbëresh caption, title block,
# two-column articles, frame with deadline). Producer: ReportLab platypus.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, Table, TableStyle, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSC", D + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVSCB", D + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSer", D + "DejaVuSerif.ttf"))
W, H = A4
RED = colors.HexColor("#a3162b")
out = sys.argv[1]

def first(c, d):
    c.saveState()
    c.setFillColor(RED); c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.circle(28 * mm, H - 19 * mm, 11 * mm, stroke=1, fill=0)
    c.setFont("DVSC", 6); c.drawCentredString(28 * mm, H - 20 * mm, "STEMMA")
    c.setFont("DVSB", 20); c.drawString(45 * mm, H - 17 * mm, "COMUNE DI PORTOCANNONE")
    c.setFont("DVS", 9.5); c.drawString(45 * mm, H - 23 * mm, "Komuna e Portkanunit  ·  Provincia di Campobasso")
    c.setFont("DVSC", 8); c.drawString(45 * mm, H - 29 * mm, "Piazza Skanderbeg, 1 – 86037 Portocannone (CB)  ·  protocollo@pec.comune.portocannone.cb.it")
    c.restoreState()
    foot(c, d)

def later(c, d):
    c.saveState()
    c.setFillColor(RED); c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("DVSB", 8.5)
    c.drawString(18 * mm, H - 7.5 * mm, "COMUNE DI PORTOCANNONE  ·  Avviso pubblico n. 3/2026")
    c.restoreState()
    foot(c, d)

def foot(c, d):
    c.saveState()
    c.setFont("DVSC", 7); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(18 * mm, 10 * mm, "Area Amministrativa – Servizio Politiche Sociali e Scolastiche – tel. 0875 590114")
    c.drawRightString(W - 18 * mm, 10 * mm, "%d" % d.page)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                      title="Avviso pubblico n. 3/2026 - Contributi trasporto studenti", author="Comune di Portocannone",
                      creator="QuarkXPress 2019 (15.2)")
gap = 7 * mm
colw = (W - 36 * mm - gap) / 2
top1 = H - 44 * mm
f_title = Frame(18 * mm, H - 90 * mm, W - 36 * mm, 48 * mm, id="title", showBoundary=0)
f_l1 = Frame(18 * mm, 16 * mm, colw, H - 92 * mm - 16 * mm, id="l1")
f_r1 = Frame(18 * mm + colw + gap, 16 * mm, colw, H - 92 * mm - 16 * mm, id="r1")
f_l = Frame(18 * mm, 16 * mm, colw, H - 34 * mm, id="l")
f_r = Frame(18 * mm + colw + gap, 16 * mm, colw, H - 34 * mm, id="r")
doc.addPageTemplates([PageTemplate(id="first", frames=[f_title, f_l1, f_r1], onPage=first),
                      PageTemplate(id="later", frames=[f_l, f_r], onPage=later)])

s_area = ParagraphStyle("a", fontName="DVSCB", fontSize=9, leading=11, textColor=RED)
s_serv = ParagraphStyle("s", fontName="DVSC", fontSize=9, leading=11, spaceAfter=6)
s_kick = ParagraphStyle("k", fontName="DVSB", fontSize=17, leading=21, spaceAfter=2)
s_tit = ParagraphStyle("t", fontName="DVSB", fontSize=11.5, leading=14.5, textColor=RED, spaceAfter=6)
s_prot = ParagraphStyle("p", fontName="DVSC", fontSize=8, leading=10)
s_h = ParagraphStyle("h", fontName="DVSCB", fontSize=9.5, leading=12, textColor=RED, spaceBefore=6, spaceAfter=2)
s_b = ParagraphStyle("b", fontName="DVSer", fontSize=8.8, leading=11.6, alignment=TA_JUSTIFY, spaceAfter=4)
s_sig = ParagraphStyle("g", fontName="DVSC", fontSize=8.8, leading=11.5, alignment=TA_CENTER)

st = [
    Paragraph("AREA AMMINISTRATIVA", s_area),
    Paragraph("Servizio Politiche Sociali e Scolastiche", s_serv),
    Paragraph("AVVISO PUBBLICO N. 3/2026", s_kick),
    Paragraph("CONTRIBUTI PER IL TRASPORTO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – A.S. 2025/2026", s_tit),
    Paragraph("Prot. n. 2214 del 16/04/2026 &nbsp;·&nbsp; in esecuzione della deliberazione della Giunta comunale n. 34 del 09/04/2026 e della determinazione n. 71 del 15/04/2026", s_prot),
    FrameBreak(),
    NextPageTemplate("later"),
]
arts = [
    ("Art. 1 – Finalità", ["Il Comune di Portocannone, al fine di favorire il diritto allo studio, concede un contributo alle famiglie degli studenti residenti che frequentano istituti secondari di secondo grado situati fuori dal territorio comunale e che utilizzano il servizio di trasporto pubblico extraurbano."]),
    ("Art. 2 – Destinatari e requisiti", ["Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale, ovvero lo studente se maggiorenne, in possesso dei seguenti requisiti:",
      "a) residenza nel Comune di Portocannone alla data di pubblicazione del presente avviso;",
      "b) iscrizione e frequenza, nell'a.s. 2025/2026, di un istituto secondario di secondo grado statale o paritario;",
      "c) indicatore ISEE ordinario o corrente in corso di validità non superiore a € 25.000,00;",
      "d) possesso di abbonamenti mensili o annuali al trasporto pubblico intestati allo studente."]),
    ("Art. 3 – Entità del contributo", ["Il contributo è pari al 50 % della spesa documentata per gli abbonamenti, fino a un massimo di € 300,00 per studente, elevato al 70 % e fino a € 420,00 per ISEE non superiore a € 9.360,00. Lo stanziamento complessivo è di € 18.000,00; qualora le richieste ammissibili eccedano la disponibilità, i contributi saranno ridotti in misura proporzionale."]),
    ("Art. 4 – Modalità e termini di presentazione", ["La domanda, redatta sul modello allegato e corredata dalla copia degli abbonamenti, dell'attestazione ISEE e di un documento di identità, deve pervenire entro le ore 12:00 del 29 maggio 2026:",
      "– a mano, all'Ufficio Protocollo, dal lunedì al venerdì dalle 9:00 alle 12:00;",
      "– a mezzo PEC all'indirizzo protocollo@pec.comune.portocannone.cb.it.",
      "Le domande pervenute oltre il termine non saranno prese in considerazione."]),
    ("Art. 5 – Istruttoria e controlli", ["L'Ufficio Servizi Sociali forma l'elenco dei beneficiari, approvato con determinazione del Responsabile dell'Area e pubblicato all'Albo Pretorio on line. L'Amministrazione effettua controlli a campione sulle dichiarazioni sostitutive ai sensi dell'art. 71 del D.P.R. 445/2000."]),
    ("Art. 6 – Trattamento dei dati personali", ["I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Portocannone."]),
    ("Art. 7 – Informazioni", ["Responsabile del procedimento è la sig.ra Maria Antonietta Stanisci, Istruttore amministrativo (tel. 0875 590114, servizisociali@comune.portocannone.cb.it)."]),
]
for h, ps in arts:
    st.append(Paragraph(h, s_h))
    for t in ps:
        st.append(Paragraph(t, s_b))
box = Table([[Paragraph("<b>SCADENZA</b><br/>ore 12:00 del 29 maggio 2026", ParagraphStyle("x", fontName="DVSC", fontSize=9.5, leading=12.5, alignment=TA_CENTER, textColor=colors.white))]],
             colWidths=[colw - 4])
box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), RED), ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
st += [Spacer(1, 8), box, Spacer(1, 12),
       Paragraph("Portocannone, 16 aprile 2026", s_b), Spacer(1, 6),
       Paragraph("Il Responsabile dell'Area Amministrativa<br/>dott. Nicola Occhionero", s_sig),
       Paragraph("<i>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</i>", ParagraphStyle("i", fontName="DVSC", fontSize=7, leading=9, alignment=TA_CENTER))]
doc.build(st)
