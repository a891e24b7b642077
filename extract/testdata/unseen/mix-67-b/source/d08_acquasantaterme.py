# Comune di Acquasanta Terme (AP) - ESTRATTO of a Giunta deliberation (ReportLab canvas).
# Every justified line is its own text object with an explicit Tw; headings are letter-spaced with Tc;
# a running head and a running foot are repeated on both pages; roll as a ruled table with X marks.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Estratto delibera GC 14/2026"); c.setAuthor("Segreteria"); c.setCreator("Gestione Atti – stampa estratto")
y = [0]; page = [1]; PAGES = 2
def spaced(s, x, yy, font, size, tc, centre=False):
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    if centre: x = x - w / 2
    t = c.beginText(x, yy); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def line(s, x, yy, font, size, tw=0):
    t = c.beginText(x, yy); t.setFont(font, size); t.setWordSpace(tw); t.textOut(s)
    if tw: t.setWordSpace(0)
    c.drawText(t)
def running():
    c.setFont("Helvetica", 7.5); c.setFillGray(0.35)
    c.drawString(L, H - 30, "Comune di Acquasanta Terme – Estratto della deliberazione della Giunta Comunale n. 14 del 26.2.2026")
    c.drawRightString(R, H - 30, "pag. %d di %d" % (page[0], PAGES))
    c.setLineWidth(0.3); c.line(L, H - 34, R, H - 34)
    c.line(L, 46, R, 46)
    c.drawString(L, 36, "Piazza XX Settembre, 1 – 63095 Acquasanta Terme (AP) – tel. 0736 801262 – comune.acquasantaterme@emarche.it")
    c.drawRightString(R, 36, "ESTRATTO")
    c.setFillGray(0)
def newpage():
    c.showPage(); page[0] += 1; running(); y[0] = H - 62
