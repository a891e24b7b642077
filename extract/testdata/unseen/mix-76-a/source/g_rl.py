# reportlab generator: casalemarittimo (Tw/Tc justification, prose roll), montefioreconca (one glyph per
# Tm/Tj, rotated Albo stamp), collinematildiche (letterhead/foot as Form XObjects, blocks drawn out of order)
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from data import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
k, out = sys.argv[1], sys.argv[2]; a = ACTS[k]
W, H = A4; L, R = 62, W - 58
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle(a["subject"][:60]); c.setAuthor(a["muni"])
if k == "montefioreconca": c.setCreator("Kibernetes PDF Printer 2.1")
if k == "collinematildiche": c.setCreator("Apkappa Hypersic / PDF Writer")
y = 0; page = 1
def letterhead():
    if k == "collinematildiche":
        c.doForm("lh"); return 700
    c.setFont("Helvetica-Bold", 15)
    t = c.beginText(); t.setTextOrigin(L, H - 60)
    if k == "casalemarittimo": t.setCharSpace(2.2)
    t.setFont("Helvetica-Bold", 15); t.textLine(a["muni"].upper()); t.setCharSpace(0); t.setFont("Helvetica", 10); t.textLine(a["prov"])
    c.drawText(t); c.line(L, H - 88, R, H - 88); return H - 110
def foot():
    if k == "collinematildiche": c.doForm("ft")
    else:
        c.setFont("Helvetica", 7.5); c.drawString(L, 30, f"{a['muni']} – Deliberazione di Giunta n. {a['num']} del {dmy(a['date'])}"); c.drawRightString(R, 30, f"Pagina {page}")
def newpage():
    global y, page
    foot(); c.showPage(); page += 1; y = letterhead()
def glyphs(x, yy, s, font, size, extra=0.0):
    c.setFont(font, size)
    for ch in s:
        c.drawString(x, yy, ch); x += stringWidth(ch, font, size) + extra
def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    lines.append(cur); return lines
def para(s, font="Helvetica", size=10, indent=0, center=False, lead=13.5, gap=4):
    global y
    width = R - L - indent
    lines = wrap(s, font, size, width)
    for i, ln in enumerate(lines):
        if y < 60: newpage()
        last = i == len(lines) - 1
        if center:
            x = (L + R - stringWidth(ln, font, size)) / 2
            if k == "montefioreconca": glyphs(x, y, ln, font, size)
            else: c.setFont(font, size); c.drawString(x, y, ln)
        elif k == "casalemarittimo":
            t = c.beginText(); t.setTextOrigin(L + indent, y); t.setFont(font, size)
            nsp = ln.count(" ")
            if not last and nsp: t.setWordSpace((width - stringWidth(ln, font, size)) / nsp)
            t.textLine(ln); c.drawText(t)
        elif k == "montefioreconca":
            n = len(ln) - 1
            extra = 0 if last or n <= 0 else (width - stringWidth(ln, font, size)) / n
            glyphs(L + indent, y, ln, font, size, extra)
        else:
            c.setFont(font, size); c.drawString(L + indent, y, ln)
        y -= lead
    y -= gap
def rolltable():
    global y
    cols = [L + 20, L + 45, L + 215, L + 330, L + 390, L + 450]
    rows = [("N.", "Cognome e Nome", "Carica", "Presenti", "Assenti")] + [(str(i), n, r, "X" if p else "", "" if p else "X") for i, (n, r, p) in enumerate(a["roll"], 1)]
    np_ = sum(1 for r in a["roll"] if r[2]); rows.append(("", "", "TOTALE", str(np_), str(len(a["roll"]) - np_)))
    top = y + 10
    for j, row in enumerate(rows):
        for i, v in enumerate(row):
            f = "Helvetica-Bold" if j in (0, len(rows) - 1) else "Helvetica"
            if k == "montefioreconca": glyphs(cols[i] + 4, y, v, f, 9.5)
            else: c.setFont(f, 9.5); c.drawString(cols[i] + 4, y, v)
        y -= 15
    for j in range(len(rows) + 1): c.line(cols[0], top - 15 * j, cols[-1], top - 15 * j)
    for x in cols: c.line(x, top, x, top - 15 * len(rows))
    y -= 8
