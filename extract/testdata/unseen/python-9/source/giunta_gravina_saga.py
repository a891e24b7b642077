# Comune di Gravina in Puglia - Giunta - imitating a Saga-like print (ReportLab canvas, core Times)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from canvaswriter import Writer, pair, labelled

c = canvas.Canvas("../giunta-gravina-saga.pdf", pagesize=A4)
c.setTitle("GC 131 2025"); c.setAuthor("Comune di Gravina in Puglia")
def pagehead(w):
    c.setFont("Times-Italic", 8)
    c.drawString(22*mm, 285*mm, "Comune di Gravina in Puglia - Deliberazione della Giunta Comunale n. 131 del 12/06/2025")
    c.line(22*mm, 283.5*mm, 188*mm, 283.5*mm)

# letterhead
c.setLineWidth(1)
c.circle(32*mm, 272*mm, 8*mm)
c.setFont("Times-Roman", 6); c.drawCentredString(32*mm, 271*mm, "STEMMA")
c.setFont("Times-Bold", 18); c.drawString(45*mm, 274*mm, "CITTÀ DI GRAVINA IN PUGLIA")
c.setFont("Times-Roman", 11); c.drawString(45*mm, 268*mm, "Città Metropolitana di Bari")
c.setLineWidth(0.5); c.line(22*mm, 261*mm, 188*mm, 261*mm); c.line(22*mm, 260.2*mm, 188*mm, 260.2*mm)
w = Writer(c, top=255*mm, on_new_page=pagehead)
w.text("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 13, align="center", after=2)
pair(w, "N. 131 del Registro", "Seduta del 12/06/2025", "Times-Bold", 11); w.space(8)
labelled(w, "OGGETTO:", "ADESIONE AL PROGETTO \"PUGLIA SOCIALE IN\" - AVVISO REGIONALE PER IL POTENZIAMENTO DEI CENTRI ANTIVIOLENZA. "
       "APPROVAZIONE SCHEMA DI ACCORDO DI PARTENARIATO.", after=8)
w.text("L'anno duemilaventicinque il giorno dodici del mese di giugno alle ore 13,00, nella Sede Comunale, si è riunita la Giunta "
       "Comunale, regolarmente convocata, con l'intervento dei Signori:", after=6)
roll = [("VALENTE Francesco", "Sindaco", "Presente"), ("DIGIESI Angela", "Vicesindaco", "Presente"),
        ("LOIUDICE Nicola", "Assessore", "Presente"), ("CALDERONI Rosa", "Assessore", "Assente"),
        ("MATERA Giuseppe", "Assessore", "Presente"), ("SCHINCO Maria Teresa", "Assessore", "Presente"),
        ("PELLICANI Vito", "Assessore", "Assente"), ("TAFUNI Donato", "Assessore", "Presente")]
for i, (n, r, p) in enumerate(roll, 1):
    w.need(14); w.y -= 14
    c.setFont("Times-Roman", 11)
    c.drawRightString(34*mm, w.y, "%d)" % i)
    c.drawString(37*mm, w.y, n); c.drawString(100*mm, w.y, r); c.drawString(145*mm, w.y, p)
w.space(6)
w.text("Presiede il Sindaco Avv. Francesco Valente. Partecipa il Segretario Generale Dott. Michele Lorusso, che cura la verbalizzazione.")
w.text("Il Presidente, riconosciuta la validità della seduta per il numero legale dei presenti, invita la Giunta a trattare "
       "l'argomento indicato in oggetto.", after=8)
w.text("LA GIUNTA COMUNALE", "Times-Bold", 12, align="center", after=6)
for t in [
 "Premesso che la Regione Puglia, con determinazione dirigenziale della Sezione Inclusione Sociale Attiva n. 488 del 20/05/2025, ha approvato "
 "l'Avviso pubblico \"Puglia Sociale IN\" per il potenziamento dei centri antiviolenza e delle case rifugio, rivolto agli Ambiti territoriali "
 "sociali e ai Comuni in partenariato con enti del Terzo Settore;",
 "Considerato che sul territorio comunale opera dal 2016 il centro antiviolenza \"Rete Rosa\", gestito dalla Cooperativa sociale \"Il Melograno\" "
 "in convenzione con l'Ambito territoriale BA5, e che l'adesione consentirebbe di ampliare gli orari di apertura dello sportello;",
 "Visto lo schema di accordo di partenariato predisposto dal Settore Servizi Sociali, allegato al presente atto quale parte integrante e sostanziale;",
 "Dato atto che l'adesione non comporta oneri a carico del bilancio comunale, salvo la messa a disposizione dei locali di via Matteotti n. 12;",
 "Visto il D.Lgs. 18 agosto 2000, n. 267 e s.m.i.;",
 "Acquisito il parere favorevole di regolarità tecnica espresso dal Dirigente del Settore Servizi Sociali, ai sensi dell'art. 49 del D.Lgs. "
 "267/2000, e dato atto che non occorre il parere di regolarità contabile;",
 "ad unanimità di voti favorevoli, espressi nei modi di legge,"]:
    w.text(t)
w.space(4)
w.text("D E L I B E R A", "Times-Bold", 12, align="center", after=6)
for t in [
 "DI ADERIRE, per le motivazioni espresse in premessa, al progetto \"Puglia Sociale IN\" in partenariato con la Cooperativa sociale "
 "\"Il Melograno\";",
 "DI APPROVARE lo schema di accordo di partenariato allegato, autorizzando il Sindaco alla sua sottoscrizione;",
 "DI DARE ATTO che dal presente provvedimento non derivano oneri finanziari a carico del bilancio comunale;",
 "DI TRASMETTERE copia del presente atto all'Ufficio di Piano dell'Ambito territoriale BA5 per gli adempimenti di competenza."]:
    w.text(t, indent=0, after=5)
w.space(4)
w.text("Successivamente, LA GIUNTA COMUNALE, ravvisata l'urgenza di provvedere entro il termine di scadenza dell'Avviso regionale, con "
       "separata votazione unanime, DICHIARA la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
       "D.Lgs. n. 267/2000.", after=10)
w.need(60)
w.text("Del che si è redatto il presente verbale, che viene letto e sottoscritto come segue.", after=8)
w.need(40); w.y -= 14
c.setFont("Times-Bold", 11)
c.drawCentredString(60*mm, w.y, "IL SINDACO"); c.drawCentredString(150*mm, w.y, "IL SEGRETARIO GENERALE")
w.y -= 14; c.setFont("Times-Roman", 11)
c.drawCentredString(60*mm, w.y, "Avv. Francesco Valente"); c.drawCentredString(150*mm, w.y, "Dott. Michele Lorusso")
w.y -= 24
w.text("CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 11, align="center")
w.text("Il sottoscritto Responsabile della pubblicazione certifica che la presente deliberazione è stata pubblicata all'Albo Pretorio on line "
       "in data 16/06/2025 con n. 1384 di registro e vi resterà per quindici giorni consecutivi.", size=10)
pair(w, "Gravina in Puglia, 16/06/2025", "Il Messo Comunale - Vito Cassano", size=10)
c.save()
