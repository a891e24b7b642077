# Consiglio comunale di Maletto, seduta urgente: every glyph its own BT/Tm/Tj (reportlab canvas), rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setAuthor("Kibernetes PDF Printer 2.1")
y = [800]
def glyphs(txt, x, font="Times-Roman", size=10.5, width=None):
    # place each glyph separately; if width given, justify by spreading the word gaps
    words = txt.split(" "); nat = stringWidth(txt, font, size)
    extra = (width - nat) / max(1, len(words) - 1) if width else 0
    cx = x
    for wi, w in enumerate(words):
        for ch in w:
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(cx, y[0]); t.textOut(ch); c.drawText(t)
            cx += stringWidth(ch, font, size)
        cx += stringWidth(" ", font, size) + extra
def para(txt, font="Times-Roman", size=10.5, x=70, w=455, lead=14):
    words = txt.split(); line = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), font, size) > w and line:
            glyphs(" ".join(line), x, font, size, w); y[0] -= lead; line = []
        line.append(wd)
    glyphs(" ".join(line), x, font, size); y[0] -= lead + 4
def center(txt, font="Times-Bold", size=12):
    glyphs(txt, 297 - stringWidth(txt, font, size) / 2, font, size); y[0] -= size + 6
center("COMUNE DI MALETTO", "Times-Bold", 15)
center("Città Metropolitana di Catania", "Times-Italic", 10)
y[0] -= 6
center("DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 20/03/2026")
center("Seduta urgente", "Times-Italic", 11)
para("OGGETTO: Ratifica della variazione d’urgenza al bilancio di previsione 2026/2028 adottata dalla Giunta con deliberazione n. 31 del 27/02/2026 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000.", "Times-Bold")
para("L’anno duemilaventisei il giorno venti del mese di marzo alle ore 19,00, nella sala consiliare del Palazzo Municipale, convocato d’urgenza con avviso prot. n. 2214 del 19/03/2026 ai sensi dell’art. 20 della L.R. 7/1992, si è riunito il Consiglio Comunale in seduta urgente sotto la presidenza del Presidente del Consiglio avv. Carmelo Portale. Partecipa il Segretario Generale dott. Giuseppe Bonanno.")
para("Il Presidente dispone l’appello nominale dei consiglieri: presenti Portale Carmelo, Schilirò Agata, Caudullo Nino, Galvagno Rosa, Russo Mario, Sanfilippo Enza, Bonina Alfio, Longhitano Sara, Paparo Santo; assenti Calì Giovanna, Mazzaglia Pietro, Ciraldo Luca.")
para("Consiglieri presenti n. 9 su 12 assegnati. Assistono il Sindaco Giuseppe De Luca e l’Assessore Angela Cuscunà, non componenti del Consiglio.")
para("Il Presidente, accertato il numero legale, illustra l’urgenza della ratifica, il cui termine di sessanta giorni scade il 28 marzo 2026.")
center("IL CONSIGLIO COMUNALE", "Times-Bold", 11)
para("Vista la proposta del Responsabile dell’Area Economico-Finanziaria; visto il parere favorevole del Revisore dei conti; con votazione per appello nominale: favorevoli 7 (Portale, Schilirò, Caudullo, Galvagno, Russo, Sanfilippo, Bonina), contrari nessuno, astenuti 2 (Longhitano, Paparo), su 9 presenti e 7 votanti;")
center("DELIBERA", "Times-Bold", 11)
for i, t in enumerate(["di ratificare la deliberazione della Giunta Comunale n. 31 del 27/02/2026 avente ad oggetto la variazione d’urgenza al bilancio di previsione 2026/2028;",
    "di dare atto che permangono gli equilibri di bilancio di cui all’art. 193 del D.Lgs. 267/2000;",
    "di dichiarare, con separata votazione dall’identico esito, il presente atto immediatamente esecutivo."], 1):
    para(f"{i}) " + t, x=80, w=445)
y[0] -= 10
glyphs("IL PRESIDENTE DEL CONSIGLIO", 80, "Times-Bold", 10); glyphs("IL SEGRETARIO GENERALE", 340, "Times-Bold", 10); y[0] -= 14
glyphs("avv. Carmelo Portale", 80); glyphs("dott. Giuseppe Bonanno", 340)
c.saveState(); c.translate(40, 90); c.rotate(90); c.setFont("Helvetica", 8); c.setFillGray(0.4)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - Comune di Maletto - Reg. Pubbl. n. 402/2026 - dal 23/03/2026"); c.restoreState()
c.save()