pt, pr, pn = a["pres"]; st, sr, sn = a["sec"]
d = a["date"]; yy_, mm, dd = d.split("-")
if k == "collinematildiche":
    c.beginForm("lh"); c.setFont("Helvetica-Bold", 16); c.drawString(L, H - 58, a["muni"].upper())
    c.setFont("Helvetica", 9); c.drawString(L, H - 72, "Comuni di Albinea, Quattro Castella e Vezzano sul Crostolo – " + a["prov"]); c.line(L, H - 80, R, H - 80)
    c.setFont("Helvetica-Oblique", 8.5); c.drawRightString(R, H - 96, f"Deliberazione della Giunta dell'Unione n. {a['num']} del {dmy(d)}"); c.endForm()
    c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 28, "Unione Colline Matildiche – Piazza Dossetti 1, 42020 Quattro Castella (RE) – PEC: unione@pec.collinematildiche.it"); c.endForm()
y = letterhead()
if k == "casalemarittimo":
    para("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 12, center=True)
    para(f"Deliberazione n. {a['num']} del {dlong(d)}", "Helvetica-Bold", 10.5, center=True)
    # proposal box
    c.rect(L, y - 5, R - L, 17); para(f"Proposta n. {a['prop']} del {dmy(a['propdate'])} – Ufficio proponente: {a['settore']}", "Helvetica", 9.5, indent=6, gap=12)
    para("OGGETTO: " + a["subject"], "Helvetica-Bold", 10)
    roll = "; ".join(f"{('la dott.ssa ' if n=='Francesca Rossi' else 'il sig. ')}{n}, {r}, {'presente' if p else 'assente giustificato'}" for n, r, p in a["roll"])
    para(f"L'anno duemilaventisei, addì {GIORNI[int(dd)]} del mese di {MESI[int(mm)-1]}, alle ore {a['time'].replace(':','.')}, nella Residenza municipale, si è riunita la Giunta Comunale, convocata nei modi di legge, con l'intervento dei signori: {roll}. Presenti n. 2, assenti n. 1.")
    para(f"Assiste il {sr} {st} {sn}, che provvede alla redazione del presente verbale. Assume la presidenza il {pr} {pt} {pn}, in sostituzione del Sindaco assente, il quale, constatato il numero legale, dichiara aperta la seduta.")
elif k == "montefioreconca":
    c.saveState(); c.translate(30, 250); c.rotate(90); c.setFont("Helvetica-Bold", 8); c.setFillGray(0.35)
    c.drawString(0, 0, f"ALBO PRETORIO ON LINE – Pubblicato dal {dmy(a['pub'])} – Reg. n. {a['reg']}/2026"); c.restoreState()
    para("DELIBERAZIONE DELLA GIUNTA COMUNALE", "Helvetica-Bold", 12, center=True)
    para(f"N. {a['num']}/2026 R.G. – Seduta del {dmy(d, '.')} ore {a['time']}", "Helvetica-Bold", 10.5, center=True, gap=10)
    c.rect(L, y - 26, R - L, 36)
    para(f"Proposta di deliberazione n. {a['prop']} del {dmy(a['propdate'], '.')}", "Helvetica", 9.5, indent=6, lead=12, gap=0)
    para(f"Settore proponente: {a['settore']}", "Helvetica", 9.5, indent=6, gap=12)
    para("Oggetto: " + a["subject"], "Helvetica-Bold", 10)
    para(f"L'anno {yy_} il giorno {int(dd)} del mese di {MESI[int(mm)-1]} alle ore {a['time']} nella Residenza Municipale, convocata con appositi avvisi, si è riunita la Giunta Comunale con la presenza dei Signori:")
    rolltable()
    para(f"Partecipa il {sr} {st} {sn}. Presiede il {pr} {pt} {pn}, essendo assente il Sindaco.")
else:
    para("VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", "Helvetica-Bold", 12, center=True)
    c.rect(L, y - 40, R - L, 52)
    para(f"Numero: {a['num']}          Data: {dmy(d)}          Ora: {a['time']}", "Helvetica-Bold", 10, indent=6, lead=13, gap=0)
    para(f"Proposta n. {a['prop']} del {dmy(a['propdate'])}", "Helvetica", 9.5, indent=6, lead=13, gap=0)
    para(f"Servizio proponente: {a['settore']}", "Helvetica", 9.5, indent=6, gap=12)
    para("OGGETTO: " + a["subject"], "Helvetica-Bold", 10)
    para(f"L'anno {yy_}, il giorno {int(dd)} del mese di {MESI[int(mm)-1]}, alle ore {a['time']}, presso la sede dell'Unione, si è riunita la Giunta dell'Unione. Risultano:")
    rolltable()
    para(f"Assiste il {sr} {st} {sn}. Assume la presidenza il {pr} {pt} {pn}, in assenza del Presidente.")
para("LA GIUNTA COMUNALE" if k != "collinematildiche" else "LA GIUNTA DELL'UNIONE", "Helvetica-Bold", 10.5, center=True)
for p in premises(k, a): para(p.replace("predisposta dal", "predisposta dal" if k != "collinematildiche" else "predisposta dal"))
para(vote_sentence(k, a))
para("D E L I B E R A" if k == "casalemarittimo" else "DELIBERA", "Helvetica-Bold", 10.5, center=True)
for i, p in enumerate(a["points"], 1): para(f"{i}) {p}", indent=12)
if ie_sentence(k, a): para(ie_sentence(k, a))
if y < 200: newpage()
para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "Helvetica-Bold", 9.5)
for t, s, dt in a["pareri"]: para(f"Parere favorevole in ordine alla {t}. Data {dmy(dt)} – Il Responsabile: {s}", size=9.5, lead=12)
sig_y = y - 20
def sigs():
    c.setFont("Helvetica-Bold", 9.5); c.drawCentredString(L + 110, sig_y, f"IL {pr.upper()}"); c.drawCentredString(R - 110, sig_y, f"IL {sr.upper()}")
    c.setFont("Helvetica", 9.5); c.drawCentredString(L + 110, sig_y - 14, f"{pt} {pn}"); c.drawCentredString(R - 110, sig_y - 14, f"{st} {sn}")
if k == "montefioreconca":
    for i, s in enumerate([f"IL {pr.upper()}", f"{pt} {pn}"]): glyphs(L + 60, sig_y - 14 * i, s, "Helvetica", 9.5)
    for i, s in enumerate([f"IL {sr.upper()}", f"{st} {sn}"]): glyphs(R - 170, sig_y - 14 * i, s, "Helvetica", 9.5)
else: sigs()
newpage()
if k == "collinematildiche":
    # signature of the certificate drawn before its heading and text
    c.setFont("Helvetica", 9.5); c.drawRightString(R, 520, f"IL {sr.upper()}"); c.drawRightString(R, 506, f"{st} {sn}")
para("CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 11, center=True, gap=10)
para(f"Si certifica che copia della presente deliberazione è pubblicata all'Albo Pretorio on line dal {dmy(a['pub'])} per quindici giorni consecutivi (registro pubblicazioni n. {a['reg']}) ai sensi dell'art. 124 del D.Lgs. 267/2000.")
if k != "collinematildiche":
    y -= 20; c.setFont("Helvetica", 9.5); c.drawRightString(R, y, f"IL {sr.upper()}"); c.drawRightString(R, y - 14, f"{st} {sn}")
foot(); c.save()