def para(text, font="Times-Roman", size=11, lead=14.2, first=0, indent=0, after=5, justify=True, x0=None):
    x0 = L if x0 is None else x0
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else indent
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - x0 - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 72: newpage()
        ind = first if i == 0 else indent
        s = " ".join(ln); tw = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            tw = (R - x0 - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        line(s, x0 + ind, y[0], font, size, tw); y[0] -= lead
    y[0] -= after
def centre(s, font, size, lead, tc=0):
    spaced(s, (L + R) / 2, y[0], font, size, tc, centre=True); y[0] -= lead

# page 1 ---------------------------------------------------------------
running(); y[0] = H - 70
c.setLineWidth(1); c.circle(L + 24, y[0] - 14, 22); c.setFont("Times-Bold", 8); c.drawCentredString(L + 24, y[0] - 17, "AST")
spaced("COMUNE DI ACQUASANTA TERME", (L + R) / 2 + 20, y[0] - 4, "Times-Bold", 16, 1.1, centre=True)
spaced("Provincia di Ascoli Piceno", (L + R) / 2 + 20, y[0] - 20, "Times-Italic", 10.5, 0.4, centre=True)
y[0] -= 56
c.setLineWidth(0.8); c.rect(L, y[0] - 36, R - L, 48)
centre("ESTRATTO DAL REGISTRO DELLE DELIBERAZIONI", "Helvetica-Bold", 11.5, 14, tc=0.8)
centre("DELLA GIUNTA COMUNALE", "Helvetica-Bold", 11.5, 16, tc=0.8)
centre("Deliberazione n. 14 del 26.2.2026", "Helvetica", 10.5, 32)
line("OGGETTO:", L, y[0], "Times-Bold", 11)
para("Lavori di ripristino della passerella pedonale sul fiume Tronto in località Centrale danneggiata dagli eventi meteorologici del novembre 2025 – Approvazione del progetto di fattibilità tecnico-economica – CUP G37H26000040002.", font="Times-Bold", first=64, indent=64, after=12)
para("L'anno duemilaventisei, addì ventisei del mese di febbraio, alle ore 12,30, nella sala delle adunanze della Sede comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:")
# roll table
cols = [L + 10, L + 210, L + 330, L + 400]
c.setLineWidth(0.5); top = y[0] + 4
c.setFont("Helvetica-Bold", 9)
for x, h in zip(cols, ["Cognome e nome", "Carica", "Presente", "Assente"]): c.drawString(x, y[0] - 6, h)
y[0] -= 20
roll = [("CAPPELLI Pierluigi", "Sindaco", True), ("MARCOZZI Elisa", "Vicesindaco", True), ("NARDINOCCHI Domenico", "Assessore", False)]
for nm, rl, pr in roll:
    c.setFont("Times-Roman", 11); c.drawString(cols[0], y[0] - 4, nm); c.drawString(cols[1], y[0] - 4, rl)
    c.setFont("Helvetica-Bold", 10); c.drawString(cols[2] + 16 if pr else cols[3] + 14, y[0] - 4, "X")
    y[0] -= 17
c.rect(L, y[0] + 4, R - L, top - y[0] - 4)
for x in cols[1:]: c.line(x - 8, y[0] + 4, x - 8, top)
c.line(L, top - 14, R, top - 14)
c.setFont("Times-Roman", 10.5); c.drawRightString(R, y[0] - 10, "Presenti n. 2     Assenti n. 1"); y[0] -= 30
para("Partecipa il Segretario Comunale dott. Giuseppe Ciabattoni, che provvede alla redazione del presente verbale.")
para("Il Sig. Pierluigi Cappelli, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.")
centre("LA GIUNTA COMUNALE", "Times-Bold", 11.5, 18, tc=1.2)
para("PREMESSO che nei giorni 21 e 22 novembre 2025 il territorio comunale è stato interessato da precipitazioni di eccezionale intensità che hanno provocato l'esondazione del fiume Tronto e il danneggiamento della passerella pedonale che collega la località Centrale alla strada statale n. 4 Salaria;")
para("DATO ATTO che con decreto del Presidente della Giunta regionale n. 212 del 4 dicembre 2025 è stato dichiarato lo stato di emergenza regionale per gli eventi sopra richiamati e che con successivo decreto dirigenziale è stato assegnato al Comune un contributo di euro 185.000,00 per il ripristino dell'infrastruttura;")
para("(omissis)", font="Times-Italic", justify=False)
para("VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di euro 185.000,00, di cui euro 138.600,00 per lavori comprensivi degli oneri per la sicurezza ed euro 46.400,00 per somme a disposizione dell'Amministrazione;")
para("VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;")
para("CON VOTI unanimi favorevoli, espressi nelle forme di legge,")
centre("D E L I B E R A", "Times-Bold", 11.5, 18)
pts = [
 "di approvare il progetto di fattibilità tecnico-economica dei lavori di ripristino della passerella pedonale sul fiume Tronto in località Centrale, dell'importo complessivo di euro 185.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura nel contributo regionale assegnato per gli eventi del novembre 2025, iscritto al capitolo 21540 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di individuare quale Responsabile Unico del Progetto il geom. Alessandro Pompei, Responsabile dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva."]
for i, s in enumerate(pts, 1):
    if y[0] < 86: newpage()
    line("%d)" % i, L, y[0], "Times-Roman", 11); para(s, first=22, indent=22)
para("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la progettazione esecutiva.")
y[0] -= 6
para("Letto, approvato e sottoscritto.", justify=False, after=10)
if y[0] < 140: newpage()
c.setFont("Times-Bold", 10.5); c.drawCentredString(L + 90, y[0], "IL SINDACO"); c.drawCentredString(R - 100, y[0], "IL SEGRETARIO COMUNALE"); y[0] -= 14
c.setFont("Times-Roman", 10.5); c.drawCentredString(L + 90, y[0], "F.to Pierluigi Cappelli"); c.drawCentredString(R - 100, y[0], "F.to dott. Giuseppe Ciabattoni"); y[0] -= 34
c.setLineWidth(0.4); c.line(L, y[0] + 12, R, y[0] + 12); y[0] -= 6
centre("CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 9.5, 14, tc=0.6)
para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune il 2.3.2026 per quindici giorni consecutivi (reg. pubbl. n. 96) ed è stata comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", size=10, lead=13)
y[0] -= 8
c.setLineWidth(0.8); c.setStrokeColorRGB(0.15, 0.2, 0.5); c.rect(L + 150, y[0] - 58, R - L - 150, 66); c.setStrokeColorRGB(0, 0, 0)
c.setFillColorRGB(0.15, 0.2, 0.5)
spaced("PER ESTRATTO CONFORME ALL'ORIGINALE", L + 160, y[0] - 8, "Helvetica-Bold", 9, 0.5)
c.setFont("Helvetica", 8.5); c.drawString(L + 160, y[0] - 22, "ad uso amministrativo. Acquasanta Terme, 2.3.2026")
c.drawString(L + 160, y[0] - 36, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica-Oblique", 8.5); c.drawString(L + 160, y[0] - 50, "dott. Giuseppe Ciabattoni")
c.setFillColorRGB(0, 0, 0)
c.save()
