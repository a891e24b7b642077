# Determinazione of the Comune di Tortolì (NU) - ReportLab canvas, DejaVu Sans Condensed embedded.
# Left-aligned heading with the Area, a boxed register reference at the right (general number and date,
# sector number without a date), dash-bulleted operative points.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from common_rl import register_dejavu, CanvasWriter

F, FB, FI, FBI = register_dejavu("DejaVuSansCondensed")
OUT = "det-tortoli-centro-estivo.pdf"
W, H = A4
L, R = 20 * mm, 20 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Determinazione n. 311 del 05/03/2026")
c.setAuthor("Comune di Tortolì")


def on_page(cv, n):
    cv.setFont(F, 7.5)
    cv.setFillColor(colors.HexColor("#555555"))
    cv.drawString(L, 10 * mm, "Comune di Tortolì – Via Garibaldi 1 – 08048 Tortolì (NU) – C.F. 82001030915")
    cv.drawRightString(W - R, 10 * mm, "Determinazione n. 311/2026 – pagina %d" % n)
    cv.setFillColor(colors.black)
    if n > 1:
        cv.setFont(FI, 8)
        cv.drawString(L, H - 13 * mm, "Area Servizi Sociali, Cultura e Pubblica Istruzione")


on_page(c, 1)
c.setFont(FB, 16)
c.drawString(L, H - 22 * mm, "COMUNE DI TORTOLÌ")
c.setFont(F, 9.5)
c.drawString(L, H - 27 * mm, "Provincia di Nuoro")
c.setFont(FB, 9.5)
c.drawString(L, H - 36 * mm, "AREA SERVIZI SOCIALI, CULTURA")
c.drawString(L, H - 40.5 * mm, "E PUBBLICA ISTRUZIONE")
# register box at the right
bx, by, bw, bh = W - R - 72 * mm, H - 44 * mm, 72 * mm, 24 * mm
c.setLineWidth(0.9)
c.rect(bx, by, bw, bh)
c.setFont(FB, 10.5)
c.drawCentredString(bx + bw / 2, by + bh - 6.5 * mm, "DETERMINAZIONE")
c.setFont(F, 9)
c.drawCentredString(bx + bw / 2, by + bh - 12 * mm, "Registro Generale")
c.setFont(FB, 10)
c.drawCentredString(bx + bw / 2, by + bh - 16.5 * mm, "n. 311 del 05/03/2026")
c.setFont(F, 8.5)
c.drawCentredString(bx + bw / 2, by + 2.5 * mm, "Numero di settore: 41")
c.line(bx, by + 7 * mm, bx + bw, by + 7 * mm)

w = CanvasWriter(c, L, R, 52 * mm, 20 * mm, on_page=on_page)
J = dict(align="justify")
w.para("Oggetto: Centro estivo comunale per minori – anno 2026. Determinazione a contrarre e affidamento diretto "
       "del servizio alla Cooperativa Sociale “Su Pinnacolu” ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. "
       "n. 36/2023. CIG B9F2D41A07.", FB, 10, 13.5, **J)
c.setLineWidth(0.4)
c.line(L, w.y - 1 * mm, W - R, w.y - 1 * mm)
w.space(5 * mm)
w.para("LA RESPONSABILE DELL’AREA", FB, 10, 13, align="center")
w.space(1 * mm)
for p in [
    "Visto il decreto del Sindaco n. 3 del 10/01/2026, di conferimento dell’incarico di Responsabile dell’Area "
    "Servizi Sociali, Cultura e Pubblica Istruzione con attribuzione delle funzioni di cui all’art. 107 del "
    "D.Lgs. 267/2000;",
    "Richiamata la deliberazione della Giunta Comunale n. 22 del 19/02/2026, con la quale sono stati forniti "
    "gli indirizzi per l’organizzazione del centro estivo comunale rivolto ai minori di età compresa tra i 6 e "
    "i 13 anni, per il periodo dal 29 giugno al 7 agosto 2026;",
    "Considerato che il Comune non dispone di personale educativo sufficiente per la gestione diretta del "
    "servizio e che si rende pertanto necessario procedere all’affidamento esterno;",
    "Visto l’art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto "
    "dei servizi di importo inferiore a euro 140.000,00;",
    "Dato atto che, a seguito di indagine informale di mercato sulla piattaforma SardegnaCAT, la Cooperativa "
    "Sociale “Su Pinnacolu”, con sede in Tortolì, ha presentato l’offerta economicamente più conveniente, pari "
    "a euro 46.850,00 oltre IVA al 5%, per n. 60 iscritti e sei settimane di attività;",
    "Accertata la regolarità contributiva dell’operatore economico e verificata l’assenza di cause di "
    "esclusione mediante il Fascicolo virtuale dell’operatore economico;",
    "Dato atto che la spesa trova copertura sul capitolo 10410.5 del bilancio di previsione 2026/2028, "
    "esercizio 2026, finanziato per euro 30.000,00 con il contributo regionale ex L.R. n. 23/2005;",
]:
    w.para(p, F, 9.6, 12.6, gap=2.2, **J)
w.space(1.5 * mm)
w.para("DETERMINA", FB, 10.5, 14, align="center")
w.space(1 * mm)
for p in [
    "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;",
    "di affidare alla Cooperativa Sociale “Su Pinnacolu”, P. IVA 01598740912, il servizio di gestione del "
    "centro estivo comunale per minori per l’anno 2026, per l’importo di euro 46.850,00 oltre IVA al 5% pari a "
    "euro 2.342,50, per complessivi euro 49.192,50;",
    "di impegnare la somma di euro 49.192,50 sul capitolo 10410.5 del bilancio 2026/2028, esercizio 2026;",
    "di nominare Responsabile Unico del Progetto l’istruttore direttivo Dott.ssa Marta Lai;",
    "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali ai sensi dell’art. 18 "
    "del D.Lgs. n. 36/2023 e che il presente atto sarà pubblicato nella sezione “Amministrazione Trasparente”.",
]:
    w.para(p, F, 9.6, 12.6, hang=6 * mm, label="–", gap=2.2, **J)
w.space(8 * mm)
w.need(22 * mm)
c.setFont(F, 9.5)
c.drawString(L, w.y, "Tortolì, 05/03/2026")
c.setFont(FB, 9.5)
c.drawCentredString(W - R - 40 * mm, w.y, "La Responsabile dell’Area")
c.setFont(F, 9.5)
c.drawCentredString(W - R - 40 * mm, w.y - 5 * mm, "Dott.ssa Giovanna Mura")
c.setFont(FI, 7.5)
c.drawCentredString(W - R - 40 * mm, w.y - 9 * mm, "firmato digitalmente")
w.y -= 20 * mm
w.need(30 * mm)
c.setLineWidth(0.5)
top = w.y
w.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", FB, 9, 12, align="center")
w.para("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si attesta la copertura finanziaria della spesa. "
       "Impegno n. 2026/452. Tortolì, 09/03/2026 – Il Responsabile del Servizio Finanziario, Rag. Antonio Ladu",
       F, 8.8, 11.5, **J)
c.rect(L - 2 * mm, w.y, W - L - R + 4 * mm, top - w.y + 2 * mm)
c.save()
print("wrote", OUT, w.page)
