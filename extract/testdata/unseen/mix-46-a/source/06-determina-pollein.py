# Bilingual (French over Italian) determinazione, glyphs placed one by one, Tw justification,
# Tc letter-spaced headings, Albo stamp rotated along the left margin (reportlab, raw operators)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from rlutil import wrap, glyphs, justified
W, H = A4
c = canvas.Canvas('../determina-pollein-apkappa.pdf', pagesize=A4)
c.setTitle('Determinazione 58/2026'); c.setAuthor('Ufficio segreteria'); c.setCreator('Sistema Atti Amministrativi')
LM, RM = 72, W - 60
TW = RM - LM
def centre_glyphs(y, text, font, size, cs=0):
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    glyphs(c, (W - w) / 2, y, text, font, size, cs)
def stamp(page):
    c.saveState(); c.translate(34, 120); c.rotate(90)
    c.setFillColorRGB(0.15, 0.25, 0.55); c.setFont('Helvetica', 7.5)
    c.drawString(0, 0, "Pubblicata all'Albo pretorio on line dal 10/04/2026 al 25/04/2026 - reg. pubbl. n. 312 - Publiée au tableau d'affichage en ligne")
    c.restoreState()
def page_head():
    # crest
    c.setStrokeColorRGB(0.5, 0.1, 0.1); c.setLineWidth(1.2)
    p = c.beginPath(); p.moveTo(LM, H-50); p.lineTo(LM+34, H-50); p.lineTo(LM+34, H-82); p.curveTo(LM+34, H-96, LM+17, H-100, LM+17, H-100)
    p.curveTo(LM+17, H-100, LM, H-96, LM, H-82); p.close(); c.drawPath(p)
    glyphs(c, LM+48, H-58, 'COMMUNE DE POLLEIN', 'Times-Bold', 14, 0.6)
    glyphs(c, LM+48, H-74, 'COMUNE DI POLLEIN', 'Times-Bold', 14, 0.6)
    glyphs(c, LM+48, H-88, "Région Autonome Vallée d'Aoste", 'Times-Italic', 9)
    glyphs(c, LM+48, H-99, "Regione Autonoma Valle d'Aosta", 'Times-Italic', 9)
    c.setLineWidth(0.6); c.line(LM, H-108, RM, H-108)
def foot(n, tot):
    glyphs(c, LM, 40, 'Détermination / Determinazione n. 58 du / del 09/04/2026', 'Times-Roman', 8)
    glyphs(c, RM-40, 40, 'p. %d/%d' % (n, tot), 'Times-Roman', 8)
page_head(); stamp(1)
y = H - 140
centre_glyphs(y, 'DÉTERMINATION DU SECRÉTAIRE COMMUNAL', 'Times-Bold', 12, 2.2); y -= 16
centre_glyphs(y, 'DETERMINAZIONE DEL SEGRETARIO COMUNALE', 'Times-Bold', 12, 2.2); y -= 22
# register box
c.setLineWidth(0.8); c.rect(LM + 90, y - 22, TW - 180, 32)
centre_glyphs(y - 2, 'N° 58 du 09/04/2026', 'Times-Roman', 11)
centre_glyphs(y - 15, 'n. 58 del 09/04/2026', 'Times-Roman', 11)
y -= 50
# subject, French then Italian
glyphs(c, LM, y, 'OBJET :', 'Times-Bold', 10.5)
fr = "Engagement de dépense pour la fourniture de papeterie et de consommables aux bureaux communaux – année 2026 – CIG B8C1D77E20."
for ln in wrap(fr, 'Times-Italic', 10.5, TW - 70):
    glyphs(c, LM + 70, y, ln, 'Times-Italic', 10.5); y -= 13
y -= 4
glyphs(c, LM, y, 'OGGETTO:', 'Times-Bold', 10.5)
it = "Impegno di spesa per la fornitura di materiale di cancelleria e di consumo per gli uffici comunali – anno 2026 – CIG B8C1D77E20."
for ln in wrap(it, 'Times-Bold', 10.5, TW - 70):
    glyphs(c, LM + 70, y, ln, 'Times-Bold', 10.5); y -= 13
