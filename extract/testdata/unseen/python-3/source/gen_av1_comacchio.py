"""AV1: numbered avviso, Comacchio. Raw ReportLab canvas, DejaVu Serif embedded.
Imitates a notice typed in a word processor: protocol line at the top right,
issuing Settore under the letterhead, 'AVVISO N. 12/2025' in large capitals,
subject labelled 'Oggetto:', numbered articles, place and date at the end,
running footer 'Avviso n. 12/2025 - pagina x di 2'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from common import register_dejavu
from rawtext import Writer, wrap

register_dejavu("DejaVuSerif")
R, B, I = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
OUT = "avviso-comacchio-numbered.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso 12/2025")
pg = [1]
TOTAL = 2


def foot():
    c.setFont(I, 7.5)
    c.drawString(22 * mm, 11 * mm, "Avviso n. 12/2025 - Settore Sviluppo Economico e Turismo")
    c.drawRightString(W - 22 * mm, 11 * mm, "pagina %d di %d" % (pg[0], TOTAL))


def newp():
    foot()
    c.showPage()
    pg[0] += 1


c.setFont(R, 8)
c.drawRightString(W - 22 * mm, H - 14 * mm, "Prot. n. 0028811 del 09/06/2025")
c.setFont(B, 16)
c.drawCentredString(W / 2, H - 26 * mm, "COMUNE DI COMACCHIO")
c.setFont(R, 9)
c.drawCentredString(W / 2, H - 31 * mm, "Provincia di Ferrara")
c.setFont(B, 9.5)
c.drawCentredString(W / 2, H - 38 * mm, "SETTORE SVILUPPO ECONOMICO E TURISMO")
c.setFont(R, 8)
c.drawCentredString(W / 2, H - 42.5 * mm, "Servizio Attività Produttive - SUAP")
c.setLineWidth(0.5)
c.line(60 * mm, H - 45 * mm, W - 60 * mm, H - 45 * mm)
c.setFont(B, 22)
c.drawCentredString(W / 2, H - 60 * mm, "AVVISO N. 12/2025")
wr = Writer(c, 22 * mm, W - 44 * mm, H - 68 * mm, 20 * mm, newp)
c.setFont(B, 10)
c.drawString(22 * mm, wr.y - 12, "Oggetto:")
for ln in wrap("Manifestazioni di interesse per l'assegnazione temporanea di posteggi per il commercio su "
               "area pubblica in occasione della Sagra dell'Anguilla 2025.", B, 10, W - 44 * mm - 20 * mm):
    wr.y -= 13.5
    c.setFont(B, 10)
    c.drawString(42 * mm, wr.y + 1.5, ln)
wr.space(10)
wr.para("IL DIRIGENTE", B, 10.5, align="center", after=6)
wr.para("In esecuzione della deliberazione della Giunta Comunale n. 118 del 29/05/2025, con la quale sono "
        "stati approvati il programma e le modalità organizzative della Sagra dell'Anguilla 2025, e della "
        "propria determinazione R.G. n. 702 del 06/06/2025,", R, 9.5)
wr.para("RENDE NOTO", B, 10.5, align="center", after=6)
wr.para("che sono aperti i termini per la presentazione delle domande di assegnazione temporanea dei "
        "posteggi per il commercio su area pubblica nell'ambito della manifestazione, secondo le "
        "disposizioni che seguono.", R, 9.5)
for title, text in [
    ("Art. 1 - Periodo e luogo.", "La Sagra si svolgerà nei fine settimana dal 26 settembre al 12 ottobre "
     "2025 nel centro storico di Comacchio, lungo via Edgardo Fogli, Piazzetta Trepponti e via Agatopisto, "
     "secondo la planimetria allegata al presente avviso (allegato A)."),
    ("Art. 2 - Posteggi disponibili.", "Sono disponibili n. 38 posteggi di dimensioni 4 x 3 metri, di cui "
     "n. 24 riservati al settore alimentare e n. 14 al settore non alimentare, con priorità per i prodotti "
     "tipici del territorio del Delta del Po."),
    ("Art. 3 - Requisiti.", "Possono presentare domanda gli operatori in possesso dell'autorizzazione "
     "al commercio su area pubblica di tipo A o B rilasciata da un Comune italiano, nonché gli imprenditori "
     "agricoli di cui all'art. 2135 del Codice Civile, in regola con il pagamento dei tributi comunali."),
    ("Art. 4 - Modalità e termini.", "Le domande, redatte sul modulo allegato (allegato B) e corredate "
     "della marca da bollo da € 16,00, devono pervenire esclusivamente tramite il portale SUAP "
     "dell'Emilia-Romagna (AccessoUnitario) entro le ore 12:00 del 7 luglio 2025. Le domande pervenute "
     "oltre il termine non saranno prese in considerazione."),
    ("Art. 5 - Graduatoria.", "La graduatoria sarà formata sulla base del maggior numero di presenze "
     "maturate nelle edizioni precedenti e, a parità, dell'anzianità di iscrizione al Registro delle "
     "Imprese, e sarà pubblicata all'Albo Pretorio on line entro il 31 luglio 2025."),
    ("Art. 6 - Canone.", "Per l'occupazione è dovuto il canone unico patrimoniale nella misura prevista "
     "dalla deliberazione tariffaria vigente, da versare prima del rilascio della concessione."),
    ("Art. 7 - Trattamento dei dati.", "I dati personali saranno trattati ai sensi del Regolamento (UE) "
     "2016/679 esclusivamente per le finalità connesse al presente procedimento. Responsabile del "
     "procedimento è la Dott.ssa Cristina Felletti, tel. 0533 310211."),
]:
    wr.para(title, B, 9.5, after=1)
    wr.para(text, R, 9.5, after=5)
wr.space(10)
wr.ensure(60)
wr.para("Comacchio, 9 giugno 2025", R, 9.5, after=10)
c.setFont(B, 9.5)
wr.y -= 12
c.drawCentredString(150 * mm, wr.y, "IL DIRIGENTE DEL SETTORE")
wr.y -= 12
c.setFont(R, 9.5)
c.drawCentredString(150 * mm, wr.y, "Arch. Michele Zappaterra")
wr.y -= 10
c.setFont(I, 7)
c.drawCentredString(150 * mm, wr.y, "(firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005)")
foot()
c.save()
assert pg[0] == TOTAL, pg
print("wrote", OUT)
