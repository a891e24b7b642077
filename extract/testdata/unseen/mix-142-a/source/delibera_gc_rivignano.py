"""Rivignano Teor, Insiel-like Giunta minutes (FVG model): letterhead with
the Region, a box with the register number, roll as a grid with an
'Esito' column, immediate executivity under L.R. 21/2003; ReportLab canvas,
paragraphs justified with Tw, running foot on every page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rlkit import para, lines_of

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Delibera di Giunta n. 3 del 11/01/2029")
c.setCreator("Insiel - Delibere e Determine")
L, R = 60, W - 58
TW = R - L
F, FB, S, LD = "Helvetica", "Helvetica-Bold", 9.6, 13
page = [1]


def foot():
    c.setFont(F, 7)
    c.drawString(L, 28, "Comune di Rivignano Teor - Deliberazione della Giunta comunale n. 3 del 11/01/2029")
    c.drawRightString(R, 28, "pag. %d" % page[0])


def newpage():
    foot(); c.showPage(); page[0] += 1
    return H - 60


def P(y, text, font=F, first=0, justify=True):
    for ln_text in [text]:
        if y - 13 * len(lines_of(text, font, S, TW - first)) < 60:
            y = newpage()
        y = para(c, L, y, ln_text, font, S, TW, LD, justify=justify, first=first)
    return y - 5


c.setFont(FB, 15); c.drawString(L + 52, H - 62, "COMUNE DI RIVIGNANO TEOR")
c.setFont(F, 8.5); c.drawString(L + 52, H - 75, "Regione Autonoma Friuli Venezia Giulia")
c.drawString(L + 52, H - 86, "Piazza IV Novembre, 34 - 33061 Rivignano Teor (UD)")
c.circle(L + 20, H - 70, 19)
c.setFont(F, 5); c.drawCentredString(L + 20, H - 72, "STEMMA")
c.setLineWidth(0.7)
c.rect(R - 112, H - 92, 112, 40)
c.setFont(F, 7.5); c.drawString(R - 106, H - 63, "Reg. delibere")
c.setFont(FB, 10); c.drawString(R - 106, H - 77, "N. 3")
c.setFont(F, 9); c.drawString(R - 106, H - 88, "del 11/01/2029")
c.line(L, H - 100, R, H - 100)
y = H - 122
c.setFont(FB, 11); c.drawCentredString(W / 2, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 12
c.setFont(F, 8); c.drawCentredString(W / 2, y, "ORIGINALE"); y -= 22
subj = ("ADESIONE AL PROGRAMMA REGIONALE \"CANTIERI DI LAVORO\" ANNO 2029 AI SENSI DELL'ART. 9, COMMI 48-52, "
        "DELLA L.R. 27/2012 - APPROVAZIONE DEL PROGETTO E RICHIESTA DI CONTRIBUTO")
c.setFont(FB, S); c.drawString(L, y, "OGGETTO:")
y = para(c, L + 56, y, subj, FB, S, TW - 56, LD, justify=False) - 10
y = P(y, "L'anno 2029, il giorno 11 del mese di GENNAIO alle ore 17:30, nella sala comunale, in seguito a convocazione disposta con avviso agli assessori, si è riunita la Giunta Comunale.")
# roll
rows = [("Anzil Mario", "Sindaco", "Presente"), ("Toneatto Federica", "Vice Sindaco", "Presente"),
        ("Zanin Stefano", "Assessore", "Presente"), ("Pez Monica", "Assessore", "Assente"),
        ("Driussi Alberto", "Assessore", "Presente")]
c.setLineWidth(0.4)
x0, x1, x2, x3 = L + 40, L + 210, L + 330, L + 410
c.setFont(FB, 8.8)
c.drawString(x0 + 4, y, "Componente"); c.drawString(x1 + 4, y, "Ruolo"); c.drawString(x2 + 4, y, "Esito")
c.line(x0, y - 4, x3, y - 4); y -= 16
c.setFont(F, 9)
for n, r, e in rows:
    c.drawString(x0 + 4, y, n); c.drawString(x1 + 4, y, r); c.drawString(x2 + 4, y, e)
    c.line(x0, y - 4, x3, y - 4); y -= 14
y -= 10
y = P(y, "Assiste il Segretario comunale dott.ssa Paola Cragno.")
y = P(y, "Constatato il numero legale degli intervenuti, assume la presidenza il sig. Mario Anzil nella sua qualità di Sindaco ed espone gli oggetti inscritti all'ordine del giorno e su questi la Giunta Comunale adotta la seguente deliberazione:")
c.setFont(FB, 10); c.drawCentredString(W / 2, y - 4, "LA GIUNTA COMUNALE"); y -= 22
for t in [
    "PREMESSO che l'art. 9, commi da 48 a 52, della L.R. 27/2012 prevede la concessione ai Comuni di contributi per la realizzazione di cantieri di lavoro, finalizzati all'impiego temporaneo di lavoratori disoccupati in opere e servizi di pubblica utilità;",
    "VISTO l'avviso regionale pubblicato sul B.U.R. n. 51 del 20/12/2028, che fissa al 31/01/2029 il termine per la presentazione delle domande;",
    "VISTO il progetto \"Cura e manutenzione delle aree verdi lungo il fiume Stella e dei percorsi ciclopedonali\", predisposto dall'Area Tecnica, che prevede l'impiego di n. 4 lavoratori per 130 giornate e una spesa complessiva di euro 58.400,00;",
    "ACQUISITI i pareri favorevoli espressi dai Responsabili dei servizi interessati in ordine alla regolarità tecnica e contabile, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "CON VOTI unanimi favorevoli, espressi nelle forme di legge,",
]:
    y = P(y, t)
c.setFont(FB, 10)
if y < 120:
    y = newpage()
c.drawCentredString(W / 2, y - 4, "D E L I B E R A"); y -= 22
pts = ["di aderire al programma regionale \"Cantieri di lavoro\" per l'anno 2029 e di approvare il progetto \"Cura e manutenzione delle aree verdi lungo il fiume Stella e dei percorsi ciclopedonali\", per una spesa complessiva di euro 58.400,00;",
       "di autorizzare il Sindaco a presentare alla Regione Autonoma Friuli Venezia Giulia la domanda di contributo entro il termine del 31/01/2029;",
       "di dare atto che la quota a carico del Comune, pari a euro 8.760,00, trova copertura al capitolo 1950 del bilancio di previsione 2029-2031."]
for i, t in enumerate(pts, 1):
    if y < 90:
        y = newpage()
    c.setFont(F, S); c.drawString(L, y, "%d." % i)
    y = para(c, L + 16, y, t, F, S, TW - 16, LD) - 5
y -= 4
y = P(y, "Inoltre, con separata votazione unanime e palese, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante l'imminente scadenza del termine per la presentazione della domanda.")
if y < 150:
    y = newpage()
y -= 10
c.setFont(F, 9); c.drawString(L, y, "Letto, confermato e sottoscritto."); y -= 26
c.setFont(FB, 9)
c.drawCentredString(L + 100, y, "Il Sindaco"); c.drawCentredString(R - 100, y, "Il Segretario comunale"); y -= 13
c.setFont(F, 9)
c.drawCentredString(L + 100, y, "Mario Anzil"); c.drawCentredString(R - 100, y, "dott.ssa Paola Cragno"); y -= 11
c.setFont("Helvetica-Oblique", 7)
c.drawCentredString(L + 100, y, "Documento firmato digitalmente"); c.drawCentredString(R - 100, y, "Documento firmato digitalmente")
foot(); c.showPage(); c.save()
