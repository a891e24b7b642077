"""Ponsacco, Sicraweb-like determinazione: letterhead on the left, the
Settore and Servizio under it, a grid with the general register and the
sector number, OGGETTO in a grey band; ReportLab canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rlkit import para

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione n. 12 del 10/01/2029")
c.setAuthor("Comune di Ponsacco")
L, R = 56, W - 56
TW = R - L


def head(pg):
    c.setLineWidth(0.8)
    c.rect(L, H - 98, 42, 50)
    c.setFont("Helvetica", 5); c.drawCentredString(L + 21, H - 75, "STEMMA")
    c.setFont("Helvetica-Bold", 15); c.drawString(L + 54, H - 62, "COMUNE DI PONSACCO")
    c.setFont("Helvetica", 9); c.drawString(L + 54, H - 75, "Provincia di Pisa")
    c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 54, H - 90, "SETTORE 3 - SERVIZI TECNICI E AMBIENTE")
    c.setFont("Helvetica", 8.5); c.drawString(L + 54, H - 101, "Servizio Manutenzioni e Verde Pubblico")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(R, 30, "Determinazione n. 12 del 10/01/2029 - pag. %d" % pg)
    c.line(L, 40, R, 40)


head(1)
y = H - 130
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, y, "DETERMINAZIONE DEL RESPONSABILE DI SETTORE")
y -= 14
# grid
c.setLineWidth(0.6)
gy = y - 36
c.rect(L, gy, TW, 36)
c.line(L + TW / 2, gy, L + TW / 2, gy + 36)
c.line(L, gy + 18, R, gy + 18)
c.setFont("Helvetica", 8)
c.drawString(L + 6, gy + 24, "Registro Generale")
c.drawString(L + TW / 2 + 6, gy + 24, "Registro di Settore")
c.setFont("Helvetica-Bold", 10)
c.drawString(L + 6, gy + 6, "N. 12 del 10/01/2029")
c.drawString(L + TW / 2 + 6, gy + 6, "N. 3 del 10/01/2029")
y = gy - 22
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI "
        "POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE STRADALI ALLA DITTA VERDE VALDERA S.N.C. - "
        "IMPEGNO DI SPESA - CIG B51E7A09C3")
from rlkit import lines_of
sl = lines_of(subj, "Helvetica-Bold", 9.5, TW - 70)
bh = 12 * len(sl) + 10
c.setFillGray(0.9); c.rect(L, y - bh + 10, TW, bh, fill=1, stroke=0); c.setFillGray(0)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 6, y, "OGGETTO:")
yy = y
for ln in sl:
    c.drawString(L + 66, yy, ln); yy -= 12
y = yy - 18

c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W / 2, y, "IL RESPONSABILE DEL SETTORE"); y -= 18
F, S, LD = "Times-Roman", 10.5, 13.5
body = [
    "Visto il decreto del Sindaco n. 31 del 28/12/2028, con il quale è stata attribuita alla sottoscritta la responsabilità del Settore 3 - Servizi Tecnici e Ambiente per l'anno 2029;",
    "Richiamata la deliberazione del Consiglio Comunale n. 58 del 19/12/2028, di approvazione del bilancio di previsione 2029-2031;",
    "Premesso che a seguito degli eventi meteorologici del mese di dicembre 2028 si è reso necessario intervenire con urgenza sulle alberature di via Roma, via Valli e viale Europa, che presentano rami spezzati e pericolanti;",
    "Dato atto che, interpellata tramite la piattaforma telematica START della Regione Toscana, la ditta Verde Valdera S.n.c., con sede in Capannoli, ha offerto l'importo di € 11.480,00 oltre IVA 22%, ritenuto congruo;",
    "Visto l'art. 50, comma 1, lett. b) del D.Lgs. 31 marzo 2023, n. 36;",
    "Accertata la regolarità contributiva della ditta (DURC prot. INAIL_46120733, valido fino al 04/04/2029);",
]
for b in body:
    y = para(c, L, y, b, F, S, TW, LD, first=18) - 4
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W / 2, y - 4, "D E T E R M I N A"); y -= 24
pts = [
    "di affidare alla ditta Verde Valdera S.n.c., P.IVA 01987650503, il servizio di potatura e messa in sicurezza delle alberature stradali di via Roma, via Valli e viale Europa, per l'importo di € 11.480,00 oltre IVA 22%, per complessivi € 14.005,60;",
    "di impegnare la somma di € 14.005,60 al capitolo 9640/1 \"Manutenzione del verde pubblico\" del bilancio 2029-2031, esercizio 2029;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di disporre la pubblicazione del presente atto nella sezione Amministrazione Trasparente del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    c.setFont(F, S); c.drawString(L + 6, y, "%d." % i)
    y = para(c, L + 22, y, p, F, S, TW - 22, LD) - 4
    if y < 120:
        c.showPage(); head(2); y = H - 130
y -= 16
c.setFont("Helvetica", 9.5)
c.drawString(L, y, "Ponsacco, 10/01/2029")
c.drawCentredString(R - 110, y, "IL RESPONSABILE DEL SETTORE 3"); y -= 13
c.drawCentredString(R - 110, y, "Arch. Simona Guidi"); y -= 11
c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(R - 110, y, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
y -= 30
c.setFont("Helvetica-Bold", 9); c.drawString(L, y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); y -= 13
y = para(c, L, y, "Si appone il visto di regolarità contabile ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 118/2029.", "Helvetica", 9, TW, 11.5)
c.drawString(L, y - 2, "Ponsacco, 10/01/2029"); c.drawCentredString(R - 110, y - 2, "IL RESPONSABILE DEL SETTORE 2")
c.drawCentredString(R - 110, y - 14, "Dott. Riccardo Fontanelli")
c.showPage()
c.save()
