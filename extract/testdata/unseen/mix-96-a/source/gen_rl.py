# reportlab documents: 1 Zapponeta Giunta (Tw justification), 3 Zapponeta ordinanza (one glyph per Tm/Tj,
# rotated stamp), 12 Cervaro avviso pubblico (letterhead and foot as Form XObjects, drawn out of order)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

which, out = sys.argv[1], sys.argv[2]
W, H = A4

def zapponeta_giunta():
    b = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    c = ParagraphStyle("c", parent=b, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11)
    s = []
    s.append(Paragraph("COMUNE DI ZAPPONETA", ParagraphStyle("h", parent=c, fontSize=15, leading=18)))
    s.append(Paragraph("Provincia di Foggia", ParagraphStyle("h2", parent=b, alignment=TA_CENTER)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", c))
    s.append(Paragraph("n. 38 del 24.3.2026", c))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>OGGETTO:</b> Approvazione dello schema di convenzione con l'associazione di volontariato "
        "Protezione Civile Zapponeta per la vigilanza delle spiagge libere nella stagione balneare 2026.", b))
    s.append(Paragraph("L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 13:30, nella sala delle "
        "adunanze della Casa comunale, previa osservanza delle formalità prescritte dalla vigente normativa, si è "
        "riunita la Giunta Comunale nelle persone dei signori:", b))
    t = Table([["", "Cognome e nome", "Carica", "P", "A"],
               ["1", "D'ANDREA Michele", "Sindaco", "X", ""],
               ["2", "RINALDI Lucia", "Vice Sindaco", "X", ""],
               ["3", "CASTRIOTTA Nicola", "Assessore", "", "X"],
               ["4", "PAPAGNA Anna Maria", "Assessore", "X", ""],
               ["5", "GUERRIERI Luigi", "Assessore", "X", ""]], colWidths=[20, 170, 110, 30, 30])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("ALIGN", (3, 0), (-1, -1), "CENTER")]))
    s.append(t); s.append(Spacer(1, 6))
    s.append(Paragraph("Presenti n. 4 – Assenti n. 1. Partecipa il Segretario Comunale dott.ssa Rosa Anna Tarantino, "
        "incaricato della redazione del verbale. Il Sindaco Michele D'Andrea, assunta la presidenza e constatato il "
        "numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", b))
    s.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", c))
    s.append(Paragraph("Premesso che il litorale del Comune si estende per circa nove chilometri e comprende ampi tratti di "
        "spiaggia libera privi di servizio di salvamento; che l'associazione di volontariato Protezione Civile Zapponeta, "
        "iscritta nell'elenco regionale, ha manifestato la disponibilità a svolgere attività di vigilanza e prima "
        "assistenza dal 15 giugno al 15 settembre 2026; ritenuto opportuno disciplinare i rapporti con apposita "
        "convenzione, con un rimborso forfettario delle spese documentate pari a euro 6.500,00; visti i pareri "
        "favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;", b))
    s.append(Paragraph("Con voti unanimi favorevoli espressi nei modi di legge,", b))
    s.append(Paragraph("<b>DELIBERA</b>", c))
    for i, p in enumerate(["di approvare lo schema di convenzione con l'associazione di volontariato Protezione Civile "
                           "Zapponeta, allegato al presente atto quale parte integrante e sostanziale;",
                           "di demandare al Responsabile del Settore I la sottoscrizione della convenzione e l'adozione "
                           "dell'impegno di spesa di euro 6.500,00 sul capitolo 1310 del bilancio 2026-2028;",
                           "di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai "
                           "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
        s.append(Paragraph(f"{i}. {p}", b))
    s.append(Spacer(1, 10))
    sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Michele D'Andrea", "dott.ssa Rosa Anna Tarantino"]], colWidths=[230, 230])
    sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5)]))
    s.append(sig)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=45, bottomMargin=45,
                      title="Delibera GC 38/2026", author="Halley").build(s)

def glyphs(c, x, y, text, font, size, width=None):
    """one Tm+Tj per glyph; justified lines get their spaces widened by moving glyphs."""
    gap = 0
    if width:
        n = text.count(" ")
        if n: gap = (width - stringWidth(text, font, size)) / n
    for ch in text:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)

def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        if stringWidth((cur + " " + w).strip(), font, size) > width: lines.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    return lines + [cur]

def para(c, x, y, text, font="Times-Roman", size=11, width=460, lead=14):
    ls = wrap(text, font, size, width)
    for i, l in enumerate(ls):
        glyphs(c, x, y, l, font, size, width if i < len(ls) - 1 else None); y -= lead
    return y - 5

