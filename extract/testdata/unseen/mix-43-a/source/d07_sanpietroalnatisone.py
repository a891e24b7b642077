# Bilingual (Italian / Slovene) ordinanza of a Comune of the Natisone
# valleys. Every glyph is placed on its own (one Tj per character, spaces
# not drawn), as some print drivers do; the page looks normal.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SerifI", FD + "DejaVuSerifCondensed-Italic.ttf"))
c = canvas.Canvas("../ordinanza-sanpietroalnatisone-word.pdf", pagesize=A4, pageCompression=1)
c.setCreator("Microsoft® Word 2016"); c.setProducer("Microsoft® Word 2016 / PDF driver 6.1"); c.setTitle("Ordinanza 9-2026")
L, R = 64, 531
state = {"y": 770, "page": 1}
def glyphs(x, y, s, font, size):
    for ch in s:
        w = pdfmetrics.stringWidth(ch, font, size)
        if ch != " ":
            c.setFont(font, size); c.drawString(x, y, ch)
        x += w
def newpage():
    footer(); c.showPage(); state["page"] += 1; state["y"] = 780
def footer():
    glyphs(L, 36, "Ordinanza n. 9 del 11/04/2026 / Odredba št. 9 z dne 11.04.2026", "Serif", 7.5)
    glyphs(R - 40, 36, "pag. %d/2" % state["page"], "Serif", 7.5)
def need(h):
    if state["y"] - h < 60: newpage()
def para(s, font="Serif", size=10, indent=0, lead=12.6, just=True, center=False, after=4, hang=None):
    words = s.split(" "); lines = []; cur = []
    width = R - L - indent
    for w in words:
        t = " ".join(cur + [w])
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur: cur.append(w)
        else: lines.append(cur); cur = [w]
    lines.append(cur)
    need(lead * min(len(lines), 3))
    for i, ln in enumerate(lines):
        if state["y"] < 60: newpage()
        txt = " ".join(ln); x = L + indent
        if center: x = (A4[0] - pdfmetrics.stringWidth(txt, font, size)) / 2
        if just and i < len(lines) - 1 and len(ln) > 1:
            gap = (width - sum(pdfmetrics.stringWidth(w, font, size) for w in ln)) / (len(ln) - 1)
            for w in ln:
                glyphs(x, state["y"], w, font, size); x += pdfmetrics.stringWidth(w, font, size) + gap
        else:
            glyphs(x, state["y"], txt, font, size)
        state["y"] -= lead
    state["y"] -= after
def bi(it, sl, **kw):
    para(it, **dict(kw, after=1)); para(sl, **dict(kw, font=kw.get("fontsl", "SerifI"), after=kw.get("after", 6)))
# letterhead
c.setLineWidth(0.8); c.circle(L + 22, 770, 20)
glyphs(L + 54, 782, "COMUNE DI SAN PIETRO AL NATISONE", "SerifB", 13.5)
glyphs(L + 54, 766, "OBČINA ŠPETER", "SerifB", 13.5)
glyphs(L + 54, 752, "Regione Autonoma Friuli Venezia Giulia - Avtonomna dežela Furlanija Julijska krajina", "Serif", 8)
c.line(L, 742, R, 742)
state["y"] = 716
para("ORDINANZA N. 9 del 11/04/2026", "SerifB", 12.5, center=True, after=1)
para("ODREDBA ŠT. 9 z dne 11.04.2026", "SerifB", 12.5, center=True, after=16)
def label_block(lab_it, lab_sl, it, sl):
    y0 = state["y"]
    glyphs(L, y0, lab_it, "SerifB", 10)
    para(it, "SerifB", 10, indent=62, after=3)
    y1 = state["y"]
    glyphs(L, y1, lab_sl, "SerifB", 10)
    para(sl, "SerifI", 10, indent=62, after=8)
