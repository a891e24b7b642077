# Comune di Forni di Sopra (UD): determinazione of the Area tecnica, in the print of an Insiel-like package,
# drawn with the ReportLab canvas: every justified line is one Tj with its own word spacing (Tw), the
# letterhead and the headings are letter-spaced with Tc, the header is a two-column grid (Area/Servizio
# on the left, the registers on the right), and a running head and foot with the act's number are
# written on both pages.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 64, W - 60
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setProducer("Insiel S.p.A. - ADWeb Atti 2.4 (ReportLab)")
c.setTitle("Determinazione n. 287 del 02/10/2026")
state = {"page": 1, "y": 0}
TOTAL = 2


def frame():
    c.setStrokeGray(0.35); c.setLineWidth(0.4)
    c.setFont("Helvetica", 7.5); c.setFillGray(0.3)
    c.drawString(LM, H - 30, "Comune di Forni di Sopra - Area Tecnica e Manutentiva")
    c.drawRightString(RM, H - 30, "Determinazione n. 287 del 02/10/2026")
    c.line(LM, H - 34, RM, H - 34)
    c.line(LM, 46, RM, 46)
    c.drawString(LM, 36, "Atto firmato digitalmente - D.Lgs. 82/2005")
    c.drawRightString(RM, 36, "pag. %d / %d" % (state["page"], TOTAL))
    c.setFillGray(0)


def spaced(x, y, s, font, size, tc, centre=False):
    t = c.beginText()
    t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t.setTextOrigin((W - w) / 2 if centre else x, y)
    t.textOut(s); t.setCharSpace(0); c.drawText(t)


def lines_of(s, font, size, width, indent=0):
    words = s.split(); out, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width - (indent if not out else 0):
            out.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: out.append(cur)
    return out


def para(s, font="Times-Roman", size=11, lead=14.2, x0=LM, x1=RM, after=4, justify=True):
    ls = lines_of(s, font, size, x1 - x0)
    for i, ln in enumerate(ls):
        if state["y"] < 70:
            c.showPage(); state["page"] += 1; frame(); state["y"] = H - 60
        txt = " ".join(ln)
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x0, state["y"])
        if justify and i < len(ls) - 1 and len(ln) > 1:
            t.setWordSpace((x1 - x0 - stringWidth(txt, font, size)) / (len(ln) - 1))
        else:
            t.setWordSpace(0)
        t.textOut(txt); c.drawText(t)
        state["y"] -= lead
    state["y"] -= after


frame()
# letterhead
c.setFillColorRGB(0.12, 0.25, 0.45)
spaced(0, H - 68, "COMUNE DI FORNI DI SOPRA", "Times-Bold", 17, 2.2, centre=True)
c.setFillGray(0.2)
spaced(0, H - 82, "Comun di For di Sore", "Times-Italic", 10, 0.6, centre=True)
spaced(0, H - 94, "Regione Autonoma Friuli Venezia Giulia", "Helvetica", 8.5, 0.4, centre=True)
c.setFillGray(0)
# two-column header grid
top, gh = H - 108, 64
c.setLineWidth(0.7); c.setStrokeGray(0)
c.rect(LM, top - gh, RM - LM, gh)
mid = LM + (RM - LM) * 0.54
c.line(mid, top, mid, top - gh)
for i in (1, 2, 3):
    c.line(mid, top - gh * i / 4, RM, top - gh * i / 4)
c.setFont("Helvetica", 7); c.drawString(LM + 6, top - 11, "AREA")
c.setFont("Helvetica-Bold", 10); c.drawString(LM + 6, top - 24, "AREA TECNICA E MANUTENTIVA")
c.setFont("Helvetica", 7); c.drawString(LM + 6, top - 38, "SERVIZIO")
c.setFont("Helvetica-Bold", 10); c.drawString(LM + 6, top - 51, "Servizio Manutenzioni e Patrimonio")
rows = [("Reg. Gen. n.", "287", "del", "02/10/2026"), ("Reg. Area n.", "94", "del", "02/10/2026"),
        ("Proposta n.", "311", "del", "30/09/2026"), ("Responsabile", "geom. Davide Coradazzi", "", "")]
for i, (a, b, d, e) in enumerate(rows):
    yy = top - gh * i / 4 - 11.5
    c.setFont("Helvetica", 7.5); c.drawString(mid + 5, yy, a)
    c.setFont("Helvetica-Bold", 9); c.drawString(mid + 58, yy, b)
    if d:
        c.setFont("Helvetica", 7.5); c.drawString(mid + 112, yy, d)
        c.setFont("Helvetica-Bold", 9); c.drawString(mid + 130, yy, e)
