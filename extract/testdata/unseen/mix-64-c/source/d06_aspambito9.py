# ASP Ambito 9 (Jesi) - deliberazione del Consiglio di Amministrazione: ReportLab canvas, every glyph its own
# Tm+Tj, justification by moving glyphs; Albo stamp rotated 90 degrees along the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 72, W - 72
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("DELIBERA CDA 11-2026"); c.setCreator("Halley Atti - ASP"); c.setProducer("PDF Printer Driver 4.2")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch); x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Helvetica", size=10, lead=13.2, indent=0, first=0, after=4, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 80: newpage()
        ind = first if i == 0 else indent
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def head():
    y[0] = H - 58
    c.setFillColorRGB(0.0, 0.28, 0.45)
    centred("ASP AMBITO 9", "Helvetica-Bold", 18, 15)
    centred("Azienda Pubblica di Servizi alla Persona", "Helvetica", 10, 11)
    c.setFillColorRGB(0, 0, 0)
    centred("Via Gramsci n. 95 – 60035 Jesi (AN) – C.F. 91021500428", "Helvetica", 7.5, 8)
    c.setLineWidth(0.8); c.line(L, y[0], R, y[0]); y[0] -= 22
    glyphs("Delibera CdA n. 11 del 23/04/2026 – pag. %d" % c.getPageNumber(), L, 40, "Helvetica-Oblique", 7.5)
    if c.getPageNumber() == 1:
        c.saveState(); c.translate(W - 34, 170); c.rotate(90)
        c.setStrokeColorRGB(0.6, 0.1, 0.1); c.setFillColorRGB(0.6, 0.1, 0.1); c.rect(-4, -6, 520, 28, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7); c.drawString(2, 11, "ALBO ON LINE ASP AMBITO 9 – PUBBLICAZIONE N. 77/2026")
        c.setFont("Helvetica", 7); c.drawString(2, 1, "Pubblicata dal 24/04/2026 al 09/05/2026 – L'incaricato della pubblicazione")
        c.restoreState()
def newpage(): c.showPage(); head()
head()
centred("DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", "Helvetica-Bold", 12, 15)
centred("N. 11 DEL 23/04/2026", "Helvetica-Bold", 11, 22)
glyphs("OGGETTO:", L, y[0], "Helvetica-Bold", 10)
para("Approvazione del progetto di servizio \"Sollievo a domicilio\" per le famiglie che assistono persone non autosufficienti e della relativa convenzione con l'Ambito Territoriale Sociale 9.", font="Helvetica-Bold", first=54, indent=54, after=12)
para("L'anno 2026, il giorno 23 del mese di aprile, alle ore 16:00, presso la sede dell'Azienda, si è riunito il Consiglio di Amministrazione, convocato con nota prot. n. 1184 del 17/04/2026. Sono presenti:", after=6)
roll = [("Avv. Stefania Bacci", "Presidente", "presente"), ("Sig. Roberto Cingolani", "Vicepresidente", "presente"),
        ("Dott.ssa Maria Grazia Pieroni", "Consigliere", "presente"), ("Sig. Fabio Mancinelli", "Consigliere", "assente giustificato"), ("Dott. Enrico Santinelli", "Consigliere", "presente")]
c.setLineWidth(0.4)
top = y[0] + 10
for n, r, p in roll:
    glyphs(n, L + 6, y[0], "Helvetica", 9.5); glyphs(r, L + 200, y[0], "Helvetica", 9.5); glyphs(p, L + 320, y[0], "Helvetica", 9.5)
    c.line(L, y[0] - 4, R, y[0] - 4); y[0] -= 15
c.rect(L, y[0] + 11, R - L, top - y[0] - 11); c.line(L + 194, y[0] + 11, L + 194, top); c.line(L + 314, y[0] + 11, L + 314, top)
y[0] -= 8
para("Partecipa, con funzioni di segretario verbalizzante, il Direttore dell'Azienda dott. Lorenzo Federici. La Presidente, constatato il numero legale, dichiara aperta la seduta.")
centred("IL CONSIGLIO DI AMMINISTRAZIONE", "Helvetica-Bold", 10.5, 16)
for s in ["Premesso che l'ASP Ambito 9 gestisce, per conto dei Comuni dell'Ambito Territoriale Sociale 9, i servizi domiciliari rivolti alle persone anziane e con disabilità;",
          "Considerato che l'Ambito Territoriale Sociale 9 ha chiesto all'Azienda di attivare un servizio sperimentale di sollievo per i caregiver familiari, finanziato con le risorse del Fondo per le non autosufficienze 2025;",
          "Visto il progetto predisposto dall'Area Servizi Domiciliari, che prevede 4.200 ore annue di assistenza tutelare a domicilio per un costo complessivo di euro 121.800,00, interamente coperto dal finanziamento dell'Ambito;",
          "Visti lo Statuto aziendale e la legge regionale 26 febbraio 2008, n. 5;",
          "Con voti unanimi, espressi in forma palese,"]:
    para(s)
centred("DELIBERA", "Helvetica-Bold", 10.5, 16)
for i, s in enumerate(["di approvare il progetto di servizio \"Sollievo a domicilio\" per l'anno 2026, nel testo allegato al presente atto;",
          "di approvare lo schema di convenzione con l'Ambito Territoriale Sociale 9 per il finanziamento del progetto, per l'importo di euro 121.800,00;",
          "di autorizzare la Presidente alla sottoscrizione della convenzione e il Direttore all'adozione degli atti gestionali conseguenti;",
          "di dichiarare la presente deliberazione immediatamente eseguibile, con separata votazione unanime."], 1):
    para("%d. %s" % (i, s), first=0, indent=14)
y[0] -= 10
glyphs("LA PRESIDENTE", L + 30, y[0], "Helvetica-Bold", 9.5); glyphs("IL DIRETTORE - SEGRETARIO VERBALIZZANTE", L + 230, y[0], "Helvetica-Bold", 9.5); y[0] -= 13
glyphs("Avv. Stefania Bacci", L + 30, y[0], "Helvetica", 9.5); glyphs("dott. Lorenzo Federici", L + 230, y[0], "Helvetica", 9.5)
c.save()
