"""Unione dei Comuni Terre dei Peligni, Halley-like minute of the Giunta
dell'Unione: ReportLab canvas, Helvetica, justified with Tw, the roll as a
ruled grid with P/A columns, number and date in a ruled band under the
title, a running foot with the act's number on every page."""
import sys
from reportlab.pdfgen import canvas
from rlkit import Flow, PAGE_W, PAGE_H

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H))
c.setTitle("Deliberazione della Giunta dell'Unione n. 2 del 08-01-2029")
c.setCreator("Halley Informatica - Atti")
L, R = 56, PAGE_W - 56
W = R - L
H, HB, HI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
page = [1]


def head(c, first=False):
    c.setFont(HB, 14)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 52, "UNIONE DEI COMUNI TERRE DEI PELIGNI")
    c.setFont(H, 9)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 65, "Corfinio - Raiano - Roccacasale - Vittorito")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 77, "Provincia dell'Aquila")
    c.setLineWidth(0.7)
    c.line(L, PAGE_H - 85, R, PAGE_H - 85)
    c.setFont(H, 7.5)
    c.drawString(L, 34, "DELIBERA DI GIUNTA DELL'UNIONE n.2 del 08-01-2029")
    c.drawRightString(R, 34, "Pag. %d" % page[0])
    c.line(L, 44, R, 44)


def new_page(c):
    page[0] += 1
    head(c)


head(c, True)
f = Flow(c, L, W, PAGE_H - 108, 64, new_page)

c.setFont(HB, 12)
c.drawCentredString(PAGE_W / 2, f.y, "COPIA DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE")
f.skip(20)
# number/date band
c.setLineWidth(0.8)
c.rect(L, f.y - 6, W, 20)
c.setFont(H, 10)
c.drawString(L + 8, f.y, "Numero")
c.setFont(HB, 11)
c.drawString(L + 60, f.y, "2")
c.setFont(H, 10)
c.drawString(L + 150, f.y, "Del")
c.setFont(HB, 11)
c.drawString(L + 178, f.y, "08-01-2029")
f.skip(34)

c.setFont(HB, 10.5)
c.drawString(L, f.y, "Oggetto:")
f.para("ASSEGNAZIONE DI RISORSE AL SERVIZIO ASSOCIATO DI PROTEZIONE CIVILE PER L'ACQUISTO DI DOTAZIONI "
       "DESTINATE AL GRUPPO INTERCOMUNALE DI VOLONTARIATO - ATTO DI INDIRIZZO", HB, 10.5, indent=56,
       after=12)

f.para("L'anno duemilaventinove il giorno otto del mese di gennaio alle ore 17:00, nella sede dell'Unione, "
       "convocata nei modi di legge e di Statuto, si è riunita la Giunta dell'Unione nelle persone dei "
       "Signori:", H, 10, after=8)

# roll grid
rows = [("DI FABIO ROBERTO", "Presidente", "P"), ("CIPRIANI LUCIA", "Vice Presidente", "P"),
        ("TARANTELLI MAURO", "Assessore", "A"), ("SANTILLI ANTONELLA", "Assessore", "P")]
cx = [L + 40, L + 220, L + 340, L + 380]
c.setLineWidth(0.5)
top = f.y + 11
rh = 15
c.setFont(HB, 9)
c.drawString(cx[0] + 4, f.y, "Componente")
c.drawString(cx[1] + 4, f.y, "Carica")
c.drawCentredString(cx[2] + 20, f.y, "Pres.")
c.drawCentredString(cx[3] + 20, f.y, "Ass.")
for i, (n, r, pa) in enumerate(rows, 1):
    yy = f.y - i * rh
    c.setFont(H, 9.5)
    c.drawString(cx[0] + 4, yy, n)
    c.drawString(cx[1] + 4, yy, r)
    c.setFont(HB, 9.5)
    c.drawCentredString((cx[2] if pa == "P" else cx[3]) + 20, yy, "X")
bottom = f.y - len(rows) * rh - 5
for x in cx + [cx[3] + 40]:
    c.line(x, top, x, bottom)
for k in range(len(rows) + 2):
    y = top - k * rh
    c.line(cx[0], y, cx[3] + 40, y)
