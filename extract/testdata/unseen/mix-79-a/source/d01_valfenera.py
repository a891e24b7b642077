# Valfenera (AT): Giunta deliberation, reportlab; every body line justified by setting Tw; roll table with P/A marks
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Deliberazione GC 18/2026"); c.setCreator("Sipal Sistema Atti")
W, H = A4; L, R = 62, W - 62
def head():
    c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-60, "COMUNE DI VALFENERA")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Provincia di Asti  -  Piazza Vittorio Emanuele II, 1  -  14017 Valfenera")
    c.line(L, H-82, R, H-82)
def foot(p):
    c.setFont("Helvetica", 7.5); c.drawString(L, 36, "Deliberazione G.C. n. 18 del 9.3.2026"); c.drawRightString(R, 36, "pag. %d di 2" % p)
y = H - 110
def just(text, size=10.5, font="Helvetica", lead=14):
    global y
    words = text.split(); line = []
    def out(ws, last):
        global y
        t = c.beginText(L, y); t.setFont(font, size)
        s = " ".join(ws)
        if not last and len(ws) > 1:
            gap = (R - L - stringWidth(s, font, size)) / (len(ws) - 1); t.setWordSpace(gap)
        t.textLine(s); t.setWordSpace(0); c.drawText(t); y -= lead
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line:
            out(line, False); line = []
        line.append(w)
    if line: out(line, True)
    y -= 4
head()
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 20
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "N. 18 del 9.3.2026"); y -= 24
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y, "OGGETTO:"); y -= 15
just("Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione dell'illuminazione pubblica di via Roma e della frazione Borgata Riva – CUP D27H26000120004.", font="Helvetica-Bold")
just("L'anno duemilaventisei, addì nove del mese di marzo alle ore 17:30 nella sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero per oggi convocati a seduta i componenti della Giunta Comunale. All'appello risultano:")
rows = [("1", "BOSCO Giancarlo", "Sindaco", "P", ""), ("2", "MOSSO Elisa", "Vice Sindaco", "P", ""), ("3", "GHIGO Piero", "Assessore", "", "A")]
x = [L, L+30, L+220, L+360, L+420]
c.setFont("Helvetica-Bold", 10); 
for xx, h in zip(x, ["N.", "Cognome e nome", "Carica", "Presente", "Assente"]): c.drawString(xx+4, y, h)
c.line(L, y-4, R, y-4); y -= 17; c.setFont("Helvetica", 10)
for r in rows:
    for xx, v in zip(x, r): c.drawString(xx+4 + (18 if xx >= L+360 else 0), y, v)
    y -= 15
c.line(L, y+10, R, y+10); c.setFont("Helvetica-Bold", 10); c.drawString(L+4, y-2, "Totale presenti: 2     Totale assenti: 1"); y -= 24
just("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a), del D.Lgs. 267/2000) il Segretario Comunale dott.ssa Laura Gribaudo.")
just("Il Sig. Giancarlo Bosco, nella sua qualità di Sindaco, assunta la presidenza e riconosciuta legale l'adunanza, dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "LA GIUNTA COMUNALE"); y -= 18
for p in ["Premesso che l'impianto di illuminazione pubblica di via Roma e della frazione Borgata Riva presenta corpi illuminanti obsoleti, con lampade a vapori di sodio ad alta pressione e consumi elevati;",
          "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Andrea Vigna di Asti, acquisito al protocollo n. 1187 del 27.2.2026, che prevede una spesa complessiva di euro 148.000,00;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;"]:
    just(p)
foot(1); c.showPage(); head(); y = H - 110
just("Con voti unanimi e favorevoli espressi in forma palese,")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "DELIBERA"); y -= 18
for i, p in enumerate(["di approvare il progetto di fattibilità tecnico-economica per la riqualificazione dell'illuminazione pubblica di via Roma e della frazione Borgata Riva, per un importo complessivo di euro 148.000,00;",
          "di dare atto che la spesa trova copertura al capitolo 20810 del bilancio di previsione 2026-2028, finanziato con contributo regionale;",
          "di nominare Responsabile Unico del Progetto il geom. Franco Cerrato, Responsabile dell'Area Tecnica;"], 1):
    just("%d) %s" % (i, p))
just("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 20; c.setFont("Helvetica", 10)
c.drawString(L, y, "IL PRESIDENTE"); c.drawRightString(R, y, "IL SEGRETARIO COMUNALE"); y -= 14
c.drawString(L, y, "Giancarlo Bosco"); c.drawRightString(R, y, "dott.ssa Laura Gribaudo"); y -= 12
c.setFont("Helvetica-Oblique", 8); c.drawString(L, y, "firmato digitalmente"); c.drawRightString(R, y, "firmato digitalmente")
foot(2); c.save()
