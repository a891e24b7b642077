# reportlab: letterhead and footer are Form XObjects reused on both pages; agenda and signature drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.beginForm("head")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-50, "COMUNE DI AVISE – COMMUNE D'AVISE")
c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, H-63, "Région autonome Vallée d'Aoste – Regione autonoma Valle d'Aosta – Hameau Capoluogo, 11010 Avise (AO)")
c.line(50, H-70, W-50, H-70); c.endForm()
c.beginForm("foot")
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "Tél./Tel. 0165 91100 – protocollo@comune.avise.ao.it – Convocation / Convocazione Conseil communal / Consiglio comunale"); c.endForm()
def L(x, y, t, f="Helvetica", s=10): c.setFont(f, s); c.drawString(x, y, t)
c.doForm("foot")
# agenda first (it is lower on the page)
items = ["Lettura e approvazione dei verbali della seduta precedente.",
         "Variazione al bilancio di previsione 2026-2028. Ratifica.",
         "Approvazione del regolamento per la concessione in uso delle sale comunali.",
         "Comunicazioni del Sindaco."]
y = 430
for i, t in enumerate(items, 1): L(70, y, f"{i}. {t}"); y -= 16
L(70, 452, "ORDINE DEL GIORNO / ORDRE DU JOUR", "Helvetica-Bold", 10)
c.doForm("head")
L(320, 740, "Prot. n. 1893 del 10/06/2026", "Helvetica", 9)
L(320, 726, "Ai Consiglieri comunali – Aux Conseillers", "Helvetica", 9)
L(70, 680, "OGGETTO: Convocazione del Consiglio comunale – seduta ordinaria del 18 giugno 2026.", "Helvetica-Bold", 10)
L(70, 666, "OBJET : Convocation du Conseil communal – séance ordinaire du 18 juin 2026.", "Helvetica-Oblique", 10)
tx = ["Ai sensi dell'art. 12 del Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla",
      "seduta ordinaria del Consiglio comunale che si terrà giovedì 18 giugno 2026 alle ore 20:30 nella",
      "sala consiliare del Municipio, per trattare il seguente ordine del giorno.",
      "Vous êtes invité(e) à la séance ordinaire du Conseil communal du jeudi 18 juin 2026 à 20 h 30."]
y = 630
for t in tx: L(70, y, t); y -= 14
c.showPage()
c.doForm("foot")
L(330, 600, "Il Sindaco – Le Syndic", "Helvetica", 10)
L(330, 586, "Elena Bionaz", "Helvetica-Oblique", 10)
c.doForm("head")
L(70, 720, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso la")
L(70, 706, "segreteria comunale e consultabile negli orari di apertura degli uffici.")
L(70, 680, "La documentation est à la disposition des conseillers au secrétariat communal.", "Helvetica-Oblique")
L(70, 640, "Avise, 10/06/2026")
c.save()