y -= 16
centre_glyphs(y, 'LE SECRÉTAIRE COMMUNAL / IL SEGRETARIO COMUNALE', 'Times-Bold', 10.5, 1.0); y -= 20
body = [
 "Richiamata la deliberazione del Consiglio comunale n. 31 del 19/12/2025, con la quale è stato approvato il bilancio di previsione pluriennale 2026/2028, e la deliberazione della Giunta comunale n. 2 del 08/01/2026 di assegnazione delle risorse ai responsabili dei servizi;",
 "Richiamata la legge regionale 7 dicembre 1998, n. 54, recante il sistema delle autonomie in Valle d'Aosta, e in particolare l'articolo 46, comma 4, in materia di competenze del segretario comunale;",
 "Considerato che si rende necessario provvedere all'acquisto del materiale di cancelleria e di consumo (carta, toner, raccoglitori) occorrente al regolare funzionamento degli uffici comunali per l'anno 2026;",
 "Vista l'offerta presentata sul mercato elettronico della pubblica amministrazione (MePA) dalla ditta Cartoleria Valdôtaine S.r.l. di Aosta, trattativa diretta n. 5128774, per un importo di euro 2.940,00 oltre IVA, ritenuta congrua;",
 "Visto l'articolo 50, comma 1, lettera b), del decreto legislativo 31 marzo 2023, n. 36;",
]
for t in body:
    y = justified(c, LM, y, t, 'Times-Roman', 10.5, TW, 13.2) - 5
y -= 6
centre_glyphs(y, 'D É T E R M I N E  /  D E T E R M I N A', 'Times-Bold', 11); y -= 20
pts = ["di affidare alla ditta Cartoleria Valdôtaine S.r.l., con sede in Aosta, la fornitura di materiale di cancelleria e di consumo per gli uffici comunali per l'anno 2026, per l'importo di euro 2.940,00 oltre IVA al 22%, per complessivi euro 3.586,80;",
       "di impegnare la spesa di euro 3.586,80 al capitolo 1043/10 del bilancio di previsione 2026/2028, esercizio 2026, che presenta la necessaria disponibilità;",
       "di dare atto che il pagamento avverrà a presentazione di regolare fattura elettronica, previa verifica della regolarità della fornitura."]
for i, t in enumerate(pts, 1):
    glyphs(c, LM, y, '%d)' % i, 'Times-Roman', 10.5)
    y = justified(c, LM + 20, y, t, 'Times-Roman', 10.5, TW - 20, 13.2) - 5
foot(1, 2); c.showPage()
page_head(); stamp(2)
y = H - 150
glyphs(c, LM, y, 'Pollein, le / lì 09/04/2026', 'Times-Roman', 10.5); y -= 40
glyphs(c, LM + 250, y, 'LE SECRÉTAIRE COMMUNAL', 'Times-Bold', 10.5); y -= 13
glyphs(c, LM + 250, y, 'IL SEGRETARIO COMUNALE', 'Times-Bold', 10.5); y -= 15
glyphs(c, LM + 250, y, 'Dott.ssa Nadia Perrin', 'Times-Italic', 10.5); y -= 13
glyphs(c, LM + 250, y, '(signé numériquement / firmato digitalmente)', 'Times-Roman', 8); y -= 50
c.setLineWidth(0.6); c.line(LM, y + 12, RM, y + 12)
centre_glyphs(y - 4, 'VISA DE RÉGULARITÉ COMPTABLE / VISTO DI REGOLARITÀ CONTABILE', 'Times-Bold', 10); y -= 24
y = justified(c, LM, y, "Si attesta la copertura finanziaria della spesa di cui alla presente determinazione, ai sensi dell'articolo 153, comma 5, del D.Lgs. 18 agosto 2000, n. 267 (impegno n. 214/2026).", 'Times-Roman', 10.5, TW, 13.2) - 10
glyphs(c, LM + 250, y, 'Il responsabile del servizio finanziario', 'Times-Roman', 10.5); y -= 13
glyphs(c, LM + 250, y, 'Rag. Elio Champrétavy', 'Times-Italic', 10.5)
foot(2, 2); c.showPage(); c.save()
