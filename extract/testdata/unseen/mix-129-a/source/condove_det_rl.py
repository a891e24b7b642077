# Comune di Condove, "CSI" house style: determinazione whose text layer places every glyph alone (a report engine's way),
# letterhead and signature block as Form XObjects drawn after the body, a publication stamp up the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=1)
c.setTitle('DT_245_2028'); c.setAuthor('CSI Piemonte - Atti Amministrativi'); c.setCreator('CSI Report Engine')
def glyphs(x, y, s, font='Helvetica', size=10, cs=0.0):
    """every glyph its own BT/Tj, no space characters"""
    for ch in s:
        w = stringWidth(ch, font, size)
        if ch != ' ':
            t = c.beginText(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += w + cs
    return x
def just(x, y, s, width, font='Helvetica', size=10):
    words = s.split(); nat = sum(stringWidth(w, font, size) for w in words)
    gap = (width - nat) / max(1, len(words) - 1)
    for w in words:
        glyphs(x, y, w, font, size); x += stringWidth(w, font, size) + gap
def para(y, text, font='Helvetica', size=10, width=170*mm, x=20*mm, lead=13.5):
    words = text.split(); line = []
    for w in words:
        if stringWidth(' '.join(line + [w]), font, size) > width and line:
            just(x, y, ' '.join(line), width, font, size); y -= lead; line = [w]
        else: line.append(w)
    if line: glyphs(x, y, ' '.join(line), font, size); y -= lead
    return y - 4
# Forms defined first, drawn at the end
c.beginForm('lh')
c.setFont('Helvetica-Bold', 15); c.drawString(38*mm, H-22*mm, 'COMUNE DI CONDOVE')
c.setFont('Helvetica', 9); c.drawString(38*mm, H-27*mm, "Citta' Metropolitana di Torino - Via Roma 6 - 10055 Condove (TO)")
c.rect(20*mm, H-30*mm, 14*mm, 14*mm); c.setFont('Helvetica', 6); c.drawCentredString(27*mm, H-24*mm, 'STEMMA')
c.line(20*mm, H-33*mm, W-20*mm, H-33*mm)
c.endForm()
c.beginForm('sign')
c.setFont('Helvetica', 10)
c.drawCentredString(150*mm, 62*mm, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA")
c.drawCentredString(150*mm, 56*mm, 'Dott.ssa Chiara Bertolo')
c.setFont('Helvetica-Oblique', 8.5); c.drawCentredString(150*mm, 50*mm, 'documento firmato digitalmente ai sensi del D.Lgs. 82/2005')
c.endForm()
# body
y = H-42*mm
glyphs(20*mm, y, 'AREA AMMINISTRATIVA', 'Helvetica-Bold', 11, cs=1.6); y -= 14
glyphs(20*mm, y, 'Servizio Segreteria e Affari Generali', 'Helvetica', 10); y -= 22
c.rect(20*mm, y-8, 170*mm, 30, stroke=1, fill=0)
glyphs(23*mm, y+8, 'DETERMINAZIONE N. 245 DEL 11/05/2028', 'Helvetica-Bold', 10.5)
glyphs(23*mm, y-4, '(Registro generale)   -   Numero di Area: 71 del 09/05/2028', 'Helvetica', 9)
y -= 32
glyphs(20*mm, y, 'OGGETTO:', 'Helvetica-Bold', 10)
y = para(y-14, "Impegno di spesa per il rinnovo dell'abbonamento alla banca dati giuridica on line per l'anno 2028 - CIG B5A1D07F22.", 'Helvetica-Bold', 10)
y -= 4
glyphs(62*mm, y, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", 'Helvetica-Bold', 10); y -= 18
for s in ["Visto il decreto del Sindaco n. 4 del 05/01/2028 con il quale e' stata conferita alla sottoscritta la responsabilita' dell'Area Amministrativa;",
          "Considerato che gli uffici comunali si avvalgono di una banca dati giuridica on line per la consultazione della normativa, della giurisprudenza e della prassi amministrativa, il cui abbonamento scade il 31/05/2028;",
          "Acquisita sul Mercato Elettronico della Pubblica Amministrazione l'offerta della societa' Lex Servizi Editoriali s.r.l. per l'importo di euro 1.380,00 oltre IVA;",
          "Visti l'art. 50 del D.Lgs. 36/2023 e l'art. 183 del D.Lgs. 267/2000;"]:
    y = para(y, s)
glyphs(95*mm, y-4, 'D E T E R M I N A', 'Helvetica-Bold', 10.5); y -= 22
for i, s in enumerate(["di affidare alla societa' Lex Servizi Editoriali s.r.l. il rinnovo dell'abbonamento alla banca dati giuridica on line per il periodo 01/06/2028 - 31/05/2029;",
                       "di impegnare la somma di euro 1.683,60, IVA compresa, al capitolo 1043/4 del bilancio 2028-2030, annualita' 2028;",
                       "di dare atto che il pagamento avverra' a presentazione di regolare fattura elettronica."], 1):
    glyphs(20*mm, y, '%d.' % i); y = para(y, s, x=26*mm, width=164*mm)
# running foot
glyphs(20*mm, 14*mm, 'Determinazione n. 245 del 11/05/2028 - pag. 1/1', 'Helvetica', 7.5)
# forms drawn last, out of reading order
c.doForm('sign'); c.doForm('lh')
# publication stamp up the right margin
c.saveState(); c.translate(200*mm, 80*mm); c.rotate(90); c.setFillColorRGB(0.15, 0.25, 0.6)
c.setFont('Helvetica-Bold', 8); c.drawString(0, 0, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 12/05/2028 AL 27/05/2028 - REG. PUBBL. N. 512")
c.restoreState()
c.showPage(); c.save()
