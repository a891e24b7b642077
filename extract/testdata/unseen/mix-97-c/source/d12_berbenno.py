# Giunta deliberation, Berbenno: letterhead and foot are Form XObjects used on both pages; signatures and roll drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Deliberazione G.C. 19/2026")
L, R = 62, W - 62
c.beginForm("head")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 50, "COMUNE DI BERBENNO")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 63, "Provincia di Bergamo – Piazza Roma, 1 – 24030 Berbenno (BG)")
c.line(L, H - 70, R, H - 70); c.endForm()
c.beginForm("foot")
c.setFont("Helvetica", 7.5); c.drawString(L, 30, "Deliberazione della Giunta Comunale n. 19 del 17.3.2026 – documento firmato digitalmente"); c.endForm()
def wrap(s, font, size, width):
    out, line = [], ""
    for w in s.split():
        tr = (line + " " + w).strip()
        if stringWidth(tr, font, size) > width and line: out.append(line); line = w
        else: line = tr
    return out + [line]
def para(y, s, font="Helvetica", size=10, x=L, lead=13.5):
    for ln in wrap(s, font, size, R - x):
        c.setFont(font, size); c.drawString(x, y, ln); y -= lead
    return y - 5
# ---- page 1: roll table first, then heading, then text
roll = [("Carminati Mario", "Sindaco", "P"), ("Rota Elisa", "Vicesindaco", "P"), ("Locatelli Giovanni", "Assessore", "A"), ("Mazzoleni Paola", "Assessore", "P"), ("Brumana Stefano", "Assessore", "P")]
ty = H - 330
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 40, ty, "Cognome e nome"); c.drawString(L + 220, ty, "Carica"); c.drawString(L + 340, ty, "Presente"); c.drawString(L + 400, ty, "Assente")
for i, (n, r, p) in enumerate(roll):
    yy = ty - 16 * (i + 1); c.setFont("Helvetica", 9.5)
    c.drawString(L + 40, yy, n); c.drawString(L + 220, yy, r); c.drawString(L + 358 if p == "P" else L + 416, yy, "X")
c.rect(L + 34, ty - 16 * len(roll) - 6, 420, 16 * len(roll) + 20)
c.setFont("Helvetica", 9.5); c.drawString(L + 40, ty - 16 * len(roll) - 22, "Totale presenti: 4      Totale assenti: 1")
c.doForm("foot")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, H - 100, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, H - 118, "N. 19 del 17.3.2026")
c.rect(L, H - 190, R - L, 58)
y = para(H - 148, "OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER LA FRAZIONE PONTE GIURINO – CUP H77H25001180004.", "Helvetica-Bold", 10, x=L + 8)
c.doForm("head")
y = para(H - 215, "L'anno duemilaventisei, addì diciassette del mese di marzo, alle ore 18:30, nella sala delle adunanze del Palazzo Municipale, previa osservanza delle formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale. All'appello risultano:")
y = para(ty - 16 * len(roll) - 48, "Assiste all'adunanza il Segretario comunale dott.ssa Anna Gervasoni, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il sig. Mario Carminati, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
y = para(y - 6, "LA GIUNTA COMUNALE", "Helvetica-Bold", 10, x=W / 2 - 60)
for s in ["PREMESSO che la strada comunale che collega il capoluogo alla frazione Ponte Giurino presenta, nel tratto compreso tra la località Cà Bonetti e il ponte sul torrente Imagna, tratti di scarpata in erosione e parapetti non conformi alle norme vigenti;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Federica Pesenti, incaricata con determinazione n. 8 del 21.1.2026, dell'importo complessivo di € 185.000,00, di cui € 142.300,00 per lavori comprensivi degli oneri per la sicurezza;",
          "DATO ATTO che l'intervento è finanziato con contributo regionale di cui al decreto n. 2214 del 12.2.2026 per € 150.000,00 e con fondi propri di bilancio per € 35.000,00;"]:
    y = para(y, s)
c.showPage()
# ---- page 2: signatures drawn first, then the dispositive part, then letterhead form
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 20, 250, "IL SINDACO"); c.drawString(R - 170, 250, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 9.5); c.drawString(L + 20, 236, "Mario Carminati"); c.drawString(R - 170, 236, "dott.ssa Anna Gervasoni")
c.doForm("foot")
y = H - 100
for s in ["VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "CON VOTI unanimi favorevoli espressi nelle forme di legge,"]:
    y = para(y, s)
y = para(y, "D E L I B E R A", "Helvetica-Bold", 10, x=W / 2 - 35)
for i, s in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale per la frazione Ponte Giurino, dell'importo complessivo di € 185.000,00;",
                       "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, cap. 3320 del bilancio 2026/2028;",
                       "di nominare Responsabile unico del progetto il geom. Walter Invernizzi, Responsabile dell'Area Tecnica;",
                       "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i); y = para(y, s, x=L + 16)
c.doForm("head")
c.showPage(); c.save()
