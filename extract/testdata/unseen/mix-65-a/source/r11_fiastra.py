# Fiastra (MC): ordinanza sindacale drawn glyph by glyph (one Tm+Tj per glyph, no space glyphs,
# lines justified by spreading the glyphs); Albo stamp rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setCreator("Kibernetes Atti Web 4"); c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Ordinanza sindacale")
W, H = A4; L, R = 78, W - 62
def glyphs(x, y, s, font, size, extra=0.0):
    for ch in s:
        if ch != " ":
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def centred(y, s, font, size): glyphs(W/2 - stringWidth(s, font, size)/2, y, s, font, size)
def para(y, text, font="Times-Roman", size=11, lead=14.5, indent=0):
    words = text.split(); line = []
    width = R - L - indent
    def flush(ws, last):
        s = " ".join(ws)
        gap = 0 if last else (width - stringWidth(s, font, size)) / max(1, len(ws) - 1)
        x = L + indent
        for w in ws:
            glyphs(x, y, w, font, size); x += stringWidth(w + " ", font, size) + gap
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line:
            flush(line, False); y -= lead; line = []
        line.append(w)
    flush(line, True); return y - lead - 4
centred(H-62, "COMUNE DI FIASTRA", "Times-Bold", 17)
centred(H-78, "Provincia di Macerata", "Times-Roman", 11)
centred(H-91, "Piazza Umberto I, 1 – 62035 Fiastra (MC)", "Times-Roman", 9)
c.line(L, H-100, R, H-100)
c.rect(L, H-148, R-L, 32)
centred(H-129, "ORDINANZA SINDACALE N. 27 DEL 8.9.2026", "Helvetica-Bold", 13)
centred(H-143, "contingibile e urgente – art. 50, comma 5, D.Lgs. 267/2000", "Helvetica", 8)
y = H-176
glyphs(L, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Divieto temporaneo di balneazione nelle acque del lago di Fiastra in località Boccafornace a seguito di esiti analitici sfavorevoli.", "Times-Bold", 11, indent=64)
centred(y-6, "IL SINDACO", "Times-Bold", 12); y -= 30
for t in ["VISTA la nota dell'ARPAM – Dipartimento provinciale di Macerata, acquisita al protocollo comunale n. 3318 del 7 settembre 2026, con la quale si comunica il superamento dei valori limite di Enterococchi intestinali ed Escherichia coli nel campione prelevato il 4 settembre 2026 nel punto di monitoraggio di località Boccafornace;",
          "VISTI il D.Lgs. 30 maggio 2008, n. 116 e il D.M. 30 marzo 2010 in materia di gestione della qualità delle acque di balneazione;",
          "RITENUTO necessario adottare con urgenza provvedimenti a tutela della salute pubblica, nelle more dell'esito dei campionamenti suppletivi;",
          "VISTO l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(y, t)
centred(y-4, "O R D I N A", "Times-Bold", 12); y -= 26
for n, t in enumerate(["il divieto temporaneo di balneazione nello specchio d'acqua del lago di Fiastra antistante la località Boccafornace, per un fronte di 200 metri a destra e a sinistra del punto di prelievo;",
          "l'apposizione, a cura dell'Ufficio Tecnico comunale, di idonea segnaletica recante la dicitura \"DIVIETO DI BALNEAZIONE\" nei punti di accesso alla riva;",
          "che il divieto resti in vigore fino alla comunicazione di esito favorevole dei campionamenti suppletivi da parte dell'ARPAM, cui seguirà apposita ordinanza di revoca;",
          "la trasmissione della presente ordinanza alla Prefettura di Macerata, all'ARPAM, all'ASUR Marche – Area Vasta 3 e al Comando Stazione Carabinieri di Fiastra."], 1):
    glyphs(L+8, y, f"{n}.", "Times-Roman", 11)
    y = para(y, t, indent=24)
y = para(y-4, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Marche entro 60 giorni dalla pubblicazione o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.", size=10, lead=13)
glyphs(L, y-6, "Dalla Residenza Municipale, 8.9.2026", "Times-Roman", 11)
centred(y-6, "", "Times-Roman", 11)
glyphs(R-170, y-6, "IL SINDACO", "Times-Bold", 11)
glyphs(R-170, y-21, "Giuliano Paoloni", "Times-Italic", 11)
glyphs(R-190, y-34, "(firmato digitalmente)", "Times-Roman", 8)
# rotated stamp in the left margin
c.saveState(); c.translate(40, 170); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -14, 470, 30)
c.setFont("Helvetica-Bold", 8); c.drawString(0, 4, "ALBO PRETORIO ON LINE – COMUNE DI FIASTRA")
c.setFont("Helvetica", 8); c.drawString(0, -8, "Registro n. 517 – Pubblicato dal 08/09/2026 al 23/09/2026 – Il Responsabile della pubblicazione")
c.restoreState()
c.showPage(); c.save()