f.y = bottom - 14
c.setFont(H, 9.5)
c.drawString(cx[0], f.y, "Presenti n.  3          Assenti n.  1")
f.skip(20)

for txt in (
    "Assume la presidenza il Dott. Roberto Di Fabio nella sua qualità di Presidente, il quale, constatata la "
    "legalità dell'adunanza, dichiara aperta la seduta. Partecipa con funzioni di assistenza e verbalizzazione "
    "il Segretario dell'Unione Dott.ssa Paola Ciccone.",
):
    f.para(txt, H, 10, after=10)

f.centre("LA GIUNTA DELL'UNIONE", HB, 10.5, after=6)
for txt in (
    "PREMESSO che con deliberazione del Consiglio dell'Unione n. 14 del 28/11/2028 è stata approvata la "
    "convenzione per la gestione associata della funzione di protezione civile tra i Comuni di Corfinio, "
    "Raiano, Roccacasale e Vittorito, e che al relativo servizio associato è preposto un Responsabile "
    "nominato con decreto del Presidente;",
    "CONSIDERATO che il Gruppo intercomunale di volontariato di protezione civile necessita di dotazioni "
    "individuali di protezione e di attrezzature per gli interventi in caso di neve e ghiaccio, come "
    "rappresentato dal coordinatore del Gruppo con nota prot. n. 19 del 3 gennaio 2029;",
    "DATO ATTO che nel bilancio dell'Unione, in esercizio provvisorio, risultano disponibili risorse alla "
    "Missione 11, Programma 01, per complessivi € 6.500,00, finanziate dal contributo regionale per il "
    "potenziamento del volontariato di protezione civile;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi dai Responsabili dei servizi "
    "competenti ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;",
    "Con voti unanimi favorevoli, espressi nei modi di legge,",
):
    f.para(txt, H, 10, after=5)

f.skip(2)
f.centre("D E L I B E R A", HB, 10.5, after=6)
for n, txt in enumerate((
    "di assegnare al Responsabile del Servizio associato di Protezione Civile la somma di € 6.500,00 per "
    "l'acquisto di dispositivi di protezione individuale e di attrezzature destinate al Gruppo intercomunale "
    "di volontariato;",
    "di stabilire, quale indirizzo, che gli acquisti siano effettuati mediante ricorso al Mercato Elettronico "
    "della Pubblica Amministrazione, dando priorità ai dispositivi per gli interventi in condizioni di neve e "
    "ghiaccio;",
    "di demandare al Responsabile del Servizio associato l'adozione di tutti gli atti gestionali conseguenti.",
), 1):
    f.para(txt, H, 10, indent=20, label=("%d." % n, 16), after=5)

f.para("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata "
       "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", H, 10, after=14)

f.need(150)
f.para("PARERE DI REGOLARITA' TECNICA: Favorevole. Il Responsabile del Servizio associato di Protezione Civile "
       "F.to Geom. Nicola Pace", H, 8.5, after=3)
f.para("PARERE DI REGOLARITA' CONTABILE: Favorevole. Il Responsabile del Servizio Finanziario "
       "F.to Rag. Elena Mastrangioli", H, 8.5, after=14)

f.para("Letto, approvato e sottoscritto.", H, 10, after=12)
c.setFont(HB, 10)
c.drawCentredString(L + W * 0.25, f.y, "IL PRESIDENTE")
c.drawCentredString(L + W * 0.75, f.y, "IL SEGRETARIO DELL'UNIONE")
f.skip(14)
c.setFont(H, 10)
c.drawCentredString(L + W * 0.25, f.y, "F.to Dott. Roberto Di Fabio")
c.drawCentredString(L + W * 0.75, f.y, "F.to Dott.ssa Paola Ciccone")
f.skip(34)

f.centre("ATTESTATO DI PUBBLICAZIONE", HB, 9.5, after=4)
f.para("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
       "dell'Unione dal 09-01-2029 per quindici giorni consecutivi (n. 7 del Registro delle pubblicazioni).",
       H, 9, after=4)
f.para("Copia conforme all'originale per uso amministrativo.", HI, 9, after=2)
c.showPage()
c.save()
