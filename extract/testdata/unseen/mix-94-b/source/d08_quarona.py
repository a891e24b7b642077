# Quarona: reportlab; body lines justified with Tw (word spacing), headings letter-spaced with Tc;
# roll as two side-by-side column groups (1-6 left, 7-11 right) with P / A / A.G.
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 64, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("CC 5/2026 Quarona"); c.setCreator("Siscom Atti 2.0")
y = [H - 60]
def spaced(s, font, size, cs, center=True, yy=None):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t.setTextOrigin((L + R - w) / 2 if center else L, y[0] if yy is None else yy); t.textOut(s); c.drawText(t)
def para(text, font="Times-Roman", size=10.5, lead=13.8, indent=0, after=4, first=14):
    words = text.split(); lines = []; line = []; avail = R - L - indent
    for wd in words:
        cur = avail - (first if not lines else 0)
        if line and stringWidth(" ".join(line + [wd]), font, size) > cur: lines.append(line); line = []
        line.append(wd)
    lines.append(line)
    for i, ws in enumerate(lines):
        s = " ".join(ws); x0 = L + indent + (first if i == 0 else 0); cur = R - x0
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0); t.setTextOrigin(x0, y[0])
        if i < len(lines) - 1 and len(ws) > 1: t.setWordSpace((cur - stringWidth(s, font, size)) / (len(ws) - 1))
        t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= after
spaced("COMUNE DI QUARONA", "Times-Bold", 17, 3)
y[0] -= 15; spaced("PROVINCIA DI VERCELLI", "Times-Roman", 9, 2.2)
y[0] -= 8; c.line(L, y[0], R, y[0]); y[0] -= 24
spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Times-Bold", 11.5, 0.8)
y[0] -= 16; spaced("N. 5 del 16/02/2026", "Times-Bold", 11, 0.5); y[0] -= 22
para("OGGETTO: Adesione al Patto dei Sindaci per il Clima e l'Energia e approvazione delle linee di indirizzo per il Piano d'Azione per l'Energia Sostenibile e il Clima (PAESC) dell'Alta Valsesia.", "Times-Bold", 10.5, first=0, after=10)
para("L'anno duemilaventisei addì sedici del mese di febbraio alle ore 18:30, nella sala delle adunanze, convocato con avvisi scritti e recapitati a norma di legge, si è riunito in sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio Comunale, nelle persone dei Signori:")
roll = [("GUGLIELMINA Francesco", "Sindaco", "P"), ("TOSI Marina", "Consigliere", "P"), ("VIETTI Renzo", "Consigliere", "P"),
 ("CARESTIA Daniela", "Consigliere", "P"), ("ZANFA Giorgio", "Consigliere", "A.G."), ("DELLAROLE Mara", "Consigliere", "P"),
 ("GIACOBINO Piero", "Consigliere", "P"), ("CALCIATI Lorena", "Consigliere", "P"), ("PELLA Sergio", "Consigliere", "A"),
 ("RAGOZZA Fulvio", "Consigliere", "P"), ("CANTONO Elisa", "Consigliere", "P")]
y0 = y[0]
for col, chunk in enumerate([roll[:6], roll[6:]]):
    x = L + col * (R - L) / 2; y[0] = y0
    c.setFont("Times-Bold", 9); c.drawString(x, y[0], "Cognome e Nome"); c.drawString(x + 128, y[0], "Carica"); c.drawString(x + 188, y[0], "Pres./Ass.")
    y[0] -= 13; c.setFont("Times-Roman", 9.5)
    for n, r, s in chunk:
        c.drawString(x, y[0], n); c.drawString(x + 128, y[0], r); c.drawCentredString(x + 206, y[0], s); y[0] -= 12.5
y[0] = y0 - 13 - 6 * 12.5 - 6
c.setFont("Times-Italic", 8.5); c.drawString(L, y[0], "P = presente   A = assente   A.G. = assente giustificato          Totale presenti 9 – assenti 2"); y[0] -= 18
para("Assiste l'adunanza il Segretario Generale dott. Maurizio Cerutti, il quale provvede alla redazione del presente verbale.")
para("Essendo legale il numero degli intervenuti, la sig.ra Marina Tosi, Presidente del Consiglio Comunale, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
y[0] -= 2; spaced("IL CONSIGLIO COMUNALE", "Times-Bold", 10.5, 1.5); y[0] -= 16
para("Premesso che il Patto dei Sindaci per il Clima e l'Energia impegna i Comuni aderenti a ridurre le emissioni di CO2 di almeno il 40% entro il 2030 e ad adottare un approccio integrato di mitigazione e adattamento ai cambiamenti climatici;")
para("Considerato che i Comuni dell'Alta Valsesia intendono redigere in forma congiunta il PAESC, con il supporto tecnico dell'Unione Montana dei Comuni della Valsesia;")
para("Visto il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000;")
para("Con voti unanimi favorevoli espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti;")
y[0] -= 2; spaced("D E L I B E R A", "Times-Bold", 10.5, 1.2); y[0] -= 16
for i, t in enumerate(["di aderire al Patto dei Sindaci per il Clima e l'Energia, conferendo al Sindaco il mandato per la sottoscrizione del modulo di adesione;",
 "di approvare le linee di indirizzo per la redazione congiunta del PAESC dell'Alta Valsesia, allegate sub A);",
 "di dare atto che la presente deliberazione non comporta oneri a carico del bilancio comunale."], 1):
    para(f"{i}. {t}", indent=12, first=0)
para("Con successiva votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y[0] -= 14; c.setFont("Times-Bold", 9.5)
c.drawCentredString(L + 90, y[0], "IL PRESIDENTE"); c.drawCentredString(R - 90, y[0], "IL SEGRETARIO GENERALE"); y[0] -= 13
c.setFont("Times-Roman", 9.5); c.drawCentredString(L + 90, y[0], "Marina Tosi"); c.drawCentredString(R - 90, y[0], "dott. Maurizio Cerutti")
c.setFont("Times-Italic", 7.5); c.drawString(L, 36, "Comune di Quarona – Piazza della Vittoria 17 – 13017 Quarona (VC) – Deliberazione C.C. n. 5/2026")
c.save()
