# Comune di Burgio (AG) - Giunta deliberation: every glyph its own Tm+Tj; running head on both pages;
# the roll table starts at the foot of page 1 and continues ("segue") on page 2.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("DG_31_2026"); c.setCreator("Halley Informatica - Atti Amministrativi"); c.setProducer("Halley PDF Engine 4.0")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Times-Roman", size=11, lead=14, indent=0, first=0, after=4, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        ind = first if i == 0 else indent
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def head():
    y[0] = H - 55
    centred("COMUNE DI BURGIO", "Times-Bold", 16, 16)
    centred("Libero Consorzio Comunale di Agrigento", "Times-Italic", 10.5, 12)
    c.setLineWidth(0.8); c.line(L, y[0], R, y[0]); y[0] -= 12
    glyphs("Deliberazione G.C. n. 31 del 26/03/2026", L, y[0], "Times-Italic", 8.5)
    s = "Pagina %d di 2" % c.getPageNumber(); glyphs(s, R - stringWidth(s, "Times-Italic", 8.5), y[0], "Times-Italic", 8.5)
    y[0] -= 26
COLS = [L, L + 30, L + 215, L + 370, L + 410]
def row(cells, font="Times-Roman"):
    c.setLineWidth(0.5)
    for i, t in enumerate(cells): glyphs(t, COLS[i] + 4, y[0] + 4, font, 10.5)
    c.rect(L, y[0] - 1, R - L, 17)
    for x in COLS[1:]: c.line(x, y[0] - 1, x, y[0] + 16)
    y[0] -= 17
head()
centred("ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 13, 20)
centred("N. 31 del 26/03/2026", "Times-Bold", 12, 26)
glyphs("OGGETTO:", L, y[0], "Times-Bold", 11)
para("Approvazione del progetto di fattibilità tecnico-economica dei lavori di recupero e rifunzionalizzazione dell'ex Convento dei Cappuccini da destinare a Museo delle Campane e della Ceramica – CUP J97B26000030002.", font="Times-Bold", first=58, indent=58, after=14)
para("L'anno duemilaventisei addì ventisei del mese di marzo alle ore 12,00 e seguenti, in Burgio, nella Casa Comunale e nella consueta sala delle adunanze, in seguito ad invito di convocazione, si è riunita la Giunta Comunale.", after=2)
para("Partecipa alla seduta il Vice Segretario Comunale dott. Calogero Mangiapane, il quale cura la verbalizzazione, stante l'assenza del Segretario titolare. All'appello risultano i Signori:", after=10)
row(["N.", "Cognome e Nome", "Carica", "Pres.", "Ass."], "Times-Bold")
row(["1", "FERRANTELLI Vito", "Sindaco", "X", ""])
row(["2", "SABELLA Rosa", "Vice Sindaco", "X", ""])
row(["3", "GALLO Antonino", "Assessore", "", "X"])
c.showPage(); head()
glyphs("(segue elenco dei presenti)", L, y[0], "Times-Italic", 9.5); y[0] -= 16
row(["N.", "Cognome e Nome", "Carica", "Pres.", "Ass."], "Times-Bold")
row(["4", "MARINO Giuseppina", "Assessore", "X", ""])
row(["5", "TORTORICI Leonardo", "Assessore", "X", ""])
y[0] -= 6
para("Presenti n. 4 – Assenti n. 1. Presiede il Sindaco, dott. Vito Ferrantelli, il quale, riconosciuta la validità del numero legale, dichiara aperta la seduta.", after=10)
centred("LA GIUNTA COMUNALE", "Times-Bold", 11.5, 18)
for s in ["VISTA la proposta di deliberazione del Responsabile dell'Area Tecnica, munita dei pareri favorevoli di regolarità tecnica e contabile di cui all'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di € 1.240.000,00, da candidare all'avviso regionale per la valorizzazione dei beni culturali;",
          "Con voti favorevoli di tutti e quattro i componenti presenti, resi per alzata di mano,"]:
    para(s)
y[0] -= 4; centred("DELIBERA", "Times-Bold", 11.5, 18)
for n, s in [("1.", "di approvare il progetto di fattibilità tecnico-economica indicato in oggetto, dell'importo complessivo di € 1.240.000,00;"),
             ("2.", "di nominare Responsabile Unico del Progetto l'ing. Salvatore Ciaccio, dipendente dell'Area Tecnica;"),
             ("3.", "di autorizzare il Sindaco a presentare la candidatura al finanziamento regionale.")]:
    glyphs(n, L, y[0], "Times-Roman", 11); para(s, first=20, indent=20)
para("Infine la Giunta, con separata votazione unanime, dichiara il presente atto immediatamente esecutivo ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", after=24)
glyphs("IL SINDACO", L + 20, y[0], "Times-Bold", 10.5); glyphs("IL VICE SEGRETARIO COMUNALE", R - 190, y[0], "Times-Bold", 10.5); y[0] -= 14
glyphs("dott. Vito Ferrantelli", L + 20, y[0], "Times-Roman", 10.5); glyphs("dott. Calogero Mangiapane", R - 190, y[0], "Times-Roman", 10.5)
c.showPage(); c.save()
