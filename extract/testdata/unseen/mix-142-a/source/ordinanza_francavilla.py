"""Francavilla in Sinni, Halley-like ordinanza sindacale (ReportLab
platypus: centred letterhead, number and date on the title line, ORDINA
points as a numbered list, signature at the right)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
out = sys.argv[1]
doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=16 * mm,
                        bottomMargin=18 * mm, title="Ordinanza n. 1/2029", author="Comune di Francavilla in Sinni")
B = ParagraphStyle("b", fontName="DVS", fontSize=9.8, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
H = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
st = []
st.append(Paragraph("<font size=17><b>COMUNE DI FRANCAVILLA IN SINNI</b></font>", ParagraphStyle("x", parent=C, leading=21)))
st.append(Paragraph("<i>Provincia di Potenza</i>", C))
st.append(Paragraph("Piazza Municipio, 1 - 85034 Francavilla in Sinni (PZ) - Tel. 0973 577111", ParagraphStyle("y", parent=C, fontSize=7.5)))
st.append(Table([[""]], colWidths=[166 * mm], rowHeights=[2], style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.2, "black")])))
st.append(Spacer(1, 8))
st.append(Paragraph("ORDINANZA SINDACALE N. 1 DEL 10/01/2029", ParagraphStyle("t", parent=H, fontSize=12.5)))
st.append(Spacer(1, 4))
st.append(Table([[Paragraph("<b>OGGETTO:</b>", B), Paragraph("<b>CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO E DEGLI UFFICI COMUNALI APERTI AL PUBBLICO PER IL GIORNO 11 GENNAIO 2029 A CAUSA DI AVVERSE CONDIZIONI METEOROLOGICHE</b>", B)]],
                colWidths=[24 * mm, 142 * mm],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, "black")])))
st.append(Paragraph("IL SINDACO", H))
for t in [
    "VISTO il messaggio di allertamento n. 7/2029 emesso in data 10/01/2029 dal Centro Funzionale Decentrato della Regione Basilicata, che prevede per la zona di allerta Basi-B nevicate abbondanti fino a quote di pianura e gelate diffuse a partire dalla serata odierna e per tutta la giornata di domani;",
    "CONSIDERATO che le strade comunali e provinciali di accesso al centro abitato, alle contrade Pantano, Fiumarella e Sant'Elia e agli edifici scolastici potrebbero risultare impraticabili e che il trasporto scolastico non potrebbe essere svolto in condizioni di sicurezza;",
    "SENTITI il Dirigente Scolastico dell'Istituto Comprensivo e il Comandante della Polizia Locale;",
    "RITENUTO necessario adottare, a tutela della pubblica incolumità, un provvedimento contingibile e urgente;",
    "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 2 gennaio 2018, n. 1;",
]:
    st.append(Paragraph(t, B))
st.append(Paragraph("O R D I N A", H))
items = [
    "la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, presenti sul territorio comunale, nonché la sospensione del servizio di trasporto scolastico, per l'intera giornata di giovedì 11 gennaio 2029;",
    "la chiusura al pubblico degli uffici comunali per la medesima giornata, fatti salvi i servizi essenziali di Stato Civile, Polizia Locale e Protezione Civile, che saranno garantiti dal personale reperibile.",
]
st.append(ListFlowable([ListItem(Paragraph(i, B), value=n) for n, i in enumerate(items, 1)],
                       bulletType="1", bulletFormat="%s)", bulletFontName="DVS", bulletFontSize=9.8, leftIndent=16))
st.append(Paragraph("D I S P O N E", H))
st.append(Paragraph("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale dell'Ente e trasmessa al Dirigente Scolastico, alla Prefettura - U.T.G. di Potenza, alla Stazione dei Carabinieri di Francavilla in Sinni e al Comando di Polizia Locale.", B))
st.append(Paragraph("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", B))
st.append(Spacer(1, 10))
st.append(Table([[Paragraph("Francavilla in Sinni, 10/01/2029", B), Paragraph("IL SINDACO<br/>Ing. Vincenzo Cupparo<br/><font size=7>(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, D.Lgs. 39/1993)</font>", C)]],
                colWidths=[80 * mm, 86 * mm]))
doc.build(st)