def zapponeta_ordinanza():
    c = canvas.Canvas(out, pagesize=A4); c.setTitle("Ordinanza 9/2026"); c.setCreator("Halley Ordinanze 4.1")
    y = H - 60
    for l, f, s in [("COMUNE DI ZAPPONETA", "Times-Bold", 16), ("PROVINCIA DI FOGGIA", "Times-Roman", 10),
                    ("Piazza Aldo Moro, 1 – 71030 Zapponeta (FG)", "Times-Italic", 9)]:
        glyphs(c, (W - stringWidth(l, f, s)) / 2, y, l, f, s); y -= s + 6
    y -= 14
    l = "ORDINANZA N. 9 DEL 26/03/2026"; glyphs(c, (W - stringWidth(l, "Times-Bold", 13)) / 2, y, l, "Times-Bold", 13); y -= 26
    y = para(c, 70, y, "OGGETTO: Divieto di abbruciamento di stoppie e residui vegetali sui terreni agricoli del territorio "
             "comunale dal 1° aprile al 30 settembre 2026.", "Times-Bold", 11)
    y -= 6; l = "IL SINDACO"; glyphs(c, (W - stringWidth(l, "Times-Bold", 12)) / 2, y, l, "Times-Bold", 12); y -= 22
    for p in ["Considerato che con l'approssimarsi della stagione estiva aumenta il rischio di incendi nelle campagne e lungo "
              "la fascia costiera, anche a causa della pratica di bruciare le stoppie e i residui delle colture orticole;",
              "Vista la legge 21 novembre 2000, n. 353, e il Piano regionale di previsione, prevenzione e lotta attiva contro "
              "gli incendi boschivi; visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
        y = para(c, 70, y, p)
    l = "ORDINA"; glyphs(c, (W - stringWidth(l, "Times-Bold", 12)) / 2, y, l, "Times-Bold", 12); y -= 22
    for i, p in enumerate(["dal 1° aprile al 30 settembre 2026 è vietato bruciare stoppie, paglia e residui vegetali su tutto il territorio comunale;",
                           "i proprietari e i conduttori dei fondi devono realizzare fasce di protezione prive di vegetazione larghe almeno cinque metri lungo i confini;",
                           "la Polizia Locale e le altre forze di polizia sono incaricate della vigilanza sul rispetto della presente ordinanza;",
                           "le violazioni sono punite con la sanzione amministrativa da euro 150,00 a euro 900,00, salvo che il fatto costituisca reato."], 1):
        y = para(c, 70, y, f"{i}. {p}")
    y -= 20
    glyphs(c, 70, y, "Zapponeta, 26/03/2026", "Times-Roman", 11)
    glyphs(c, 360, y, "IL SINDACO", "Times-Bold", 11); glyphs(c, 350, y - 15, "Michele D'Andrea", "Times-Italic", 11)
    c.saveState(); c.translate(38, 200); c.rotate(90); c.setFillColor(colors.HexColor("#1a3d8f"))
    c.rect(-4, -12, 420, 26, stroke=1, fill=0)
    glyphs(c, 0, 0, "ALBO PRETORIO ON LINE – Reg. pubbl. n. 512 – dal 26/03/2026 al 10/04/2026", "Helvetica-Bold", 9)
    c.restoreState(); c.showPage(); c.save()

def cervaro_avviso():
    c = canvas.Canvas(out, pagesize=A4); c.setTitle("Avviso pubblico 4/2026")
    c.beginForm("head"); c.setFont("Times-Bold", 17); c.drawCentredString(W / 2, H - 55, "COMUNE DI CERVARO")
    c.setFont("Times-Roman", 10); c.drawCentredString(W / 2, H - 70, "Provincia di Frosinone")
    c.drawCentredString(W / 2, H - 83, "Settore Amministrativo – Servizio Patrimonio"); c.line(60, H - 92, W - 60, H - 92); c.endForm()
    c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.line(60, 50, W - 60, 50)
    c.drawCentredString(W / 2, 38, "Piazza Casaburi, 1 – 03044 Cervaro (FR) – PEC: protocollo@pec.comune.cervaro.fr.it"); c.endForm()
    st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY)
    # signature and points drawn first, heading last
    c.setFont("Times-Roman", 11); c.drawString(60, 150, "Cervaro, 27/03/2026")
    c.drawCentredString(420, 150, "IL RESPONSABILE DEL SETTORE AMMINISTRATIVO"); c.drawCentredString(420, 135, "dott. Fabio Pittiglio")
    y = 470
    for i, p in enumerate(["possono partecipare le associazioni senza scopo di lucro con sede nel Comune di Cervaro, iscritte al RUNTS;",
                           "la concessione ha durata di tre anni, con canone ridotto secondo il vigente regolamento comunale;",
                           "le domande vanno presentate entro le ore 12:00 del 30 aprile 2026 via PEC o al protocollo dell'Ente."], 1):
        pp = Paragraph(f"{i}. {p}", st); w, h = pp.wrap(W - 120, 200); pp.drawOn(c, 60, y - h); y -= h + 6
    c.setFont("Times-Bold", 11); c.drawCentredString(W / 2, 490, "RENDE NOTO CHE")
    pp = Paragraph("Il Responsabile del Settore Amministrativo, in esecuzione della deliberazione di Giunta Comunale n. 29 del "
                   "12/03/2026, intende acquisire manifestazioni di interesse per la concessione in uso dei locali di proprietà "
                   "comunale indicati in oggetto, per attività sociali, culturali e ricreative.", st)
    w, h = pp.wrap(W - 120, 300); pp.drawOn(c, 60, 510)
    pp = Paragraph("<b>OGGETTO:</b> Manifestazione di interesse per la concessione in uso dei locali dell'ex edificio scolastico "
                   "di via Roma ad associazioni del territorio.", st); w, h2 = pp.wrap(W - 120, 300); pp.drawOn(c, 60, 600)
    c.setFont("Times-Bold", 14); c.drawCentredString(W / 2, 660, "AVVISO PUBBLICO N. 4/2026")
    c.setFont("Times-Roman", 10); c.drawRightString(W - 60, 700, "Prot. n. 3378 del 27/03/2026")
    c.doForm("head"); c.doForm("foot"); c.showPage(); c.save()

{"d01": zapponeta_giunta, "d03": zapponeta_ordinanza, "d12": cervaro_avviso}[which]()
