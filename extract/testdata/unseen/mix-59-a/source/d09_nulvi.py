# Comune di Nulvi - certificato di pubblicazione: a typewriter-like Word form (Courier), blanks of underscores filled in
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Certificato pubblicazione"); c.setAuthor("segreteria"); c.setCreator("Microsoft Word - modulo_cert_pubbl.doc"); c.setProducer("Siscom Stampa Moduli / PDFCreator 1.2.3")
x0 = 70; y = H - 80; F = "Courier"; B = "Courier-Bold"
def line(s, font=F, size=11, lead=15, x=None, centre=False):
    global y
    c.setFont(font, size)
    if centre: c.drawCentredString(W / 2, y, s)
    else: c.drawString(x if x is not None else x0, y, s)
    y -= lead
line("COMUNE DI NULVI", B, 16, 18, centre=True)
line("Provincia di Sassari", F, 11, 14, centre=True)
line("UFFICIO SEGRETERIA - ALBO PRETORIO", F, 10, 10, centre=True)
c.line(x0, y, W - x0, y); y -= 36
line("CERTIFICATO DI PUBBLICAZIONE", B, 14, 14, centre=True)
line("(art. 124 del D.Lgs. 18 agosto 2000, n. 267)", F, 10, 34, centre=True)
body = [
"Il sottoscritto Segretario Comunale, su conforme attestazione",
"del Messo comunale,",
"",
"                          C E R T I F I C A",
"",
"che la deliberazione della ___Giunta Comunale___",
"n. ____31____ del ___05/03/2026___ avente ad oggetto:",
"",
"Concessione contributo straordinario all'Associazione",
"Turistica Pro Loco di Nulvi per l'organizzazione dei riti",
"della Settimana Santa 2026.",
"",
"e' stata pubblicata all'Albo Pretorio on line di questo",
"Comune il giorno ___09/03/2026___ e vi rimarra' per 15 giorni",
"consecutivi, fino al ___24/03/2026___, ai sensi dell'art.",
"124, comma 1, del D.Lgs. 267/2000.",
"",
"N. Registro delle pubblicazioni: ____188____",
"",
"Nulvi, li' ___09/03/2026___",
]
for s in body: line(s, F, 11.5, 16)
y -= 30
c.setFont(F, 11)
c.drawString(x0, y, "IL MESSO COMUNALE"); c.drawString(W / 2 + 20, y, "IL SEGRETARIO COMUNALE"); y -= 16
c.drawString(x0, y, "_____Sanna Giovanni_____"); c.drawString(W / 2 + 20, y, "Dott.ssa Paola Deiana"); y -= 13
c.setFont(F, 8); c.drawString(W / 2 + 20, y, "(firma autografa sostituita a mezzo"); y -= 10
c.drawString(W / 2 + 20, y, "stampa ex art. 3 D.Lgs. 39/1993)")
c.setFont(F, 8); c.drawString(x0, 40, "Mod. SEG/07 - rev. 2014")
c.save()
