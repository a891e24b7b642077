# ORDINANZA SINDACALE N. 7 DEL 17/03/2026 with a title, Arsoli: every glyph its own text object,
# justified by moving glyphs; rotated Albo stamp drawn first in the left margin (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("S", F + "LiberationSerif-Regular.ttf")); pdfmetrics.registerFont(TTFont("SB", F + "LiberationSerif-Bold.ttf"))
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Ordinanza sindacale 7/2026")
L, R = 72, W - 62
# stamp first
c.saveState(); c.translate(40, 250); c.rotate(90); c.setStrokeColorRGB(.1, .2, .6); c.setFillColorRGB(.1, .2, .6)
c.rect(0, -14, 330, 34); c.setFont("S", 8)
c.drawString(6, 8, "COMUNE DI ARSOLI – ALBO PRETORIO ON LINE"); c.drawString(6, -6, "Pubblicata dal 17/03/2026 al 01/04/2026 – Reg. Pubbl. n. 208")
c.restoreState()
def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += pdfmetrics.stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, font="S", size=11, lead=14.5, indent=0):
    words = text.split(); line = []; width = R - L - indent
    def flush(ws, last):
        s = " ".join(ws); sp = s.count(" ")
        ex = 0 if last or not sp else (width - pdfmetrics.stringWidth(s, font, size)) / sp
        glyphs(L + indent, y, s, font, size, ex)
    for w in words:
        if pdfmetrics.stringWidth(" ".join(line + [w]), font, size) > width and line:
            flush(line, False); y -= lead; line = [w]
        else: line.append(w)
    flush(line, True); return y - lead - 3
def centre(y, s, font, size):
    glyphs((W - pdfmetrics.stringWidth(s, font, size)) / 2, y, s, font, size)
c.setFillColorRGB(.55, .1, .1); c.circle(W / 2, H - 62, 17, fill=0); c.setFillColorRGB(0, 0, 0)
centre(H - 100, "COMUNE DI ARSOLI", "SB", 16); centre(H - 115, "Città Metropolitana di Roma Capitale", "S", 10)
centre(H - 128, "Piazza Valeria, 1 – 00023 Arsoli (RM) – tel. 0774 920041", "S", 8.5)
c.line(L, H - 136, R, H - 136)
centre(H - 162, "ORDINANZA SINDACALE N. 7 DEL 17/03/2026", "SB", 13)
centre(H - 182, "ORDINANZA CONTINGIBILE E URGENTE PER LA TUTELA DELLA PUBBLICA INCOLUMITÀ", "SB", 10.5)
y = H - 208
y = para(y, "OGGETTO: Sgombero e messa in sicurezza del fabbricato pericolante sito in via del Castello n. 12 a seguito del crollo parziale della copertura.", "SB", 11)
centre(y - 4, "IL SINDACO", "SB", 11.5); y -= 24
for t in ["Vista la relazione di sopralluogo dell'Ufficio Tecnico comunale prot. n. 1190 del 16/03/2026, dalla quale risulta il crollo parziale della copertura e il distacco di porzioni della muratura prospiciente la pubblica via;",
          "Considerato che lo stato dei luoghi costituisce grave pericolo per la pubblica incolumità e che occorre provvedere con urgenza, non essendo possibile attendere i tempi dei procedimenti ordinari;",
          "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e l'art. 677 del Codice penale;"]:
    y = para(y, t)
centre(y - 4, "O R D I N A", "SB", 11.5); y -= 24
pts = ["ai proprietari, sigg. Giuseppe Lolli e Marta Lolli, di provvedere entro 48 ore dalla notifica alla messa in sicurezza del fabbricato e alla rimozione delle parti pericolanti;",
       "lo sgombero immediato delle unità abitative al piano primo e secondo fino alla certificazione di avvenuta messa in sicurezza a firma di tecnico abilitato;",
       "l'interdizione al transito pedonale e veicolare del tratto di via del Castello compreso tra i civici 8 e 16, con apposizione di transenne a cura dell'Ufficio Tecnico."]
for i, t in enumerate(pts, 1):
    glyphs(L, y, f"{i})", "S", 11); y = para(y, t, indent=18)
y = para(y, "In caso di inottemperanza si procederà d'ufficio con addebito delle spese ai proprietari. Avverso la presente ordinanza è ammesso ricorso al T.A.R. Lazio entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
glyphs(L, y - 6, "Arsoli, 17 marzo 2026", "S", 11)
glyphs(R - 150, y - 30, "IL SINDACO", "SB", 11); glyphs(R - 165, y - 45, "Sandro Ranieri", "S", 11)
c.showPage(); c.save()