label_block("Oggetto:", "Zadeva:",
    "Chiusura temporanea al traffico veicolare della strada comunale per Tarcetta dal 20 al 30 aprile 2026 per lavori di consolidamento del versante.",
    "Začasna zapora prometa na občinski cesti za Tarčet od 20. do 30. aprila 2026 zaradi del za utrditev pobočja.")
c.line(L, state["y"] + 4, R, state["y"] + 4); state["y"] -= 14
para("IL SINDACO / ŽUPAN", "SerifB", 11, center=True, after=10)
for it, sl in [("Premesso che con deliberazione della Giunta comunale n. 31 del 19/03/2026 è stato approvato il progetto esecutivo dei lavori di consolidamento del versante in frana lungo la strada comunale per Tarcetta;",
                "Glede na to, da je bil s sklepom občinskega odbora št. 31 z dne 19.03.2026 odobren izvedbeni načrt del za utrditev plazovitega pobočja ob občinski cesti za Tarčet;"),
               ("Vista la comunicazione di inizio lavori della ditta appaltatrice Friulstrade S.r.l. del 08/04/2026, prot. n. 1873;",
                "Glede na sporočilo izvajalca del Friulstrade S.r.l. z dne 08.04.2026, prot. št. 1873, o začetku del;"),
               ("Ritenuto necessario, per la sicurezza della circolazione e dei lavoratori, chiudere temporaneamente la strada;",
                "Ker je treba zaradi varnosti cestnega prometa in delavcev začasno zapreti cesto;"),
               ("Visti gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
                "Na podlagi členov 5, 6 in 7 Zakonske uredbe št. 285 z dne 30. aprila 1992 (Cestni zakonik) in člena 50 Zakonske uredbe št. 267 z dne 18. avgusta 2000;")]:
    bi(it, sl)
para("ORDINA / ODREJA", "SerifB", 11, center=True, after=8)
pts = [("la chiusura al traffico veicolare e pedonale della strada comunale per Tarcetta, nel tratto compreso tra l'incrocio con la S.P. 19 e l'abitato di Tarcetta, dalle ore 7:30 del 20 aprile 2026 alle ore 18:00 del 30 aprile 2026;",
        "zaporo občinske ceste za Tarčet za vozila in pešce na odseku med križiščem s pokrajinsko cesto št. 19 in naseljem Tarčet od 7.30 dne 20. aprila 2026 do 18.00 dne 30. aprila 2026;"),
       ("che il transito dei mezzi di soccorso e dei residenti sia consentito nelle fasce orarie dalle 12:00 alle 13:30 e dopo le ore 18:00;",
        "da je prehod dovoljen reševalnim vozilom in stanovalcem med 12.00 in 13.30 ter po 18.00;"),
       ("che la ditta Friulstrade S.r.l. provveda all'installazione e alla manutenzione della prescritta segnaletica stradale.",
        "da izvajalec Friulstrade S.r.l. postavi in vzdržuje predpisano prometno signalizacijo.")]
for i, (it, sl) in enumerate(pts, 1):
    y0 = state["y"]; glyphs(L, y0, "%d." % i, "Serif", 10)
    para(it, indent=16, after=1); para(sl, "SerifI", indent=16, after=6)
para("AVVERTE / OPOZARJA", "SerifB", 11, center=True, after=8)
bi("che contro la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione all'Albo pretorio.",
   "da je proti tej odredbi mogoče vložiti priziv na Deželno upravno sodišče Furlanije Julijske krajine v 60 dneh od objave na občinski oglasni deski.")
state["y"] -= 10; need(60)
para("San Pietro al Natisone / Špeter, 11/04/2026", "Serif", 10, just=False, after=12)
y = state["y"]
glyphs(340, y, "IL SINDACO / ŽUPAN", "SerifB", 10)
glyphs(340, y - 14, "Mariano Zufferli", "Serif", 10)
glyphs(340, y - 27, "(firmato digitalmente / digitalno podpisano)", "SerifI", 8)
footer(); c.showPage(); c.save()
