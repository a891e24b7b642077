# Ordinanza sindacale of the Comune di Varazze (SV) - ReportLab platypus, DejaVu Serif embedded.
# Number with the date written with the month name, contingent and urgent ordinance under art. 50 TUEL,
# numbered ORDINA points, then DISPONE and AVVERTE in prose.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from common_rl import register_dejavu

F, FB, FI, FBI = register_dejavu("DejaVuSerif")
OUT = "ord-varazze-acqua-potabile.pdf"
body = ParagraphStyle("b", fontName=F, fontSize=9.6, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
num = ParagraphStyle("n", parent=body, leftIndent=16, firstLineIndent=-16)


def deco(canv, doc):
    W, H = A4
    canv.saveState()
    canv.setFont(FB, 14)
    canv.drawCentredString(W / 2, H - 20 * mm, "COMUNE DI VARAZZE")
    canv.setFont(FI, 9)
    canv.drawCentredString(W / 2, H - 25 * mm, "Provincia di Savona")
    canv.setFont(F, 7.5)
    canv.drawCentredString(W / 2, H - 29 * mm, "Ufficio del Sindaco – Viale Nazioni Unite 5 – 17019 Varazze")
    canv.setStrokeColor(colors.HexColor("#2b4c7e"))
    canv.setLineWidth(1.4)
    canv.line(20 * mm, H - 31.5 * mm, W - 20 * mm, H - 31.5 * mm)
    canv.setFont(F, 7.5)
    canv.drawCentredString(W / 2, 11 * mm, "– %d –" % doc.page)
    canv.restoreState()


s = []
s.append(Paragraph("<b>ORDINANZA SINDACALE</b>", ParagraphStyle("t", parent=cen, fontSize=13, leading=16)))
s.append(Paragraph("<i>contingibile e urgente ai sensi dell’art. 50, comma 5, del D.Lgs. 267/2000</i>", cen))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>n. 46 del 18 luglio 2025</b>", ParagraphStyle("n2", parent=cen, fontSize=11, leading=14)))
s.append(Spacer(1, 4 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
              Paragraph("Misure urgenti per il contenimento dei consumi di acqua potabile erogata dal pubblico "
                        "acquedotto nel periodo estivo 2025.", body)]], colWidths=[27 * mm, 143 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                         ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
s.append(ogg)
s.append(Spacer(1, 5 * mm))
s.append(Paragraph("<b>IL SINDACO</b>", cen))
s.append(Spacer(1, 2 * mm))
for p in [
    "<b>Premesso</b> che il gestore del servizio idrico integrato, con nota acquisita al protocollo comunale "
    "n. 18236 del 15/07/2025, ha segnalato una significativa riduzione della portata delle sorgenti che "
    "alimentano l’acquedotto comunale, dovuta alla prolungata assenza di precipitazioni e alle elevate "
    "temperature registrate nelle ultime settimane;",
    "<b>Considerato</b> che il notevole incremento della popolazione presente nel periodo estivo determina un "
    "aumento dei consumi tale da non poter essere soddisfatto dalle attuali disponibilità idriche, con il "
    "rischio concreto di interruzioni dell’erogazione nelle zone collinari di Casanova, Alpicella e Cantalupo;",
    "<b>Ritenuto</b> necessario ed urgente limitare l’utilizzo dell’acqua potabile ai soli usi domestici, "
    "igienico-sanitari e alimentari, al fine di garantire a tutta la popolazione la disponibilità della "
    "risorsa per gli usi essenziali;",
    "<b>Visti</b> l’art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, l’art. 98 del D.Lgs. 3 aprile 2006, "
    "n. 152, e il vigente Regolamento del servizio idrico integrato;",
]:
    s.append(Paragraph(p, body))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>O R D I N A</b>", cen))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("a tutti gli utenti del pubblico acquedotto, con decorrenza immediata e fino al 15 settembre 2025:",
                   body))
for i, p in enumerate([
    "il divieto di utilizzare l’acqua potabile per l’irrigazione di orti, giardini e prati e per il lavaggio di "
    "veicoli, piazzali e aree private, nella fascia oraria compresa tra le ore 6.00 e le ore 22.00;",
    "il divieto di riempimento di piscine private, fontane ornamentali e vasche da giardino, salvo che siano "
    "dotate di impianto di ricircolo dell’acqua;",
    "ai titolari degli stabilimenti balneari di limitare il funzionamento delle docce esterne mediante "
    "l’installazione di dispositivi temporizzati e di riduttori di flusso;",
    "a tutta la cittadinanza di adottare ogni accorgimento utile ad evitare sprechi della risorsa idrica.",
], 1):
    s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), num))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("<b>D I S P O N E</b>", cen))
s.append(Paragraph(
    "che la presente ordinanza sia resa nota mediante pubblicazione all’Albo Pretorio on line, sul sito "
    "istituzionale e con comunicati alla stampa locale, e che sia trasmessa al Comando di Polizia Locale, al "
    "Comando Stazione Carabinieri di Varazze e al gestore del servizio idrico integrato.", body))
s.append(Paragraph("<b>A V V E R T E</b>", cen))
s.append(Paragraph(
    "che, salvo che il fatto costituisca reato, la violazione delle disposizioni della presente ordinanza è "
    "punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00, ai sensi dell’art. 7-bis "
    "del D.Lgs. 267/2000. Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo "
    "Regionale per la Liguria entro 60 giorni, ovvero ricorso straordinario al Presidente della Repubblica "
    "entro 120 giorni dalla pubblicazione.", body))
s.append(Spacer(1, 6 * mm))
s.append(KeepTogether([
    Paragraph("Dalla Residenza Municipale, 18 luglio 2025", body),
    Spacer(1, 2 * mm),
    Paragraph("IL SINDACO<br/>Dott. Matteo Rebagliati<br/><font size=7.5><i>Documento firmato digitalmente ai "
              "sensi del D.Lgs. 82/2005</i></font>", ParagraphStyle("sg", parent=cen, leftIndent=85 * mm)),
]))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=36 * mm,
                        bottomMargin=18 * mm, title="Ordinanza sindacale n. 46/2025", author="Comune di Varazze")
doc.build(s, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
