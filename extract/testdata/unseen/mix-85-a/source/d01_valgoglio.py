# Giunta comunale di Valgoglio (BG): reportlab, justified lines with Tw, letter-spaced heading (Tc),
# roll in two side-by-side columns "COGNOME Nome  P/A"
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import para, spaced
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Delibera GC 14-2026"); c.setCreator("Halley Informatica - Stampa Atti")
W, H = A4; L = 60
c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-60, "COMUNE DI VALGOGLIO")
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, H-74, "Provincia di Bergamo")
c.line(L, H-82, W-L, H-82)
spaced(c, 0, H-108, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", size=11.5, tc=1.2, center=W/2)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, H-124, "n. 14 del 12.3.2026")
c.rect(L, H-180, W-2*L, 46)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L+6, H-148, "OGGETTO:")
c.setFont("Helvetica", 9.5)
c.drawString(L+60, H-148, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI")
c.drawString(L+60, H-161, "MESSA IN SICUREZZA DELLA STRADA COMUNALE PER LA FRAZIONE NOVAZZA –")
c.drawString(L+60, H-174, "CUP B77H26000120004")
y = para(c, L, H-200, "L'anno duemilaventisei, addì dodici del mese di marzo, alle ore 18:30, nella sala delle adunanze della sede municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta comunale. All'appello risultano:", width=W-2*L)
y -= 6
rows = [("BERTOCCHI Marco", "Sindaco", "P"), ("FORNONI Laura", "Vicesindaco", "P"), ("MORSTABILINI Ivan", "Assessore", "A"), ("PEDRETTI Silvia", "Assessore", "P")]
colw = (W-2*L)/2
for col in range(2):
    x = L + col*colw
    c.setFont("Helvetica-Bold", 9); c.drawString(x+4, y, "COGNOME Nome"); c.drawString(x+120, y, "Carica"); c.drawString(x+200, y, "P/A")
    for i, (n, r, pa) in enumerate(rows[col*2:col*2+2]):
        c.setFont("Helvetica", 9.5); yy = y-15-14*i
        c.drawString(x+4, yy, n); c.drawString(x+120, yy, r); c.drawString(x+204, yy, pa)
y -= 48
c.setFont("Helvetica", 9.5); c.drawString(L, y, "Totale presenti: 3                Totale assenti: 1")
y = para(c, L, y-20, "Partecipa il Segretario comunale dott.ssa Cinzia Bonaldi, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il sig. Marco Bertocchi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", width=W-2*L)
spaced(c, 0, y-14, "LA GIUNTA COMUNALE", size=10.5, tc=1.5, center=W/2); y -= 32
y = para(c, L, y, "Premesso che la strada comunale di collegamento con la frazione Novazza presenta, nel tratto a monte del ponte sul torrente Goglio, cedimenti della scarpata di valle e l'assenza di barriere di sicurezza; vista la Deliberazione della Giunta Regionale di Lombardia che assegna al Comune un contributo di euro 180.000,00 per interventi di messa in sicurezza della viabilità montana;", width=W-2*L)
y = para(c, L, y-4, "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Paolo Rizzi, dell'importo complessivo di euro 215.000,00; acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;", width=W-2*L)
y = para(c, L, y-4, "Con voti unanimi favorevoli espressi per alzata di mano,", width=W-2*L)
spaced(c, 0, y-10, "DELIBERA", size=10.5, tc=3, center=W/2); y -= 28
pts = ["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale per la frazione Novazza, dell'importo complessivo di euro 215.000,00;",
       "di dare atto che la spesa trova copertura per euro 180.000,00 nel contributo regionale e per euro 35.000,00 con fondi propri di bilancio;",
       "di nominare Responsabile Unico del Progetto il geom. Elia Fornoni, Responsabile dell'Area Tecnica."]
for i, p in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, f"{i})"); y = para(c, L, y, p, width=W-2*L, indent=18) - 3
y = para(c, L, y-4, "Successivamente, con separata votazione e con voti unanimi favorevoli espressi per alzata di mano, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", width=W-2*L)
c.setFont("Helvetica", 9.5)
c.drawString(L, y-30, "IL SINDACO"); c.drawString(W-L-170, y-30, "IL SEGRETARIO COMUNALE")
c.drawString(L, y-44, "Marco Bertocchi"); c.drawString(W-L-170, y-44, "dott.ssa Cinzia Bonaldi")
c.setFont("Helvetica-Oblique", 7.5); c.drawString(L, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
