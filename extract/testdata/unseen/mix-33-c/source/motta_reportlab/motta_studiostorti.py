# Comune di Motta di Livenza - Giunta deliberation, imitating a Studio Storti print (ReportLab canvas)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSerif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerifB", LIB + "LiberationSerif-Bold.ttf"))

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Deliberazione di Giunta Comunale n. 41 del 12-03-2026")
c.setAuthor("Comune di Motta di Livenza")
c.setCreator("Atti Amministrativi - stampa deliberazione")
L, R = 56, W - 56
TOTAL = 3
page = [1]

SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
        "SICUREZZA DELLA PISTA CICLOPEDONALE DI VIA CAVALLOTTI – CUP E41B26000120004")

def foot():
    c.setFont("LS", 7.5)
    c.line(L, 48, R, 48)
    c.drawString(L, 38, "DELIBERAZIONE DI GIUNTA COMUNALE n. 41 del 12-03-2026")
    c.drawRightString(R, 38, "Pag. %d di %d" % (page[0], TOTAL))
    c.setFont("LSI", 6.5)
    c.drawCentredString(W / 2, 27, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa")

def newpage():
    foot()
    c.showPage()
    page[0] += 1

def para(y, text, font="LSerif", size=10.5, lead=14, indent=0, width=None, align="J"):
    width = width or (R - L - indent)
    lines = simpleSplit(text, font, size, width)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        if y < 70:
            newpage(); y = H - 70; c.setFont(font, size)
        if align == "J" and i < len(lines) - 1 and " " in ln:
            words = ln.split(" ")
            gap = (width - pdfmetrics.stringWidth(ln.replace(" ", ""), font, size)) / (len(words) - 1)
            x = L + indent
            for w in words:
                c.drawString(x, y, w); x += pdfmetrics.stringWidth(w, font, size) + gap
        elif align == "C":
            c.drawCentredString(L + indent + width / 2, y, ln)
        else:
            c.drawString(L + indent, y, ln)
        y -= lead
    return y

# ---------- page 1: heading ----------
# crest placeholder
c.setLineWidth(0.8)
c.roundRect(L, H - 118, 46, 56, 6)
c.setFont("LS", 5.5); c.drawCentredString(L + 23, H - 92, "STEMMA")
c.setFont("LSB", 17); c.drawString(L + 62, H - 80, "COMUNE DI MOTTA DI LIVENZA")
c.setFont("LS", 10); c.drawString(L + 62, H - 96, "Provincia di Treviso")
c.setFont("LS", 8); c.drawString(L + 62, H - 110, "Piazza Luzzatti, 1 – 31045 Motta di Livenza (TV) – C.F. 80010270264")
c.setFont("LSB", 11); c.drawRightString(R, H - 80, "COPIA")

y = H - 150
c.setLineWidth(1.2); c.rect(L, y - 48, R - L, 48)
c.setFont("LSB", 12.5); c.drawCentredString(W / 2, y - 19, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("LS", 10); c.drawCentredString(W / 2, y - 37, "Seduta del 12-03-2026")
y -= 62
# number box left / subject right
c.setLineWidth(0.8)
c.rect(L, y - 52, 96, 52)
c.setFont("LS", 8); c.drawCentredString(L + 48, y - 13, "Numero")
c.setFont("LSB", 20); c.drawCentredString(L + 48, y - 38, "41")
c.rect(L + 96, y - 52, R - L - 96, 52)
c.setFont("LSB", 8); c.drawString(L + 104, y - 12, "OGGETTO:")
yy = y - 12
for ln in simpleSplit(SUBJ, "LSB", 9.5, R - L - 160):
    c.setFont("LSB", 9.5); c.drawString(L + 150, yy, ln); yy -= 12
y -= 70

y = para(y, "L'anno duemilaventisei, il giorno dodici del mese di marzo alle ore 12:30, nella sala delle adunanze "
            "della sede municipale, convocata nei modi di legge, si è riunita la Giunta Comunale.")
y -= 6
# roll table
cols = [L, L + 210, L + 330, L + 400, R]
rows = [("BORTOLUZZI ELENA", "Sindaco", "X", ""),
        ("MARCON DAVIDE", "Vicesindaco", "X", ""),
        ("TONON GIULIA", "Assessore", "X", ""),
        ("DE PICCOLI STEFANO", "Assessore", "", "X"),
        ("CESCON MARTA", "Assessore", "X", "")]
c.setFillGray(0.88); c.rect(L, y - 16, R - L, 16, fill=1, stroke=0); c.setFillGray(0)
c.setFont("LSB", 9)
for x, t in zip(cols, ["Cognome e Nome", "Carica", "Presenti", "Assenti"]):
    c.drawString(x + 5, y - 12, t)
yt = y
y -= 16
c.setFont("LS", 9.5)
for r in rows:
    c.drawString(cols[0] + 5, y - 12, r[0]); c.drawString(cols[1] + 5, y - 12, r[1])
    c.drawCentredString((cols[2] + cols[3]) / 2, y - 12, r[2]); c.drawCentredString((cols[3] + cols[4]) / 2, y - 12, r[3])
    y -= 16
c.setLineWidth(0.5)
for i in range(len(rows) + 2):
    c.line(L, yt - 16 * i, R, yt - 16 * i)
for x in cols:
    c.line(x, yt, x, y)
y -= 14
c.setFont("LSB", 9.5); c.drawRightString(R, y, "Presenti n. 4      Assenti n. 1")
y -= 20
y = para(y, "Partecipa alla seduta il Segretario Comunale Dott. Renato Visentin, il quale provvede alla redazione del presente verbale.")
y = para(y, "Constatato il numero legale degli intervenuti, la Dott.ssa Elena Bortoluzzi, nella sua qualità di Sindaco, "
            "assume la presidenza e dichiara aperta la seduta, invitando la Giunta a deliberare sull'oggetto sopra indicato.")
y -= 10
c.setFont("LS", 8.5)
c.drawString(L, y, "Proposta n. 52 del 09-03-2026 – Area Tecnica – Servizio Lavori Pubblici e Manutenzioni")
newpage()

# ---------- page 2: body ----------
y = H - 60
c.setFont("LS", 7.5); c.drawString(L, H - 40, "Comune di Motta di Livenza – Deliberazione di Giunta Comunale n. 41 del 12-03-2026")
c.setFont("LSB", 11); c.drawCentredString(W / 2, y, "LA GIUNTA COMUNALE"); y -= 22
for t in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 58 del 19-12-2025 è stato approvato il Documento Unico di Programmazione 2026-2028 e il programma triennale dei lavori pubblici, nel quale è inserito l'intervento di messa in sicurezza della pista ciclopedonale di via Cavallotti per un importo complessivo di € 285.000,00;",
 "RICHIAMATA la deliberazione di Giunta Comunale n. 12 del 29-01-2026 con la quale sono stati assegnati ai Responsabili di Area le risorse e gli obiettivi del Piano Esecutivo di Gestione 2026-2028;",
 "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ing. Paolo Sartor, con studio in Oderzo, acquisito al prot. n. 3987 del 04-03-2026, costituito dagli elaborati elencati nel dispositivo, che prevede un quadro economico di € 285.000,00, di cui € 212.400,00 per lavori a base d'asta e € 6.200,00 per oneri della sicurezza non soggetti a ribasso;",
 "DATO ATTO che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 36/2023 con verbale del Responsabile Unico del Progetto in data 06-03-2026;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce al presente atto;",
 "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
    y = para(y, t); y -= 5
y -= 4
c.setFont("LSB", 11); c.drawCentredString(W / 2, y, "D E L I B E R A"); y -= 20
pts = [
 "1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della pista ciclopedonale di via Cavallotti, redatto dall'Ing. Paolo Sartor, nell'importo complessivo di € 285.000,00, secondo il quadro economico riportato in premessa;",
 "2. di dare atto che la spesa trova copertura al capitolo 28150/10 “Manutenzione straordinaria viabilità” del bilancio di previsione 2026-2028, annualità 2026, finanziato con contributo regionale e avanzo di amministrazione;",
 "3. di individuare quale Responsabile Unico del Progetto il geom. Luca Favaro, Responsabile del Servizio Lavori Pubblici e Manutenzioni;",
 "4. di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva."]
for t in pts:
    y = para(y, t, indent=14); y -= 5
y -= 6
y = para(y, "Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata "
            "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di "
            "avviare la progettazione esecutiva entro il termine fissato dal decreto regionale di concessione.")
y -= 14
# pareri box
c.setLineWidth(0.6); c.rect(L, y - 118, R - L, 118)
c.setFont("LSB", 9); c.drawString(L + 8, y - 14, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000")
c.setFont("LS", 8.5)
c.drawString(L + 8, y - 32, "Parere in ordine alla REGOLARITÀ TECNICA: FAVOREVOLE")
c.drawString(L + 8, y - 45, "Data 09-03-2026                                   Il Responsabile dell'Area Tecnica – F.to Ing. Chiara Dal Bo'")
c.drawString(L + 8, y - 70, "Parere in ordine alla REGOLARITÀ CONTABILE: FAVOREVOLE")
c.drawString(L + 8, y - 83, "Data 10-03-2026                                   Il Responsabile dell'Area Finanziaria – F.to Dott.ssa Laura Zanin")
c.setFont("LSI", 7.5)
c.drawString(L + 8, y - 106, "(Firme apposte digitalmente sulla proposta n. 52 del 09-03-2026)")
newpage()

# ---------- page 3: signatures, publication ----------
c.setFont("LS", 7.5); c.drawString(L, H - 40, "Comune di Motta di Livenza – Deliberazione di Giunta Comunale n. 41 del 12-03-2026")
y = H - 70
y = para(y, "Letto, confermato e sottoscritto.")
y -= 16
c.setFont("LSB", 9.5)
c.drawCentredString(L + 110, y, "IL SINDACO"); c.drawCentredString(R - 110, y, "IL SEGRETARIO COMUNALE")
c.setFont("LS", 9.5)
c.drawCentredString(L + 110, y - 14, "F.to Dott.ssa Elena Bortoluzzi"); c.drawCentredString(R - 110, y - 14, "F.to Dott. Renato Visentin")
y -= 56
c.setLineWidth(0.8); c.rect(L, y - 92, R - L, 92)
c.setFont("LSB", 9.5); c.drawCentredString(W / 2, y - 15, "REFERTO DI PUBBLICAZIONE")
yy = para(y - 32, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune "
              "per quindici giorni consecutivi dal 13-03-2026 al 28-03-2026 ai sensi dell'art. 124 del D.Lgs. 267/2000 "
              "(n. 412 del registro delle pubblicazioni) e comunicata ai Capigruppo consiliari con nota prot. n. 4511.",
         font="LS", size=9, lead=12, indent=8, width=R - L - 16)
c.setFont("LS", 9); c.drawRightString(R - 10, y - 84, "IL SEGRETARIO COMUNALE – F.to Dott. Renato Visentin")
y -= 110
c.rect(L, y - 70, R - L, 70)
c.setFont("LSB", 9.5); c.drawCentredString(W / 2, y - 15, "CERTIFICATO DI ESECUTIVITÀ")
para(y - 32, "La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
     font="LS", size=9, lead=12, indent=8, width=R - L - 16)
c.setFont("LS", 9); c.drawRightString(R - 10, y - 62, "IL SEGRETARIO COMUNALE – F.to Dott. Renato Visentin")
foot()
c.save()
