# Comune di Montemurlo (PO) - avviso del Sindaco: indizione di un'istruttoria pubblica.
# Text layer made awkwardly on purpose: every line is justified with character spacing (Tc) computed
# per line; the letterhead is a Form XObject; the page is drawn out of reading order (signature and
# closing first, then the body from the last paragraph up, the title last); a protocol stamp runs up
# the left margin, rotated 90 degrees.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

FD = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Serif", "LiberationSerif-Regular.ttf"), ("Serif-B", "LiberationSerif-Bold.ttf"),
             ("Serif-I", "LiberationSerif-Italic.ttf"), ("Sans", "LiberationSans-Regular.ttf"),
             ("Sans-B", "LiberationSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

W, H = A4
L, R = 72, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Avviso istruttoria pubblica Oste"); c.setAuthor("Ufficio Partecipazione")
c.setCreator("Montemurlo Atti - modulo Avvisi")

# ---- layout pass: compute every line (text, x, y, font, size, Tc) in reading order ----
ops = []          # (group, kind, payload)
y = H - 150
def emit(group, s, x, yy, font, size, tc=0.0):
    ops.append((group, (s, x, yy, font, size, tc)))
def centred(group, s, font, size, lead, tc=0.0):
    global y
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    emit(group, s, (L + R) / 2 - w / 2, y, font, size, tc); y -= lead
def para(group, text, font="Serif", size=11.3, lead=14.6, first=22, indent=0, after=5, justify=True):
    global y
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        ind = first if i == 0 else indent
        s = " ".join(ln); tc = 0.0
        if justify and i < len(lines) - 1 and len(s) > 1:
            tc = (R - L - ind - stringWidth(s, font, size)) / (len(s) - 1)
        emit(group, s, L + ind, y, font, size, tc); y -= lead
    y -= after

centred("title", "IL SINDACO", "Serif-B", 13, 22, tc=3)
centred("title", "AVVISO PUBBLICO", "Sans-B", 15, 19, tc=1.5)
for s in ["INDIZIONE DI ISTRUTTORIA PUBBLICA SUL PROGETTO DI FATTIBILITÀ",
          "TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELLA PIAZZA CENTRALE",
          "E DEI PERCORSI PEDONALI DELLA FRAZIONE DI OSTE"]:
    centred("title", s, "Sans-B", 11.2, 14)
y -= 12
body = [
 "VISTO l'art. 22 dello Statuto comunale, che disciplina l'istruttoria pubblica quale forma di partecipazione dei cittadini ai procedimenti relativi all'adozione di atti di interesse generale;",
 "VISTO il Regolamento comunale per la partecipazione dei cittadini, approvato con deliberazione del Consiglio comunale n. 41 del 28 luglio 2022, e in particolare gli artt. 14, 15 e 16;",
 "VISTA la deliberazione della Giunta comunale n. 88 del 4 giugno 2026, con la quale è stata indetta l'istruttoria pubblica sul progetto di fattibilità tecnico-economica per la riqualificazione della piazza centrale e dei percorsi pedonali della frazione di Oste, ed è stato individuato quale responsabile del procedimento il Dirigente del Servizio Lavori Pubblici;",
 "CONSIDERATO che sulla richiesta di istruttoria pubblica, presentata ai sensi dell'art. 15 del citato Regolamento, sono state raccolte n. 347 firme di cittadini residenti, verificate dall'Ufficio Elettorale;",
]
for s in body:
    para("body", s)
centred("body", "RENDE NOTO", "Serif-B", 12, 18, tc=4)
body2 = [
 "che l'istruttoria pubblica si svolgerà in forma di udienza pubblica il giorno lunedì 22 giugno 2026, alle ore 17:30, presso la Sala consiliare del Palazzo comunale, in piazza Don Milani n. 1, Montemurlo;",
 "che all'udienza possono partecipare, con diritto di parola, i cittadini singoli o associati, le associazioni, i comitati e i soggetti portatori di interessi diffusi che ne facciano richiesta scritta entro le ore 12:00 di venerdì 19 giugno 2026, mediante il modulo disponibile sul sito istituzionale, consegnato all'Ufficio Relazioni con il Pubblico o inviato all'indirizzo comune.montemurlo@postacert.toscana.it;",
 "che ciascun intervento non potrà superare dieci minuti e che i partecipanti possono depositare memorie scritte e documenti fino alla chiusura dell'udienza;",
 "che gli elaborati del progetto sono consultabili presso il Servizio Lavori Pubblici, negli orari di apertura al pubblico, e nella sezione \"Partecipa\" del sito istituzionale;",
 "che dell'udienza è redatto verbale, che sarà trasmesso alla Giunta comunale e pubblicato all'Albo Pretorio on line; la Giunta si pronuncerà motivatamente sulle risultanze dell'istruttoria entro trenta giorni dalla sua conclusione.",
]
for s in body2:
    para("body", s)
y -= 4
para("close", "Montemurlo, 9 giugno 2026", justify=False, first=0)
y -= 6
sigx = R - 190
emit("sign", "IL SINDACO", sigx + 48, y, "Serif-B", 11.5); y -= 14
emit("sign", "Giulia Paoletti", sigx + 44, y, "Serif", 11.5); y -= 12
emit("sign", "(firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", sigx - 20, y, "Serif-I", 8)

# ---- letterhead as a Form XObject ----
c.beginForm("Intestazione")
c.setFillColorRGB(0.55, 0.1, 0.12); c.rect(L, H - 108, 38, 48, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont("Serif-B", 20); c.drawCentredString(L + 19, H - 92, "M")
c.setFillColorRGB(0, 0, 0)
c.setFont("Serif-B", 19); c.drawString(L + 52, H - 80, "COMUNE DI MONTEMURLO")
c.setFont("Serif-I", 10.5); c.drawString(L + 52, H - 95, "Provincia di Prato")
c.setFont("Sans", 7.8); c.drawString(L + 52, H - 107, "Piazza Don Milani, 1 – 59013 Montemurlo (PO) – Ufficio Partecipazione e Relazioni con il Pubblico")
c.setLineWidth(0.8); c.line(L, H - 116, R, H - 116)
c.endForm()
c.beginForm("Piede")
c.setFont("Sans", 7); c.setLineWidth(0.4); c.line(L, 48, R, 48)
c.drawCentredString((L + R) / 2, 38, "Comune di Montemurlo – Ufficio Relazioni con il Pubblico – PEC comune.montemurlo@postacert.toscana.it – www.comune.montemurlo.po.it")
c.endForm()

def draw(item):
    s, x, yy, font, size, tc = item
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc); t.setTextOrigin(x, yy); t.textOut(s); c.drawText(t)

# ---- drawing pass, out of reading order ----
for g in ("sign", "close"):
    for grp, it in ops:
        if grp == g: draw(it)
for grp, it in reversed([o for o in ops if o[0] == "body"]):
    draw(it)
c.doForm("Piede")
for grp, it in ops:
    if grp == "title": draw(it)
c.doForm("Intestazione")
# protocol stamp up the left margin
c.saveState(); c.translate(44, 250); c.rotate(90)
c.setStrokeColorRGB(0.15, 0.25, 0.55); c.setFillColorRGB(0.15, 0.25, 0.55)
c.roundRect(-6, -8, 392, 26, 4, stroke=1, fill=0)
c.setFont("Sans-B", 7.5); c.drawString(0, 7, "COMUNE DI MONTEMURLO – PROTOCOLLO GENERALE")
c.setFont("Sans", 7.5); c.drawString(0, -2, "Prot. n. 0014527 del 09/06/2026 – Partenza – Class. 1.9 – Fasc. 2026/3")
c.restoreState()
c.showPage(); c.save()
