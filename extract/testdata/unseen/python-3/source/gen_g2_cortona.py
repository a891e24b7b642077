"""G2: Giunta, Cortona. Raw ReportLab canvas, core Times fonts (not embedded).
Imitates a boxed 'Maggioli'-style frontispiece: title at left, number and date in
a ruled box at the right, attendance as words (presente/assente) in ruled-less
columns, vote counts in prose, dash-bulleted points, a rotated publication stamp."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from rawtext import Writer

OUT = "giunta-cortona-rightbox.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Delibera GC 58 2025")
R, B, I, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
page = [1]


def header_later():
    c.setFont(I, 8)
    c.drawString(22 * mm, H - 14 * mm, "Comune di Cortona (AR) – Delibera G.C. n. 58/2025")
    c.drawRightString(W - 22 * mm, H - 14 * mm, "pag. %d" % page[0])
    c.line(22 * mm, H - 15.5 * mm, W - 22 * mm, H - 15.5 * mm)


def footer():
    c.setFont(R, 7)
    c.drawCentredString(W / 2, 10 * mm, "Piazza della Repubblica, 13 – 52044 Cortona (AR) – tel. 0575 6371 – "
                        "PEC protocollo@pec.comune.cortona.ar.it")


def new_page():
    footer()
    c.showPage()
    page[0] += 1
    header_later()


# letterhead
c.setFont(B, 17)
c.drawString(22 * mm, H - 24 * mm, "COMUNE DI CORTONA")
c.setFont(I, 10)
c.drawString(22 * mm, H - 29.5 * mm, "Provincia di Arezzo")
c.setLineWidth(1.2)
c.line(22 * mm, H - 33 * mm, 125 * mm, H - 33 * mm)
c.setFont(B, 11)
c.drawString(22 * mm, H - 41 * mm, "VERBALE DI DELIBERAZIONE")
c.drawString(22 * mm, H - 46.5 * mm, "DELLA GIUNTA COMUNALE")
c.setFont(R, 9)
c.drawString(22 * mm, H - 52 * mm, "Originale")
# right box
bx, by, bw, bh = 140 * mm, H - 54 * mm, 48 * mm, 30 * mm
c.setLineWidth(0.8)
c.rect(bx, by, bw, bh)
c.line(bx, by + bh / 2, bx + bw, by + bh / 2)
c.setFont(R, 8)
c.drawString(bx + 3 * mm, by + bh - 4.5 * mm, "Numero")
c.drawString(bx + 3 * mm, by + bh / 2 - 4.5 * mm, "Data")
c.setFont(B, 14)
c.drawCentredString(bx + bw / 2, by + bh / 2 + 3 * mm, "58")
c.drawCentredString(bx + bw / 2, by + 3.5 * mm, "14.05.2025")

wr = Writer(c, 22 * mm, W - 44 * mm, H - 62 * mm, 20 * mm, new_page)
# subject with bold label
c.setFont(B, 11)
c.drawString(22 * mm, wr.y - 12, "Oggetto:")
from rawtext import wrap
subj = ("Adesione al progetto \"Cammini Etruschi in Valdichiana\" promosso dall'Unione dei Comuni "
        "della Valdichiana Senese e approvazione dello schema di accordo di collaborazione.")
lines = wrap(subj, B, 11, W - 44 * mm - 20 * mm)
for ln in lines:
    wr.y -= 14
    c.setFont(B, 11)
    c.drawString(42 * mm, wr.y + 2, ln)
wr.space(10)
wr.para("L'anno 2025 (duemilaventicinque) il giorno 14 (quattordici) del mese di maggio alle ore 12.00, "
        "nella sala delle adunanze del Palazzo Comunale, a seguito di regolare convocazione, si è riunita "
        "la Giunta Comunale. Risultano:", R, 11)
wr.space(4)
members = [("Cherubini Marta", "Sindaco", "presente"),
           ("Lucarini Tommaso", "Vice Sindaco", "presente"),
           ("Bigi Eleonora", "Assessore", "presente"),
           ("Faralli Duccio", "Assessore", "assente"),
           ("Mencarelli Sara", "Assessore", "presente"),
           ("Salvadori Gino", "Assessore", "presente")]
for n, r, p in members:
    wr.ensure(14)
    wr.y -= 14
    c.setFont(R, 11)
    c.drawString(34 * mm, wr.y, n)
    c.drawString(90 * mm, wr.y, r)
    c.setFont(I, 11)
    c.drawString(140 * mm, wr.y, p)
wr.space(6)
c.setFont(R, 10)
wr.y -= 12
c.drawString(34 * mm, wr.y, "Presenti n. 5          Assenti n. 1")
wr.space(10)
wr.para("Presiede il Sindaco, Avv. Marta Cherubini, la quale, riconosciuta la validità della seduta, "
        "invita la Giunta a deliberare sull'argomento in oggetto.", R, 11)
wr.para("Partecipa il Vice Segretario Comunale Dott. Fabio Nocentini, incaricato della redazione del verbale.", R, 11)
wr.space(6)
wr.para("LA GIUNTA COMUNALE", B, 12, align="center", after=8)
for p in [
    "Premesso che l'Unione dei Comuni della Valdichiana Senese, con nota acquisita al protocollo "
    "generale n. 12744 del 22.04.2025, ha proposto ai Comuni della Valdichiana aretina di aderire al "
    "progetto \"Cammini Etruschi in Valdichiana\", finalizzato alla valorizzazione integrata della rete "
    "sentieristica e dei siti archeologici del comprensorio;",
    "Considerato che il progetto, candidato a finanziamento sul bando regionale per la promozione "
    "del turismo lento, prevede la realizzazione di segnaletica coordinata, di una piattaforma digitale "
    "comune e di iniziative di animazione territoriale, senza oneri a carico del bilancio comunale per "
    "l'annualità 2025;",
    "Ritenuto che l'adesione sia coerente con gli obiettivi del Documento Unico di Programmazione "
    "2025-2027 in materia di turismo e cultura, con particolare riferimento alla valorizzazione del "
    "Parco Archeologico del Sodo e del tracciato della via Lauretana;",
    "Visto lo schema di accordo di collaborazione ai sensi dell'art. 15 della Legge 7 agosto 1990, n. 241, "
    "allegato alla presente deliberazione;",
    "Visti i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi dai Responsabili "
    "dei servizi interessati ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con voti favorevoli n. 5, contrari n. 0, astenuti n. 0, espressi per alzata di mano;",
]:
    wr.para(p, R, 11)
wr.space(4)
wr.para("DELIBERA", B, 12, align="center", after=8)
for p in [
    "- di aderire al progetto \"Cammini Etruschi in Valdichiana\" promosso dall'Unione dei Comuni della "
    "Valdichiana Senese, per le motivazioni espresse in narrativa;",
    "- di approvare lo schema di accordo di collaborazione allegato sub \"A\" e di autorizzare il Sindaco "
    "alla sua sottoscrizione, con facoltà di apportarvi le modifiche non sostanziali che si rendessero "
    "necessarie;",
    "- di individuare quale referente tecnico del progetto il Responsabile dell'Area Cultura e Turismo.",
]:
    wr.para(p, R, 11, indent=4 * mm, hang=3 * mm)
wr.space(4)
wr.para("Inoltre, stante l'urgenza di trasmettere l'adesione entro il termine fissato dal bando, con "
        "separata votazione favorevole unanime, la presente deliberazione è dichiarata immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", R, 11)
wr.space(10)
wr.ensure(60)
c.setFont(B, 10)
wr.y -= 14
c.drawString(30 * mm, wr.y, "IL SINDACO")
c.drawString(120 * mm, wr.y, "IL VICE SEGRETARIO COMUNALE")
c.setFont(R, 10)
wr.y -= 13
c.drawString(30 * mm, wr.y, "Avv. Marta Cherubini")
c.drawString(120 * mm, wr.y, "Dott. Fabio Nocentini")
# stamp
c.saveState()
c.translate(70 * mm, wr.y - 30 * mm)
c.rotate(8)
c.setStrokeColorRGB(0.15, 0.25, 0.6)
c.setFillColorRGB(0.15, 0.25, 0.6)
c.setLineWidth(1.5)
c.rect(0, 0, 68 * mm, 16 * mm)
c.setFont(B, 8)
c.drawCentredString(34 * mm, 10.5 * mm, "PUBBLICATA ALL'ALBO PRETORIO")
c.setFont(R, 8)
c.drawCentredString(34 * mm, 6 * mm, "dal 16.05.2025 al 31.05.2025")
c.drawCentredString(34 * mm, 2 * mm, "Reg. pubbl. n. 1392")
c.restoreState()
footer()
c.save()
print("wrote", OUT)
