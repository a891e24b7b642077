# Comune di Cupello (CH) - Consiglio comunale n. 11 del 30.4.2026, council of 13 (Sindaco + 12).
# ReportLab platypus: every justified line sets its own word spacing (Tw); the headings are
# letter-spaced with Tc (canvas.setCharSpace) in a custom flowable; the roll is a ruled table with
# Presente / Assente columns; running foot on every page. The vote on the proposal is
# "favorevoli n. 9, contrari n. 2 (names), astenuti n. 1 (name)"; immediate executivity has its own vote.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)
from reportlab.lib import colors

out = sys.argv[1]
W, H = A4

class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc)."""
    def __init__(self, text, font="Times-Bold", size=12, cs=3.0, space=4):
        super().__init__(); self.t, self.f, self.s, self.cs, self.sp = text, font, size, cs, space
    def wrap(self, aw, ah):
        self.aw = aw; return aw, self.s + 2 * self.sp
    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.t, self.f, self.s) + self.cs * (len(self.t) - 1)
        t = self.canv.beginText((self.aw - w) / 2, self.sp)
        t.setFont(self.f, self.s); t.setCharSpace(self.cs); t.textOut(self.t); t.setCharSpace(0)
        self.canv.drawText(t)

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, alignment=TA_LEFT)
pt = ParagraphStyle("p", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm)
cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=10, leading=12)

def foot(c, d):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.line(22 * mm, 17 * mm, W - 20 * mm, 17 * mm)
    c.drawString(22 * mm, 12.5 * mm, "Comune di Cupello – Deliberazione del Consiglio Comunale n. 11 del 30.4.2026")
    c.drawRightString(W - 20 * mm, 12.5 * mm, "Pagina %d" % d.page)
    c.restoreState()

def first(c, d):
    c.saveState()
    # letterhead: a crest outline and the body's name, drawn on the first page only
    c.setStrokeColor(colors.HexColor("#7a1f1f")); c.setLineWidth(1.2)
    c.roundRect(22 * mm, H - 38 * mm, 16 * mm, 20 * mm, 4 * mm)
    c.setFont("Helvetica", 5.5); c.setFillColor(colors.HexColor("#7a1f1f"))
    c.drawCentredString(30 * mm, H - 29 * mm, "STEMMA")
    c.setFillColor(colors.black)
    t = c.beginText(44 * mm, H - 26 * mm); t.setFont("Times-Bold", 19); t.setCharSpace(1.6)
    t.textOut("COMUNE DI CUPELLO"); t.setCharSpace(0); c.drawText(t)
    c.setFont("Times-Roman", 10.5); c.drawString(44 * mm, H - 31.5 * mm, "Provincia di Chieti")
    c.setFont("Times-Roman", 8.5)
    c.drawString(44 * mm, H - 36 * mm, "Via Roma, 2 – 66051 Cupello (CH) – Tel. 0873 316641 – protocollo@pec.comune.cupello.ch.it")
    c.setLineWidth(0.8); c.line(22 * mm, H - 41 * mm, W - 20 * mm, H - 41 * mm)
    c.restoreState()
    foot(c, d)

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=24 * mm, title="Deliberazione C.C. n. 11 del 30.4.2026",
                      author="Comune di Cupello - Ufficio Segreteria", creator="Studio Deliberazioni 4.1")
f1 = Frame(22 * mm, 24 * mm, W - 42 * mm, H - 24 * mm - 45 * mm, id="f1")
f2 = Frame(22 * mm, 24 * mm, W - 42 * mm, H - 24 * mm - 18 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="rest"),
                      PageTemplate("rest", [f2], onPage=foot)])

S = []
S.append(Paragraph("<b>ORIGINALE</b>", ParagraphStyle("o", parent=small, alignment=2)))
S.append(Spaced("DELIBERAZIONE DEL CONSIGLIO COMUNALE", size=13, cs=1.8))
S.append(Paragraph("<b>N. 11 del 30.4.2026</b>", ParagraphStyle("n", parent=body, alignment=TA_CENTER, fontSize=12, spaceAfter=6)))
S.append(Paragraph("Sessione ordinaria – Seduta pubblica di prima convocazione", ParagraphStyle("x", parent=small, alignment=TA_CENTER, spaceAfter=8)))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph(
    "<b>Modifica del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, "
    "autorizzazione o esposizione pubblicitaria e del canone mercatale. Approvazione.</b>", cell)]],
    colWidths=[24 * mm, None])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
S += [ogg, Spacer(1, 8)]
S.append(Paragraph(
    "L'anno duemilaventisei il giorno trenta del mese di aprile alle ore 18,00, nella sala consiliare del "
    "Palazzo municipale, convocato dal Sindaco con avviso scritto prot. n. 3318 del 23.4.2026, notificato a "
    "ciascun Consigliere nei termini di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in "
    "seduta pubblica di prima convocazione. Fatto l'appello nominale, risultano:", body))

roll = [("1", "DI PIETRO Graziano", "Sindaco", True), ("2", "MENNA Lucia", "Consigliere", True),
        ("3", "BUCCIARELLI Fabio", "Consigliere", True), ("4", "D'ALESSANDRO Rita", "Consigliere", True),
        ("5", "CIANCI Emidio", "Consigliere", True), ("6", "SABATINI Tiziana", "Consigliere", True),
        ("7", "PICCIRILLI Marco", "Consigliere", True), ("8", "MARCOVECCHIO Ivana", "Consigliere", True),
        ("9", "DEL VILLANO Sergio", "Consigliere", True), ("10", "MONACO Giulia", "Consigliere", False),
        ("11", "DI NARDO Carlo", "Consigliere", True), ("12", "RANIERI Paola", "Consigliere", True),
        ("13", "MARIOTTI Alessio", "Consigliere", True)]
data = [["N.", "CONSIGLIERI", "CARICA", "Presente", "Assente"]]
for n, nm, r, p in roll:
    data.append([n, nm, r, "X" if p else "", "" if p else "X"])
data.append(["", "", "TOTALE", "12", "1"])
t = Table(data, colWidths=[10 * mm, 62 * mm, 34 * mm, 22 * mm, 22 * mm], hAlign="CENTER")
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5), ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
    ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
    ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (3, 0), (4, -1), "CENTER"), ("ALIGN", (2, -1), (2, -1), "RIGHT"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4)]))
S += [t, Spacer(1, 8)]
for s in [
    "Assume la presidenza il Sindaco dott. Graziano Di Pietro, il quale, riconosciuta la legalità "
    "dell'adunanza, dichiara aperta la seduta. Partecipa con funzioni consultive, referenti, di assistenza e "
    "verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale dott.ssa Michela "
    "Tascone.",
    "Il Sindaco illustra l'argomento iscritto al punto 3 dell'ordine del giorno. Intervengono i Consiglieri "
    "Di Nardo e Ranieri, che giudicano eccessivo l'aumento delle tariffe per le occupazioni dei pubblici "
    "esercizi, e il Consigliere Mariotti, che annuncia l'astensione del proprio gruppo. Gli interventi sono "
    "riportati nel resoconto della seduta, conservato agli atti.",
]:
    S.append(Paragraph(s, body))
S.append(Spaced("IL CONSIGLIO COMUNALE", size=12, cs=2.4, space=6))
for s in [
    "Premesso che l'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160, ha istituito il canone "
    "patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e il canone mercatale, che hanno "
    "sostituito la TOSAP, l'imposta comunale sulla pubblicità e il diritto sulle pubbliche affissioni;",
    "Richiamata la propria deliberazione n. 7 del 29.3.2021, con la quale è stato approvato il relativo "
    "Regolamento comunale, successivamente modificato con deliberazione n. 15 del 27.7.2023;",
    "Ritenuto necessario aggiornare gli articoli 12, 18 e 27 del Regolamento, al fine di disciplinare le "
    "occupazioni stagionali dei dehors dei pubblici esercizi lungo il corso Vittorio Emanuele e le aree del "
    "mercato settimanale del sabato, nonché di adeguare i coefficienti di valutazione economica delle "
    "occupazioni;",
    "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 9 del 20.4.2026, "
    "reso ai sensi dell'art. 239, comma 1, lett. b), n. 7, del D.Lgs. 267/2000;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Settore Finanziario e "
    "Tributi, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti favorevoli n. 9, contrari n. 2 (Di Nardo e Ranieri), astenuti n. 1 (Mariotti), espressi per "
    "alzata di mano dai n. 12 Consiglieri presenti, di cui n. 11 votanti;",
]:
    S.append(Paragraph(s, body))
S.append(Spaced("D E L I B E R A", size=12, cs=1.2, space=6))
for n, s in enumerate([
    "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per l'applicazione del "
    "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, "
    "nel testo riportato nell'allegato A, che forma parte integrante e sostanziale del presente atto;",
    "di dare atto che le modifiche entrano in vigore il 1° giugno 2026;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento "
    "nel portale del federalismo fiscale;",
    "di demandare al Responsabile del Settore Finanziario e Tributi l'adozione degli atti conseguenti.",
], 1):
    S.append(Paragraph("%d)&nbsp;&nbsp;&nbsp;%s" % (n, s), pt))
S.append(Paragraph(
    "Successivamente, con separata votazione, con voti favorevoli n. 9, contrari n. 3 (Di Nardo, Ranieri e "
    "Mariotti), espressi per alzata di mano dai n. 12 Consiglieri presenti e votanti, il Consiglio Comunale "
    "dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
    "D.Lgs. 267/2000, per consentire l'applicazione delle nuove tariffe dalla stagione estiva.", body))
S.append(Spacer(1, 6))
S.append(Paragraph("Letto, confermato e sottoscritto.", body))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["dott. Graziano Di Pietro", "dott.ssa Michela Tascone"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5), ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                         ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([sig]))
doc.build(S)
