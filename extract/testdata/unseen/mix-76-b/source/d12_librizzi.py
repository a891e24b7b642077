# Librizzi (ME): bando with letterhead and foot as Form XObjects reused on both pages;
# on page 1 the signature block and the articles are drawn before the heading and the title.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Sicilia Atti 2.4"); c.setTitle("Bando n. 03/2026")
W, H = A4; L, R = 62, W - 62
def lh():
    c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, H-58, "COMUNE DI LIBRIZZI")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-72, "Città Metropolitana di Messina – Via Roma, 66 – 98064 Librizzi (ME)")
    c.drawCentredString(W/2, H-84, "AREA TECNICA – Servizio Patrimonio e Demanio"); c.line(L, H-92, R, H-92); c.endForm()
    c.beginForm("ft"); c.setFont("Helvetica-Oblique", 7.5); c.line(L, 48, R, 48)
    c.drawCentredString(W/2, 36, "Comune di Librizzi – PEC protocollo@pec.comune.librizzi.me.it – tel. 0941 32055"); c.endForm()
def wrap(s, size, width, font="Helvetica"):
    out, line = [], ""
    for w in s.split():
        if stringWidth((line + " " + w).strip(), font, size) <= width: line = (line + " " + w).strip()
        else: out.append(line); line = w
    out.append(line); return out
def block(y, s, size=10, font="Helvetica"):
    c.setFont(font, size)
    for l in wrap(s, size, R - L, font): c.drawString(L, y, l); y -= size + 3.5
    return y - 4
lh()
c.doForm("lh"); c.doForm("ft")
arts = [("Art. 1 – Oggetto", "Il Comune di Librizzi concede in uso, per la durata di sei anni, n. 4 lotti di terreno comunale in contrada Sant'Antonio, della superficie complessiva di ha 38.20.15, da destinare esclusivamente al pascolo di bestiame bovino e ovi-caprino."),
        ("Art. 2 – Requisiti", "Possono partecipare gli imprenditori agricoli professionali e i coltivatori diretti iscritti alla C.C.I.A.A., titolari di codice aziendale zootecnico, in regola con gli obblighi contributivi e non morosi nei confronti dell'Ente."),
        ("Art. 3 – Canone", "Il canone annuo a base d'asta è fissato in € 95,00 per ettaro; l'aggiudicazione avviene per singolo lotto a favore dell'offerta economicamente più alta, con precedenza ai residenti in caso di parità."),
        ("Art. 4 – Domande", "Le domande, redatte sul modello allegato, devono pervenire all'Ufficio Protocollo entro le ore 12:00 del 20 aprile 2026, a mano o a mezzo PEC.")]
# signature first (out of reading order)
c.setFont("Helvetica", 10); c.drawString(R-190, 150, "IL RESPONSABILE DELL'AREA TECNICA"); c.drawString(R-190, 136, "geom. Antonino Pizzino")
c.drawString(L, 150, "Librizzi, 18/03/2026")
y = H - 250
for t, s in arts[:3]:
    c.setFont("Helvetica-Bold", 10); c.drawString(L, y, t); y = block(y - 14, s)
# then the heading and title
c.setFont("Helvetica-Bold", 10); c.drawString(L, H-112, "Prot. n. 2417"); c.drawRightString(R, H-112, "BANDO N. 03/2026")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, H-145, "BANDO PUBBLICO")
yy = H - 165
for l in wrap("PER LA CONCESSIONE IN USO DI TERRENI COMUNALI AD USO PASCOLO IN CONTRADA SANT'ANTONIO – PERIODO 2026-2032", 11, R - L - 40, "Helvetica-Bold"):
    c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, yy, l); yy -= 15
c.showPage()
c.doForm("lh"); c.doForm("ft")
y = H - 130
for t, s in arts[3:] + [("Art. 5 – Informazioni", "Il bando, il modello di domanda e la planimetria dei lotti sono pubblicati all'Albo Pretorio on line e sul sito istituzionale. Responsabile del procedimento: geom. Antonino Pizzino.")]:
    c.setFont("Helvetica-Bold", 10); c.drawString(L, y, t); y = block(y - 14, s)
c.setFont("Helvetica-Oblique", 8); c.drawRightString(R, 60, "pag. 2 di 2")
c.showPage(); c.save()
