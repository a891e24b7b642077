# Comune di Monte di Procida - ordinanza sindacale: every glyph placed on its own (Tm + Tj per glyph),
# justified by spreading the gaps; Albo stamp rotated along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 78, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("ORD_15_2026"); c.setAuthor("protocollo"); c.setCreator("Microsoft Word - ORD_15_2026.docx")
c.setProducer("Kibernetes PDF Printer 2.1")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Times-Roman", size=11.5, lead=14.5, indent=0, first=0, after=4, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 70: newpage()
        ind = first if i == 0 else indent
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def stamp():
    c.saveState(); c.translate(40, 120); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
    c.rect(-4, -6, 610, 30, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(2, 12, "COMUNE DI MONTE DI PROCIDA – ALBO PRETORIO ON LINE")
    c.setFont("Helvetica", 7.5)
    c.drawString(2, 2, "Registro pubblicazioni n. 402 – Pubblicato dal 13/03/2026 al 28/03/2026 – Il Messo comunale")
    c.restoreState()
def head():
    y[0] = H - 60
    centred("COMUNE DI MONTE DI PROCIDA", "Times-Bold", 17, 17)
    centred("Città Metropolitana di Napoli", "Times-Italic", 11, 13)
    centred("Ufficio del Sindaco", "Times-Roman", 9, 10)
    c.setLineWidth(1.2); c.line(L, y[0], R, y[0]); c.setLineWidth(0.4); c.line(L, y[0] - 2.5, R, y[0] - 2.5); y[0] -= 26
    stamp()
    glyphs("Pag. %d" % c.getPageNumber(), R - 30, 34, "Times-Roman", 8)
def newpage():
    c.showPage(); head()
head()
c.rect(L + 60, y[0] - 23, R - L - 120, 37)
centred("ORDINANZA SINDACALE", "Times-Bold", 14, 17)
centred("N. 15 DEL 13/03/2026", "Times-Bold", 12, 30)
glyphs("OGGETTO:", L, y[0], "Times-Bold", 11.5)
para("Chiusura temporanea al transito pedonale e veicolare di via Panoramica nel tratto compreso tra via Torrione e via Miliscola per rischio di caduta massi dal costone tufaceo.", font="Times-Bold", first=62, indent=62, after=12)
centred("IL SINDACO", "Times-Bold", 12, 18)
for s in [
 "PREMESSO che nella notte tra l'11 e il 12 marzo 2026, a seguito delle intense precipitazioni, si è verificato il distacco di materiale tufaceo dal costone sovrastante via Panoramica, con caduta di massi sulla sede stradale;",
 "VISTA la relazione di sopralluogo dell'Ufficio Tecnico comunale prot. n. 3417 del 12/03/2026, redatta congiuntamente al Comando di Polizia Locale, nella quale si evidenzia il permanere di condizioni di instabilità del costone e si segnala la necessità di interdire il transito nel tratto interessato fino alla messa in sicurezza;",
 "RITENUTO che sussistano le condizioni di contingibilità e urgenza per l'adozione di un provvedimento a tutela della pubblica incolumità;",
 "VISTI l'art. 54, comma 4, e l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, nonché gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada);"]:
    para(s)
y[0] -= 4; centred("O R D I N A", "Times-Bold", 12, 18)
for i, s in enumerate([
 "la chiusura al transito pedonale e veicolare di via Panoramica, nel tratto compreso tra l'intersezione con via Torrione e l'intersezione con via Miliscola, con decorrenza immediata e fino alla revoca della presente ordinanza;",
 "all'Ufficio Tecnico comunale di provvedere alla collocazione della segnaletica di chiusura e di deviazione del traffico lungo via Torrione e via Cappella;",
 "ai proprietari dei fondi sovrastanti il costone, individuati nella relazione citata in premessa, di provvedere entro 30 giorni dalla notifica alla verifica delle condizioni di stabilità e agli interventi di messa in sicurezza;",
 "al Comando di Polizia Locale e alle Forze dell'Ordine di vigilare sull'osservanza del presente provvedimento."], 1):
    glyphs("%d." % i, L, y[0], "Times-Roman", 11.5); para(s, first=18, indent=18)
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Campania entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10.5, lead=13)
para("Dalla Residenza Municipale, 13/03/2026", justify=False, after=12)
glyphs("IL SINDACO", R - 150, y[0], "Times-Bold", 11.5); y[0] -= 14
glyphs("Dott. Ciro Barone", R - 180, y[0], "Times-Roman", 11.5); y[0] -= 12
glyphs("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", R - 200, y[0], "Times-Italic", 8.5)
c.save()
