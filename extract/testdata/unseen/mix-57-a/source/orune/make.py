# Comune di Orune - certificate of publication: a pre-printed form (Courier, blanks of underscores)
# whose blanks were filled afterwards (Helvetica, drawn later in the content stream, sitting on the blanks).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Datagraph - Modulistica"); c.setTitle("Certificato di pubblicazione")
X = 62
form = []   # (y, text) - template lines
fill = []   # (x, y, text) - values typed into the blanks
def T(y, s): form.append((y, s))
def F(col, y, s): fill.append((X + col*6.0, y + 1.5, s))   # Courier 10pt: 6.0 pt per column
y = H - 70
T(y, "COMUNE DI ORUNE"); y -= 13
T(y, "Provincia di Nuoro"); y -= 13
T(y, "Via Giovanni XXIII n. 2 - 08020 Orune (NU)"); y -= 40
T(y, "                     CERTIFICATO DI PUBBLICAZIONE"); y -= 14
T(y, "            (art. 124 del D.Lgs. 18 agosto 2000, n. 267)"); y -= 36
T(y, "Il sottoscritto ________________________________, Responsabile del"); F(16, y, "Salvatore Goddi"); y -= 20
T(y, "Servizio ____________________________________________________,"); F(9, y, "Affari Generali"); y -= 30
T(y, "                            CERTIFICA"); y -= 30
T(y, "che copia della deliberazione della _____________________________"); F(36, y, "Giunta Comunale"); y -= 20
T(y, "n. ______ del ______________, avente ad oggetto:"); F(3, y, "21"); F(14, y, "05/03/2026"); y -= 20
T(y, "_________________________________________________________________"); F(0, y, "Concessione in uso gratuito dei locali dell'ex scuola elementare"); y -= 20
T(y, "_________________________________________________________________"); F(0, y, "di via Deledda all'Associazione culturale \"Su Connottu\" per il"); y -= 20
T(y, "_________________________________________________________________"); F(0, y, "biennio 2026-2027. Approvazione schema di convenzione."); y -= 30
T(y, "e' stata pubblicata all'Albo Pretorio on line di questo Comune"); y -= 20
T(y, "dal ______________ al ______________ per quindici giorni"); F(4, y, "06/03/2026"); F(22, y, "21/03/2026"); y -= 20
T(y, "consecutivi, al n. ________ del Registro delle pubblicazioni,"); F(19, y, "118"); y -= 20
T(y, "senza opposizioni o reclami."); y -= 40
T(y, "Orune, li ______________"); F(11, y, "23/03/2026"); y -= 50
T(y, "                                   IL RESPONSABILE DEL SERVIZIO"); y -= 30
T(y, "                                   ____________________________"); F(37, y, "Salvatore Goddi"); y -= 16
T(y, "                                   (firmato digitalmente)")
c.setFont("Courier", 10)
for yy, s in form: c.drawString(X, yy, s)
c.setFont("Courier-Bold", 10); c.drawString(X, H-70, "COMUNE DI ORUNE")
c.setLineWidth(0.5); c.line(X, H-108, W-X, H-108)
c.setFont("Helvetica", 6.5); c.drawString(X, 40, "Mod. SG/12 - rev. 2019 - Datagraph modulistica")
# filled values, drawn last (as a form-filler overlays them)
c.setFont("Helvetica-Oblique", 10.5)
for xx, yy, s in fill: c.drawString(xx, yy, s)
c.showPage(); c.save()
