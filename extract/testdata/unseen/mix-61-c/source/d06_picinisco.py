# Deliberazione di Giunta - Comune di Picinisco (FR). ReportLab canvas: every body line is set
# on its own and justified with word spacing (Tw); the Albo's publication stamp is drawn rotated
# 90 degrees along the left margin of every page.
import sys, re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = "/usr/share/fonts/truetype/liberation/"
for n, f in [("T", "LiberationSerif-Regular"), ("TB", "LiberationSerif-Bold"), ("TI", "LiberationSerif-Italic"), ("S", "LiberationSans-Regular"), ("SB", "LiberationSans-Bold")]:
    pdfmetrics.registerFont(TTFont(n, L + f + ".ttf"))
W, H = A4
X0, X1 = 30*mm, W - 20*mm
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Deliberazione G.C. n. 41 del 5.5.2026"); c.setCreator("Gestione Delibere - modulo GC"); c.setAuthor("Comune di Picinisco")
state = {"y": 0, "page": 0}

def stamp():
    c.saveState()
    c.translate(13*mm, 40*mm); c.rotate(90)
    c.setStrokeColor(colors.HexColor("#8a1c1c")); c.setFillColor(colors.HexColor("#8a1c1c")); c.setLineWidth(0.8)
    c.roundRect(0, -3*mm, 190*mm, 9*mm, 2*mm)
    c.setFont("SB", 7.6)
    c.drawString(3*mm, 0, "COMUNE DI PICINISCO – ALBO PRETORIO ON LINE – Pubblicazione n. 318/2026 dal 07/05/2026 al 22/05/2026 – Il Messo Comunale")
    c.restoreState()

def newpage():
    if state["page"]:
        c.showPage()
    state["page"] += 1
    stamp()
    c.setFont("S", 7.5); c.setFillColor(colors.grey)
    c.drawCentredString((X0 + X1)/2, 12*mm, "Deliberazione della Giunta Comunale n. 41 del 5.5.2026 – pagina %d di 2" % state["page"])
    c.setFillColor(colors.black)
    state["y"] = H - 22*mm

def need(h):
    if state["y"] - h < 22*mm: newpage()

def words(markup):
    # markup: **bold** segments; returns a list of words, each a list of (text, font) runs
    out = []; prev = " "
    for i, part in enumerate(re.split(r"\*\*", markup)):
        f = "TB" if i % 2 else "T"
        toks = part.split(" ")
        for k, w in enumerate(toks):
            if not w: continue
            if k == 0 and out and prev[-1:] != " ":
                out[-1].append((w, f))
            else:
                out.append([(w, f)])
        if part: prev = part
    return out

def wwidth(w, size): return sum(pdfmetrics.stringWidth(t, f, size) for t, f in w)

def para(markup, size=10.8, lead=14.2, indent=0, first=0, after=4, just=True, x0=None):
    x0 = (x0 or X0) + indent
    ws = words(markup); sp = pdfmetrics.stringWidth(" ", "T", size)
    lines, cur, curw = [], [], 0
    width = X1 - x0
    for w in ws:
        ww = wwidth(w, size)
        lim = width - (first if not lines else 0)
        if cur and curw + sp + ww > lim:
            lines.append((cur, curw)); cur, curw = [], 0
        curw += (sp if cur else 0) + ww; cur.append(w)
    if cur: lines.append((cur, curw))
    for i, (ln, lw) in enumerate(lines):
        need(lead)
        x = x0 + (first if i == 0 else 0)
        lim = width - (first if i == 0 else 0)
        last = i == len(lines) - 1
        t = c.beginText(x, state["y"])
        gaps = len(ln) - 1
        tw = (lim - lw) / gaps if (just and not last and gaps) else 0
        t.setWordSpace(tw)
        for j, w in enumerate(ln):
            for k, (tx, f) in enumerate(w):
                t.setFont(f, size)
                t.textOut(tx + (" " if (j < len(ln) - 1 and k == len(w) - 1) else ""))
        c.drawText(t)
        state["y"] -= lead
    state["y"] -= after

def center(text, font="TB", size=11, after=4):
    need(size + 4)
    c.setFont(font, size); c.drawCentredString((X0 + X1)/2, state["y"], text); state["y"] -= size + 4 + after

newpage()
# letterhead
c.setFont("TB", 20); c.drawCentredString((X0 + X1)/2, state["y"], "COMUNE DI PICINISCO"); state["y"] -= 16
c.setFont("T", 10.5); c.drawCentredString((X0 + X1)/2, state["y"], "Provincia di Frosinone"); state["y"] -= 12
c.setFont("TI", 9); c.drawCentredString((X0 + X1)/2, state["y"], "Parco Nazionale d’Abruzzo, Lazio e Molise – Valle di Comino"); state["y"] -= 10
c.setLineWidth(1); c.line(X0, state["y"], X1, state["y"]); state["y"] -= 22
c.setFont("SB", 13); c.drawCentredString((X0 + X1)/2, state["y"], "DELIBERAZIONE DELLA GIUNTA COMUNALE"); state["y"] -= 20
# number box
c.setLineWidth(0.8); c.rect(X0, state["y"] - 44, 45*mm, 48)
c.setFont("S", 8.5); c.drawString(X0 + 4, state["y"] - 7, "Numero e data")
c.setFont("SB", 12); c.drawString(X0 + 4, state["y"] - 22, "n. 41 del 5.5.2026")
c.rect(X0 + 48*mm, state["y"] - 44, X1 - X0 - 48*mm, 48)
c.setFont("SB", 9.5); c.drawString(X0 + 50*mm, state["y"] - 9, "OGGETTO:")
subj = ["Approvazione dello schema di convenzione con l’Associazione Pro Loco di Picinisco",
        "per la gestione dell’Ufficio Informazioni e Accoglienza Turistica – stagione 2026."]
