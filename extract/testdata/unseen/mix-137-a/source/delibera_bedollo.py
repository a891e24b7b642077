"""Bedollo, Civilia Next-like minute of the Giunta comunale (Trentino model).
ReportLab canvas; every glyph is placed on its own (no space characters in the
text layer, justification by positions), the letterhead Form XObject is drawn
after the body, and a publication stamp runs up the left margin."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from bedollo_common import define_letterhead

out = sys.argv[1]
W, H = A4
L, R = 70, W - 62
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Deliberazione Giunta comunale n. 2/2029")
c.setCreator("Civilia Next - Atti")
define_letterhead(c, W, H)
pg = [1]


def glyphs(x, y, text, font, size, extra_space=0.0):
    """Place each glyph alone; spaces are skipped, only advance the pen."""
    t = c.beginText()
    t.setFont(font, size)
    cx = x
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            cx += w + extra_space
            continue
        t.setTextOrigin(cx, y)
        t.textOut(ch)
        cx += w
    c.drawText(t)


def words(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def par(y, text, font="Times-Roman", size=11, lead=14, x=L, width=None, justify=True, first=0):
    width = width or (R - x)
    ls = words(text, font, size, width - first)
    for i, ln in enumerate(ls):
        if y < 80:
            y = newpage()
        xx = x + (first if i == 0 else 0)
        ww = width - (first if i == 0 else 0)
        extra = 0
        n = ln.count(" ")
        if justify and i < len(ls) - 1 and n:
            extra = (ww - stringWidth(ln, font, size)) / n
        glyphs(xx, y, ln, font, size, extra)
        y -= lead
    return y


def centre(y, text, font, size):
    glyphs((W - stringWidth(text, font, size)) / 2, y, text, font, size)


def finish_page():
    c.setFont("Helvetica", 7.5)
    glyphs(L, 40, "Comune di Bedollo - Verbale di deliberazione della Giunta comunale n. 2 di data 10/01/2029", "Helvetica", 7.5)
    glyphs(R - 40, 40, "pag. %d" % pg[0], "Helvetica", 7.5)
    # the letterhead, drawn last
    if pg[0] == 1:
        c.doForm("letterhead")
        # publication stamp up the left margin
        c.saveState()
        c.translate(34, 140)
        c.rotate(90)
        c.setStrokeColorRGB(0.15, 0.25, 0.6)
        c.setFillColorRGB(0.15, 0.25, 0.6)
        c.setLineWidth(0.8)
        c.rect(-4, -6, 420, 30, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(2, 12, "COMUNE DI BEDOLLO - ALBO TELEMATICO")
        c.setFont("Helvetica", 8)
        c.drawString(2, 1, "Pubblicata dal 12/01/2029 al 22/01/2029 - n. 27 del registro delle pubblicazioni")
        c.restoreState()


def newpage():
    finish_page()
    c.showPage()
    pg[0] += 1
    return H - 70


y = H - 130
c.setFont("Times-Bold", 13)
centre(y, "Verbale di deliberazione N. 2", "Times-Bold", 14)
y -= 17
centre(y, "della Giunta comunale", "Times-Bold", 12.5)
y -= 28
glyphs(L, y, "OGGETTO:", "Times-Bold", 11)
subj = ("Approvazione del Piano esecutivo di gestione 2029-2031: assegnazione delle risorse finanziarie "
        "ai Responsabili dei servizi.")
y = par(y, subj, "Times-Bold", 11, 14, x=L + 70, justify=False)
y -= 14
y = par(y, "L'anno duemilaventinove addì dieci del mese di gennaio alle ore 18:00 nella sala delle riunioni, a "
           "seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.")
y -= 10
glyphs(L, y, "Presenti i signori:", "Times-Roman", 11)
glyphs(L + 290, y + 6, "Assenti", "Times-Roman", 9.5)
glyphs(L + 270, y - 6, "giust.", "Times-Roman", 9.5)
glyphs(L + 330, y - 6, "ingiust.", "Times-Roman", 9.5)
y -= 22
for name, role, mark in [("SVALDI FRANCESCO", "Sindaco", ""), ("ANDREATTA MARINA", "Vicesindaco", ""),
                         ("CASAGRANDA LUCA", "Assessore", "X"), ("BAZZANELLA ELISA", "Assessore", "")]:
    glyphs(L + 20, y, name, "Times-Bold", 11)
    glyphs(L + 150, y, "- " + role, "Times-Roman", 11)
    if mark:
        glyphs(L + 280, y, mark, "Times-Roman", 11)
    y -= 15
y -= 8
y = par(y, "Assiste il Segretario comunale dott. Ivan Nicolini.")
y = par(y, "Riconosciuto legale il numero degli intervenuti, il signor Francesco Svaldi nella sua qualità di Sindaco "
           "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.")
y -= 10
centre(y, "LA GIUNTA COMUNALE", "Times-Bold", 11)
y -= 18
for s in [
    "Premesso che con deliberazione del Consiglio comunale n. 31 di data 19/12/2028, immediatamente eseguibile, è stato approvato il bilancio di previsione finanziario 2029-2031 e la nota integrativa;",
    "Visto l'art. 169 del D.Lgs. 18 agosto 2000, n. 267, applicabile agli enti locali del Trentino in forza del rinvio operato dalla L.P. 9 dicembre 2015, n. 18, secondo il quale la Giunta delibera il Piano esecutivo di gestione entro venti giorni dall'approvazione del bilancio;",
    "Ritenuto di assegnare ai Responsabili dei servizi le dotazioni finanziarie per l'esercizio 2029 nelle misure indicate nel prospetto allegato, riservando alla Giunta l'adozione degli atti di indirizzo per le spese non ricorrenti;",
    "Acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e contabile espressi, ai sensi dell'art. 185 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2, dal Responsabile del Servizio finanziario;",
    "Ad unanimità di voti favorevoli, espressi nelle forme di legge,",
]:
    y = par(y, s, first=20)
    y -= 3
y -= 6
centre(y, "d e l i b e r a", "Times-Bold", 11.5)
y -= 18
for i, s in enumerate([
    "di approvare il Piano esecutivo di gestione 2029-2031, parte finanziaria, nelle risultanze del prospetto allegato che forma parte integrante e sostanziale della presente deliberazione;",
    "di assegnare ai Responsabili dei servizi le risorse finanziarie indicate nel Piano, autorizzandoli ad assumere gli atti di gestione di propria competenza;",
    "di dare atto che le variazioni al Piano sono di competenza della Giunta comunale, salvo quelle riservate ai Responsabili dei servizi dall'art. 175, comma 5-quater, del D.Lgs. 267/2000;",
    "di dichiarare la presente deliberazione, con separata ed unanime votazione, immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali, per consentire la regolare gestione dell'esercizio.",
], 1):
    if y < 90:
        y = newpage()
    glyphs(L, y, "%d." % i, "Times-Roman", 11)
    y = par(y, s, x=L + 18)
    y -= 3
y -= 6
y = par(y, "Ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, si comunica che avverso la presente deliberazione "
           "sono ammessi opposizione alla Giunta comunale durante il periodo di pubblicazione, ricorso giurisdizionale "
           "al T.R.G.A. di Trento entro 60 giorni e ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
        "Times-Italic", 9.5, 12)
if y < 150:
    y = newpage()
y -= 14
glyphs(L, y, "Data lettura del presente verbale, viene approvato e sottoscritto.", "Times-Roman", 11)
y -= 30
glyphs(L + 30, y, "IL SINDACO", "Times-Bold", 10.5)
glyphs(L + 270, y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10.5)
y -= 15
glyphs(L + 22, y, "Francesco Svaldi", "Times-Roman", 10.5)
glyphs(L + 285, y, "dott. Ivan Nicolini", "Times-Roman", 10.5)
y -= 12
glyphs(L + 8, y, "(firmato digitalmente)", "Times-Italic", 8.5)
glyphs(L + 282, y, "(firmato digitalmente)", "Times-Italic", 8.5)
finish_page()
c.save()
