# Comune di Carate Brianza: Giunta deliberation; body lines justified with Tw (word spacing), headings letter-spaced with Tc;
# roll as a two-column P/A grid; date in words
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L = 62; R = W - 62; TW = R - L
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Civilia Next - Dedagroup PDF"); c.setTitle("Deliberazione GC 24/2026")
def just(y, text, font="Helvetica", size=10, lead=13.5, width=TW, x=L):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(0)
        t.setWordSpace((width - stringWidth(s, font, size)) / (len(l) - 1) if i < len(lines) - 1 and len(l) > 1 else 0)
        t.textOut(s); c.drawText(t); y -= lead
    return y
def spaced(y, s, font="Helvetica-Bold", size=12, cs=3):
    w = stringWidth(s, font, size) + cs * (len(s) - 1); t = c.beginText(W/2 - w/2, y); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
spaced(H-55, "COMUNE DI CARATE BRIANZA", size=15, cs=2.5)
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-69, "Provincia di Monza e della Brianza")
c.line(L, H-77, R, H-77)
spaced(H-100, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", size=11, cs=1.2)
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, H-117, "Deliberazione n. 24 del 26.02.2026")
c.rect(L, H-165, TW, 38, stroke=1, fill=0)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L+6, H-140, "OGGETTO:")
just(H-140, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL CENTRO SPORTIVO DI VIA XX SETTEMBRE - CUP D47H25001230004.", "Helvetica-Bold", 9.5, 12, TW-72, L+64)
y = just(H-188, "L'anno duemilaventisei, addì ventisei del mese di febbraio, alle ore 18:30, nella sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale. All'appello risultano:")
roll = [("VERONESI LUCA", "Sindaco", "P"), ("PASSONI MARTA", "Vice Sindaco", "P"), ("CAZZANIGA ROBERTO", "Assessore", "P"),
        ("SALA ELISA", "Assessore", "A"), ("VILLA GIORGIO", "Assessore", "P"), ("RIVA FEDERICA", "Assessore", "P")]
y -= 6; cw = TW / 2
for col in range(2):
    x0 = L + col * cw
    c.setFont("Helvetica-Bold", 8.5); c.drawString(x0+4, y, "Cognome e nome"); c.drawString(x0+128, y, "Carica"); c.drawString(x0+205, y, "P"); c.drawString(x0+222, y, "A")
c.line(L, y-4, R, y-4)
yy = y - 16
for i, (n, r, pa) in enumerate(roll):
    col, row = i // 3, i % 3; x0 = L + col * cw; ry = yy - row * 14
    c.setFont("Helvetica", 9); c.drawString(x0+4, ry, n); c.drawString(x0+128, ry, r); c.drawString(x0+(205 if pa == "P" else 222), ry, "X")
y = yy - 3*14 - 2; c.line(L, y+8, R, y+8); c.line(L+cw, y+8, L+cw, yy+20)
c.setFont("Helvetica", 9); c.drawString(L+4, y-4, "Presenti: 5     Assenti: 1")
y = just(y-22, "Partecipa il Segretario Generale dott.ssa Anna Maria Longoni, la quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sig. Luca Veronesi, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
spaced(y-10, "LA GIUNTA COMUNALE", size=10.5, cs=2); y -= 28
for t in ["PREMESSO che il centro sportivo comunale di via XX Settembre necessita di interventi di adeguamento normativo, efficientamento energetico e rifacimento del campo in erba sintetica;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'Area Lavori Pubblici, dell'importo complessivo di euro 1.250.000,00, di cui euro 980.000,00 per lavori;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del d.lgs. 267/2000;"]:
    y = just(y, t) - 4
c.setFont("Helvetica", 10); c.drawString(L, y, "Con voti unanimi favorevoli, espressi nelle forme di legge,"); y -= 18
spaced(y, "D E L I B E R A", size=10.5, cs=1); y -= 18
for i, t in enumerate(["di approvare il progetto di fattibilità tecnico-economica per la riqualificazione del centro sportivo di via XX Settembre, per l'importo complessivo di euro 1.250.000,00;",
                       "di dare atto che la spesa trova copertura al capitolo 62010 del bilancio 2026-2028, finanziato per euro 700.000,00 con contributo regionale e per la restante parte con mutuo;",
                       "di nominare Responsabile Unico del Progetto l'arch. Paolo Mariani, Responsabile dell'Area Lavori Pubblici."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, f"{i})"); y = just(y, t, width=TW-18, x=L+18) - 3
y = just(y-6, "Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del d.lgs. 267/2000.")
y -= 22; c.setFont("Helvetica-Bold", 9.5); c.drawString(L+20, y, "IL SINDACO"); c.drawString(R-200, y, "IL SEGRETARIO GENERALE")
c.setFont("Helvetica", 9.5); c.drawString(L+20, y-13, "Luca Veronesi"); c.drawString(R-200, y-13, "dott.ssa Anna Maria Longoni")
c.setFont("Helvetica", 7); c.drawCentredString(W/2, 28, "Documento informatico firmato digitalmente ai sensi del d.lgs. 82/2005 - Deliberazione G.C. n. 24/2026")
c.showPage(); c.save()
