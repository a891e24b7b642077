# Palagiano: ReportLab canvas; every glyph is drawn on its own (one Td+Tj per character, no space glyphs),
# lines justified by spreading the gaps; a rotated Albo stamp drawn last.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LT", L + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LTB", L + "LiberationSerif-Bold.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Ordinanza dirigenziale R.G. 211/2026"); c.setAuthor("Settore III")
LM, RM = 70, W - 62
y = H - 60

def glyphs(x, y, s, font, size, gap=0.0):
    # one text object per glyph: absolute positioning, spaces are not drawn
    for ch in s:
        w = pdfmetrics.stringWidth(ch, font, size)
        if ch != " ":
            t = c.beginText(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += w + (gap if ch == " " else 0)
    return x

def center(s, font, size):
    global y
    w = pdfmetrics.stringWidth(s, font, size); glyphs((W - w) / 2, y, s, font, size)

def para(s, font="LT", size=10.5, lead=14, indent=0, bold_lead=None):
    global y
    words = s.split(" "); lines = []; cur = []
    width = RM - LM - indent
    for wd in words:
        trial = " ".join(cur + [wd])
        if pdfmetrics.stringWidth(trial, font, size) > width and cur:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        txt = " ".join(ln)
        gap = 0
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (width - pdfmetrics.stringWidth(txt, font, size)) / (len(ln) - 1)
        x = LM + indent
        if i == 0 and bold_lead and txt.startswith(bold_lead):
            x = glyphs(x, y, bold_lead, font + "B", size)
            txt = txt[len(bold_lead):]
        glyphs(x, y, txt, font, size, gap)
        y -= lead
    y -= 3

# letterhead
c.setFillColorRGB(0.1, 0.2, 0.45)
center("CITTÀ DI PALAGIANO", "LSB", 17); y -= 15
c.setFillColorRGB(0, 0, 0)
center("Provincia di Taranto", "LS", 10); y -= 12
center("Piazza Vittorio Emanuele II, 1 – 74019 Palagiano (TA) – protocollo.comunepalagiano@pec.rupar.puglia.it", "LS", 7.5); y -= 8
c.setLineWidth(1.2); c.line(LM, y, RM, y); y -= 22
center("SETTORE III – URBANISTICA, LAVORI PUBBLICI E AMBIENTE", "LSB", 11); y -= 13
center("Servizio Manutenzione, Viabilità e Traffico", "LS", 10); y -= 26
# number box
c.rect(LM, y - 30, RM - LM, 42)
center("ORDINANZA DIRIGENZIALE", "LSB", 13); y -= 16
center("Reg. Gen. N. 211 del 12.06.2026   –   N. 58 del Settore", "LS", 10.5); y -= 34
glyphs(LM, y, "OGGETTO:", "LTB", 10.5)
y0 = y
subj = ("Istituzione temporanea del senso unico di circolazione e del divieto di sosta con rimozione forzata in via "
        "Vittorio Veneto, nel tratto compreso tra via Mazzini e piazza Garibaldi, per i lavori di rifacimento della "
        "rete idrica dal 15 giugno al 10 luglio 2026.")
LM0 = LM; LM = LM + 62
para(subj, "LTB", 10.5, 13.5)
LM = LM0; y -= 8
center("IL RESPONSABILE DEL SETTORE III", "LTB", 11); y -= 20
for lead, s in [
    ("VISTA", "VISTA la nota prot. n. 9874 del 08/06/2026 con la quale l'impresa Idrotecnica Jonica s.r.l., esecutrice dei lavori per conto di Acquedotto Pugliese S.p.A., chiede l'adozione dei provvedimenti di disciplina della circolazione necessari all'esecuzione dei lavori;"),
    ("CONSIDERATO", "CONSIDERATO che, per garantire la sicurezza della circolazione e l'incolumità dei lavoratori, si rende necessario istituire il senso unico di marcia e il divieto di sosta nel tratto interessato dal cantiere;"),
    ("VISTI", "VISTI gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione, nonché l'art. 107 del D.Lgs. n. 267/2000 e il decreto sindacale n. 4 del 09/01/2026 di attribuzione delle funzioni dirigenziali;")]:
    para(s, bold_lead=lead)
y -= 4
center("O R D I N A", "LTB", 12); y -= 20
pts = ["dal giorno 15 giugno 2026 al giorno 10 luglio 2026, dalle ore 7:00 alle ore 19:00, l'istituzione del senso unico di circolazione in via Vittorio Veneto, con direzione di marcia da via Mazzini verso piazza Garibaldi;",
       "nello stesso periodo e tratto, l'istituzione del divieto di sosta con rimozione forzata su ambo i lati della carreggiata;",
       "all'impresa esecutrice l'apposizione della prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori e il ripristino dello stato dei luoghi al termine degli stessi;",
       "al Comando di Polizia Locale e agli altri organi di cui all'art. 12 del Codice della Strada di vigilare sull'osservanza della presente ordinanza."]
for i, s in enumerate(pts, 1):
    glyphs(LM, y, "%d." % i, "LT", 10.5)
    LM0 = LM; LM = LM + 16; para(s); LM = LM0
para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Puglia, sezione di Lecce, entro 60 giorni dalla pubblicazione all'Albo Pretorio on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=9.5, lead=12.5)
y -= 6
glyphs(LM, y, "Palagiano, 12.06.2026", "LT", 10.5)
glyphs(340, y, "IL RESPONSABILE DEL SETTORE III", "LT", 10); y -= 14
glyphs(362, y, "Ing. Vito Antonio Scarano", "LTB", 10.5); y -= 12
glyphs(336, y, "firmato digitalmente ai sensi del D.Lgs. 82/2005", "LT", 8)
# rotated stamp (drawn last, out of reading order)
c.saveState(); c.translate(395, 120); c.rotate(14)
c.setStrokeColorRGB(0.1, 0.3, 0.7); c.setFillColorRGB(0.1, 0.3, 0.7); c.setLineWidth(1.3)
c.roundRect(-8, -22, 136, 40, 6)
c.setFont("LSB", 8); c.drawString(0, 6, "ALBO PRETORIO ON LINE")
c.setFont("LS", 7.5); c.drawString(0, -5, "Pubbl. n. 1037 dal 12.06.2026"); c.drawString(0, -15, "al 27.06.2026")
c.restoreState()
c.showPage(); c.save()
