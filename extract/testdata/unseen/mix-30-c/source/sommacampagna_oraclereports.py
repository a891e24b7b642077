# Giunta deliberation of Sommacampagna imitating an Oracle Reports 6i print (Courier body, boxed header)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
OUT = sys.argv[1]
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("DELGC01 - Verbale deliberazione Giunta"); c.setAuthor("ATTI01"); c.setCreator("Oracle Reports 6i")
PAGES = 3
def frame(p):
    c.setFont("Courier", 7.5)
    c.drawString(40, H-28, "Report: DELGC01.rdf")
    c.drawRightString(W-40, H-28, "Stampato il 24/03/2026 10:42:17 - utente ATTI01")
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(W/2, H-50, "COMUNE DI SOMMACAMPAGNA")
    c.setFont("Courier", 8.5)
    c.drawCentredString(W/2, H-62, "Provincia di Verona")
    c.drawCentredString(W/2, H-72, "Piazza Carlo Alberto, 1 - 37066 Sommacampagna (VR) - C.F. 00259040231")
    c.line(40, H-80, W-40, H-80)
    c.setFont("Courier", 7.5)
    c.line(40, 48, W-40, 48)
    c.drawString(40, 38, "Deliberazione G.C. n. 47 del 19/03/2026")
    c.drawRightString(W-40, 38, "Pag. %d di %d" % (p, PAGES))
    c.drawCentredString(W/2, 26, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")

def para(y, text, font="Courier", size=9, width=88, lead=11.5, x=48):
    import textwrap
    c.setFont(font, size)
    for ln in textwrap.wrap(text, width):
        c.drawString(x, y, ln); y -= lead
    return y

frame(1)
y = H-100
c.setFont("Courier-Bold", 10)
c.drawCentredString(W/2, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 12
c.setFont("Courier", 8.5)
c.drawCentredString(W/2, y, "COPIA CONFORME ALL'ORIGINALE DIGITALE"); y -= 16
# register box
c.rect(40, y-42, W-80, 46)
c.line(40+170, y-42, 40+170, y+4); c.line(40+340, y-42, 40+340, y+4)
c.setFont("Courier", 7.5)
c.drawString(46, y-6, "REG. DELIBERAZIONI"); c.drawString(216, y-6, "DATA SEDUTA"); c.drawString(386, y-6, "PROPOSTA")
c.setFont("Courier-Bold", 11)
c.drawString(46, y-26, "N.   47"); c.drawString(216, y-26, "19/03/2026")
c.setFont("Courier", 8.5)
c.drawString(386, y-22, "N. 52 del 12/03/2026"); c.drawString(386, y-34, "Area Lavori Pubblici")
y -= 62
c.setFont("Courier-Bold", 9)
c.drawString(48, y, "OGGETTO:")
subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
        "SICUREZZA DI VIA OSTERIA GRANDE E DEL PERCORSO CICLOPEDONALE VERSO CUSTOZA - CUP G51B25000870004")
y = para(y, subj, "Courier-Bold", 9, 76, 11.5, 104)
y -= 10
y = para(y, "L'anno duemilaventisei, il giorno diciannove del mese di marzo alle ore 17:30, nella "
         "Sala della Giunta della Sede Municipale, previa l'osservanza di tutte le formalità "
         "prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta "
         "Comunale. All'appello risultano:")
y -= 6
c.setFont("Courier-Bold", 8.5)
c.drawString(60, y, "N.  COGNOME E NOME".ljust(34) + "CARICA".ljust(18) + "PRES.  ASS.")
y -= 4; c.line(58, y, 420, y); y -= 11
c.setFont("Courier", 8.5)
roll = [("BONETTI GIULIA", "Sindaco", 1), ("FAVALLI ANDREA", "Vice Sindaco", 1),
        ("ZANOTTO MARTA", "Assessore", 1), ("RIGHETTI LUCA", "Assessore", 0),
        ("PERANTONI ELENA", "Assessore", 1), ("DAL FORNO MATTEO", "Assessore", 1)]
for i, (n, r, p) in enumerate(roll, 1):
    c.drawString(60, y, ("%d" % i).ljust(4) + n.ljust(30) + r.ljust(18) + ("  X         " if p else "         X"))
    y -= 11
c.line(58, y+6, 420, y+6); y -= 4
c.drawString(60, y, "".ljust(34) + "TOTALI".ljust(18) + "  5      1"); y -= 18
y = para(y, "Assiste all'adunanza il Segretario Generale Dott. Stefano Marchiori, il quale provvede "
         "alla redazione del presente verbale.")
y -= 4
y = para(y, "Essendo legale il numero degli intervenuti, l'Avv. Giulia Bonetti nella sua qualità di "
         "Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto "
         "sopra indicato.")
y -= 10
c.setFont("Courier-Bold", 9); c.drawCentredString(W/2, y, "LA GIUNTA COMUNALE"); y -= 16
prem = [
 "PREMESSO che il Documento Unico di Programmazione 2026/2028, approvato con deliberazione "
 "del Consiglio Comunale n. 71 del 18/12/2025, e il programma triennale dei lavori pubblici "
 "2026/2028 prevedono l'intervento di messa in sicurezza di Via Osteria Grande, con la "
 "realizzazione di un percorso ciclopedonale protetto di collegamento con la frazione di Custoza;",
 "RICHIAMATA la determinazione del Responsabile dell'Area Lavori Pubblici n. 612 del "
 "21/10/2025 con la quale è stato affidato all'Ing. Paolo Zardini di Villafranca di Verona "
 "l'incarico di redazione del progetto di fattibilità tecnico-economica;",
 "VISTO il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato "
 "in data 27/02/2026, prot. n. 4418, dell'importo complessivo di euro 640.000,00, di cui "
 "euro 472.300,00 per lavori a base d'asta comprensivi di euro 14.900,00 per oneri della "
 "sicurezza non soggetti a ribasso ed euro 167.700,00 per somme a disposizione "
 "dell'Amministrazione;",
]
for t in prem:
    y = para(y, t); y -= 5
c.showPage(); frame(2); y = H-104
prem2 = [
 "VISTO il verbale di verifica preventiva della progettazione redatto ai sensi dell'art. 42 "
 "del D.Lgs. 31 marzo 2023, n. 36 in data 10/03/2026;",
 "VISTO l'art. 41 del D.Lgs. 36/2023 e l'allegato I.7 al medesimo decreto;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
 "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
 "CON VOTI unanimi favorevoli espressi in forma palese;",
]
for t in prem2:
    y = para(y, t); y -= 5
y -= 6
c.setFont("Courier-Bold", 9); c.drawCentredString(W/2, y, "D E L I B E R A"); y -= 16
pts = [
 "1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in "
 "sicurezza di Via Osteria Grande e del percorso ciclopedonale verso Custoza, redatto "
 "dall'Ing. Paolo Zardini, dell'importo complessivo di euro 640.000,00, composto dagli "
 "elaborati elencati nell'allegato A;",
 "2. di dare atto che la spesa trova copertura al capitolo 2810/5 \"Manutenzione "
 "straordinaria viabilità\" del bilancio di previsione 2026/2028, annualità 2026;",
 "3. di dare atto che il Responsabile Unico del Progetto è l'Arch. Chiara Tommasi, "
 "Responsabile dell'Area Lavori Pubblici;",
 "4. di demandare al Responsabile dell'Area Lavori Pubblici l'adozione degli atti "
 "conseguenti, ivi compreso l'affidamento della progettazione esecutiva.",
]
for t in pts:
    y = para(y, t, x=56, width=86); y -= 5
y -= 4
y = para(y, "Successivamente, con separata votazione unanime favorevole, la presente deliberazione "
         "viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
         "D.Lgs. 267/2000, stante l'urgenza di richiedere il contributo regionale entro il "
         "31/03/2026.")
y -= 16
c.setFont("Courier-Bold", 8.5); c.drawString(48, y, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000"); y -= 4
c.line(48, y, W-48, y); y -= 12
y = para(y, "Regolarità tecnica: FAVOREVOLE - 12/03/2026 - Il Responsabile dell'Area Lavori Pubblici "
         "Arch. Chiara Tommasi", size=8.5)
y = para(y, "Regolarità contabile: FAVOREVOLE - 13/03/2026 - Il Responsabile dell'Area Economico "
         "Finanziaria Dott.ssa Nadia Girelli", size=8.5)
c.showPage(); frame(3); y = H-104
y = para(y, "Letto, approvato e sottoscritto.")
y -= 18
c.setFont("Courier", 9)
c.drawString(60, y, "IL SINDACO"); c.drawString(340, y, "IL SEGRETARIO GENERALE"); y -= 12
c.drawString(60, y, "Avv. Giulia Bonetti"); c.drawString(340, y, "Dott. Stefano Marchiori"); y -= 34
c.rect(40, y-92, W-80, 100)
c.setFont("Courier-Bold", 8.5); c.drawString(48, y-6, "CERTIFICATO DI PUBBLICAZIONE"); 
y = para(y-20, "La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per "
         "quindici giorni consecutivi dal 24/03/2026 al 08/04/2026 (Reg. Pubbl. n. 389) e "
         "contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del "
         "D.Lgs. 267/2000.", size=8.5, x=48)
c.drawString(340, y-8, "IL SEGRETARIO GENERALE"); c.drawString(340, y-20, "Dott. Stefano Marchiori")
c.save()