state["y"] = top - gh - 26
spaced(0, state["y"], "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", "Helvetica-Bold", 11.5, 1.2, centre=True)
state["y"] -= 22
c.setFont("Helvetica-Bold", 10.5); c.drawString(LM, state["y"], "OGGETTO:")
para("Affidamento diretto del servizio di sgombero neve e spargimento di materiale antigelo sulle strade comunali e sui parcheggi pubblici per la stagione invernale 2026/2027 - CIG B9F2A41C7E. Impegno di spesa.",
     "Times-Bold", 11, 14.2, LM + 62, RM, after=8)
c.line(LM, state["y"] + 8, RM, state["y"] + 8)
state["y"] -= 8
spaced(0, state["y"], "IL RESPONSABILE DELL'AREA", "Helvetica-Bold", 10.5, 1.0, centre=True)
state["y"] -= 20
for s in [
    "RICHIAMATO il decreto del Sindaco n. 6 del 30 dicembre 2025, con il quale il sottoscritto è stato nominato Responsabile dell'Area Tecnica e Manutentiva con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "VISTA la deliberazione del Consiglio comunale n. 9 del 27 marzo 2026, esecutiva, con la quale è stato approvato il bilancio di previsione 2026-2028;",
    "PREMESSO che il territorio comunale, posto a quota superiore ai 900 metri, necessita durante la stagione invernale di un servizio di sgombero neve tempestivo ed efficiente lungo i circa 34 chilometri di viabilità comunale, nelle frazioni di Andrazza, Cella e Vico e nei parcheggi pubblici a servizio degli impianti sciistici;",
    "ACCERTATO che il personale e i mezzi comunali non sono sufficienti a garantire il servizio in caso di precipitazioni nevose intense e prolungate;",
    "DATO ATTO che, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, è stato richiesto un preventivo tramite la piattaforma di approvvigionamento digitale eAppaltiFVG all'operatore economico Movimento Terra Cridis S.r.l. di Forni di Sopra, che ha offerto per il servizio l'importo di euro 42.600,00 oltre IVA, ritenuto congruo;",
    "VERIFICATO il possesso da parte dell'operatore economico dei requisiti di ordine generale e di idoneità professionale;",
    "VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023 e la L.R. 17 luglio 2015, n. 18;",
]:
    para(s)
state["y"] -= 2
spaced(0, state["y"], "D E T E R M I N A", "Helvetica-Bold", 11, 0.5, centre=True)
state["y"] -= 20
pts = [
    "di affidare alla ditta Movimento Terra Cridis S.r.l., con sede in Forni di Sopra, il servizio di sgombero neve e spargimento di materiale antigelo sulle strade comunali e sui parcheggi pubblici per la stagione invernale 2026/2027, dal 1° novembre 2026 al 30 aprile 2027;",
    "di impegnare la spesa complessiva di euro 51.972,00 IVA compresa al capitolo 1810 \"Servizio sgombero neve\" del bilancio di previsione 2026-2028, per euro 17.324,00 sull'esercizio 2026 e per euro 34.648,00 sull'esercizio 2027;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile unico del progetto è il sottoscritto geom. Davide Coradazzi;",
    "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line e nella sezione Amministrazione trasparente.",
]
for i, s in enumerate(pts, 1):
    if state["y"] < 90:
        c.showPage(); state["page"] += 1; frame(); state["y"] = H - 60
    c.setFont("Times-Roman", 11); c.drawString(LM + 4, state["y"], "%d." % i)
    para(s, x0=LM + 22)
state["y"] -= 10
if state["y"] < 130:
    c.showPage(); state["page"] += 1; frame(); state["y"] = H - 70
c.setFont("Times-Roman", 11); c.drawString(LM, state["y"], "Forni di Sopra, 02/10/2026")
c.setFont("Helvetica-Bold", 9.5); c.drawCentredString(RM - 110, state["y"], "IL RESPONSABILE DELL'AREA")
state["y"] -= 14
c.setFont("Times-Roman", 11); c.drawCentredString(RM - 110, state["y"], "geom. Davide Coradazzi")
state["y"] -= 40
if state["y"] < 150:
    c.showPage(); state["page"] += 1; frame(); state["y"] = H - 70
# visto contabile in a box
bx = state["y"]
c.setLineWidth(0.5); c.rect(LM, bx - 62, RM - LM, 72)
spaced(0, bx - 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "Helvetica-Bold", 8.5, 0.3, centre=True)
state["y"] = bx - 22
para("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegni n. 612/2026 e n. 41/2027.",
     "Times-Roman", 10, 12.5, LM + 8, RM - 8, after=2)
c.setFont("Times-Roman", 10); c.drawString(LM + 8, state["y"], "Forni di Sopra, 02/10/2026")
c.drawRightString(RM - 8, state["y"], "IL RESPONSABILE DEL SERVIZIO FINANZIARIO - dott.ssa Laura Del Fabbro")
c.showPage()
c.save()