yy = state["y"] - 20
t = c.beginText(X0 + 50*mm, yy); t.setFont("TB", 9.4); t.setCharSpace(0)
t.textLine("Approvazione dello schema di convenzione con l’Associazione Pro Loco")
t.setTextOrigin(X0 + 50*mm, yy - 11); t.textLine("di Picinisco per la gestione dell’Ufficio Informazioni e Accoglienza")
t.setTextOrigin(X0 + 50*mm, yy - 22); t.textLine("Turistica – stagione 2026.")
c.drawText(t)
state["y"] -= 62

para("L’anno **duemilaventisei**, il giorno **cinque** del mese di **maggio**, alle ore **dodici** e minuti **trenta**, nella Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con l’intervento dei Signori:")
# roll table
rows = [("CARDARELLI Daniele", "Sindaco", "SI", ""), ("DI TOMMASO Loreta", "Vice Sindaco", "SI", ""), ("VISOCCHI Giuseppe", "Assessore", "", "SI")]
cx = [X0 + 10*mm, X0 + 70*mm, X0 + 112*mm, X0 + 137*mm]
need(70)
y = state["y"]
c.setFont("SB", 9.5)
for x, hname in zip(cx, ["Cognome e nome", "Carica", "Presente", "Assente"]): c.drawString(x, y, hname)
c.setLineWidth(0.5); c.line(cx[0], y - 4, X1 - 8*mm, y - 4); y -= 16
c.setFont("T", 10.5)
for r in rows:
    for x, v in zip(cx, r): c.drawString(x + (12 if v == "SI" else 0), y, v)
    y -= 14
c.line(cx[0], y + 9, X1 - 8*mm, y + 9)
c.setFont("TB", 10.5); c.drawString(cx[1], y - 3, "Totale"); c.drawString(cx[2] + 15, y - 3, "2"); c.drawString(cx[3] + 15, y - 3, "1")
state["y"] = y - 22

para("Assiste il Segretario Comunale **Dott. Luigi Mancini**, che provvede alla redazione del presente verbale.")
para("Essendo legale il numero degli intervenuti, il Sindaco **Avv. Daniele Cardarelli** assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.")
center("LA GIUNTA COMUNALE", after=2)
para("**Premesso** che il Comune di Picinisco, per la rilevanza del proprio patrimonio naturalistico e per la presenza di importanti manifestazioni culturali e religiose, registra nel periodo estivo un significativo afflusso di visitatori e che è interesse dell’Amministrazione garantire un adeguato servizio di informazione e accoglienza turistica;")
para("**Considerato** che l’Associazione Pro Loco di Picinisco, iscritta all’Albo regionale delle Pro Loco, ha manifestato con nota prot. n. 1377 del 22/04/2026 la propria disponibilità a gestire l’Ufficio Informazioni e Accoglienza Turistica presso i locali comunali di Piazza Capocci, dal 1° giugno al 30 settembre 2026;")
para("**Visto** lo schema di convenzione predisposto dal Responsabile dell’Area Amministrativa, allegato alla presente deliberazione quale parte integrante e sostanziale, che prevede un contributo comunale a parziale copertura delle spese di gestione pari a € 3.500,00;")
para("**Visti** i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. n. 267/2000 dai Responsabili dei servizi interessati;")
para("Con voti unanimi favorevoli espressi nelle forme di legge;")
center("DELIBERA", after=2)
pts = ["di approvare lo schema di convenzione con l’Associazione Pro Loco di Picinisco per la gestione dell’Ufficio Informazioni e Accoglienza Turistica per il periodo dal 1° giugno al 30 settembre 2026, allegato al presente atto;",
       "di riconoscere alla Pro Loco un contributo di € 3.500,00, da erogare per il 50% alla sottoscrizione della convenzione e per il restante 50% a rendiconto;",
       "di demandare al Responsabile dell’Area Amministrativa la sottoscrizione della convenzione e l’adozione degli atti di impegno e liquidazione della spesa, da imputare al capitolo 7150 del bilancio 2026;",
       "di trasmettere copia della presente deliberazione ai capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. n. 267/2000."]
for i, ptxt in enumerate(pts, 1):
    need(14)
    c.setFont("T", 10.8); c.drawString(X0 + 4*mm, state["y"], "%d)" % i)
    para(ptxt, indent=11*mm)
para("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione **immediatamente eseguibile** ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, stante l’imminente avvio della stagione turistica.")
state["y"] -= 10
need(60)
para("Letto, confermato e sottoscritto.", just=False)
y = state["y"] - 8
c.setFont("SB", 10); c.drawCentredString(X0 + 40*mm, y, "IL SINDACO"); c.drawCentredString(X1 - 40*mm, y, "IL SEGRETARIO COMUNALE")
c.setFont("T", 10.5); c.drawCentredString(X0 + 40*mm, y - 14, "Avv. Daniele Cardarelli"); c.drawCentredString(X1 - 40*mm, y - 14, "Dott. Luigi Mancini")
c.setFont("TI", 8); c.drawCentredString(X0 + 40*mm, y - 26, "firmato digitalmente"); c.drawCentredString(X1 - 40*mm, y - 26, "firmato digitalmente")
c.save()
