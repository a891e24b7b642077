# Giunta comunale of Zagarise: reportlab; letterhead and footer are Form XObjects; body drawn out of reading order (signatures and roll before the heading)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 60, W - 60
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 55, "COMUNE DI ZAGARISE")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 68, "Provincia di Catanzaro – Corso Umberto I – 88050 Zagarise (CZ)"); c.line(L, H - 75, R, H - 75); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W / 2, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005"); c.endForm()
def wrap(s, f, sz, w):
    out, ln = [], []
    for x in s.split():
        if stringWidth(" ".join(ln + [x]), f, sz) > w and ln: out.append(" ".join(ln)); ln = [x]
        else: ln.append(x)
    return out + [" ".join(ln)]
blocks = []  # (y, lines, font, size, x)
y = H - 100
def add(s, f="Helvetica", sz=10, center=False, gap=3):
    global y
    for ln in wrap(s, f, sz, R - L):
        blocks.append((y, ln, f, sz, center)); y -= sz + 3.5
    y -= gap
add("DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 11.5, True)
add("N. 27 del 26 marzo 2026", "Helvetica-Bold", 10, True, 8)
add("OGGETTO: Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza del costone roccioso di località Timpa – CUP D47H26000150002.", "Helvetica-Bold", 10)
add("L'anno duemilaventisei, il giorno ventisei del mese di marzo, alle ore 17:45, nella Residenza Municipale, si è riunita la Giunta Comunale. Sono presenti e assenti i signori:")
roll_y = y; y -= 4 * 13 + 6
add("Presiede il Sindaco Domenico Gallo. Assiste il Segretario Comunale avv. Caterina Procopio.")
add("LA GIUNTA COMUNALE", "Helvetica-Bold", 10, True)
add("PREMESSO che il costone roccioso sovrastante la strada comunale di località Timpa presenta fenomeni di distacco di massi; VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Pasquale Scalise per un importo complessivo di € 480.000,00; VISTI i pareri di regolarità tecnica e contabile;")
add("Con voti unanimi resi nei modi di legge,")
add("DELIBERA", "Helvetica-Bold", 10, True)
for i, s in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del costone roccioso di località Timpa;",
                       "di candidare l'intervento al finanziamento regionale per la mitigazione del rischio idrogeologico;",
                       "di nominare RUP l'arch. Giovanna Mirarchi, Responsabile dell'Area Tecnica."], 1):
    add(f"{i}. {s}")
add("Con separata votazione unanime, la presente è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, D.Lgs. 267/2000.")
sig_y = y - 14
# drawing order: footer, signatures, roll, then the body from the bottom up, letterhead last
c.doForm("foot")
c.setFont("Helvetica", 10)
c.drawCentredString(L + 90, sig_y - 13, "Domenico Gallo"); c.drawCentredString(R - 90, sig_y - 13, "avv. Caterina Procopio")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(L + 90, sig_y, "IL SINDACO"); c.drawCentredString(R - 90, sig_y, "IL SEGRETARIO COMUNALE")
roll = [("Gallo Domenico", "Sindaco", "presente"), ("Talarico Anna Maria", "Vice Sindaco", "presente"),
        ("Scumaci Luigi", "Assessore", "assente giustificato"), ("Raffaele Teresa", "Assessore", "presente")]
for i, (n, q, p) in reversed(list(enumerate(roll))):
    yy = roll_y - i * 13; c.setFont("Helvetica", 10)
    c.drawString(L + 260, yy, p); c.drawString(L + 150, yy, q); c.drawString(L + 20, yy, n)
for (yy, ln, f, sz, cen) in reversed(blocks):
    c.setFont(f, sz)
    if cen: c.drawCentredString(W / 2, yy, ln)
    else: c.drawString(L, yy, ln)
c.doForm("head")
c.save()
