# Melito di Porto Salvo (RC): ReportLab. Letterhead and foot are Form XObjects reused on both pages; each page's
# blocks are laid out first and drawn in reverse order (foot, last block ... first block, letterhead last);
# body lines justified with Tw, headings letter-spaced with Tc; roll in prose.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlutil import tw_par, tc_heading, wrap
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Deliberazione C.C. 16/2026"); c.setCreator("Halley Consiglio"); c.setProducer("Halley Stampe PDF 4.0 (ReportLab)")
L, R = 64, W - 64; TW = R - L
# Form XObjects
c.beginForm("letterhead")
c.setFillColorRGB(0.05, 0.25, 0.45); c.rect(L, H - 92, TW, 52, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1)
tc_heading(c, W / 2, H - 64, "COMUNE DI MELITO DI PORTO SALVO", "Helvetica-Bold", 15, 1.2)
tc_heading(c, W / 2, H - 82, "Città Metropolitana di Reggio Calabria", "Helvetica", 9, 0.6)
c.setFillColorRGB(0, 0, 0)
c.endForm()
c.beginForm("foot")
c.setStrokeColorRGB(0.05, 0.25, 0.45); c.line(L, 50, R, 50)
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 40, "Piazza Municipio, 1 - 89063 Melito di Porto Salvo (RC) - protocollo.melitops@asmepec.it - Deliberazione del Consiglio Comunale n. 16 del 28/03/2026")
c.endForm()

F, FB, FS, LD = "Times-Roman", "Times-Bold", 10.8, 14
def block_par(text, font=F, size=FS, justify=True):
    def draw(y):
        return tw_par(c, L, y, text, font, size, TW, LD, justify)
    return ("par", draw, len(wrap(text, font, size, TW)) * LD + 4)
def block_head(text, size=11.5, tc=2.2):
    def draw(y):
        tc_heading(c, W / 2, y, text, FB, size, tc); return y - 20
    return ("head", draw, 20)
def block_custom(fn, h): return ("c", fn, h)
def render(blocks, ytop):
    pos = []; y = ytop
    for b in blocks: pos.append((b, y)); y -= b[2]
    c.doForm("foot")
    for b, y in reversed(pos): b[1](y)
    c.doForm("letterhead")

def grid(y):
    c.setLineWidth(0.6)
    cells = [("Deliberazione n.", "16"), ("Data", "28 marzo 2026"), ("Seduta", "ordinaria"), ("Convocazione", "prima")]
    w = TW / 4
    for i, (k, v) in enumerate(cells):
        x = L + i * w
        c.rect(x, y - 26, w, 34)
        c.setFont("Helvetica", 7); c.drawString(x + 4, y, k)
        c.setFont("Helvetica-Bold", 11); c.drawString(x + 4, y - 18, v)
    return y - 40
def oggetto(y):
    c.setFont(FB, 10.8); c.drawString(L, y, "OGGETTO:")
    return tw_par(c, L + 60, y, "Adozione del Piano comunale di spiaggia per l'utilizzo delle aree demaniali marittime (PCS) ai sensi della L.R. n. 17/2005 e del PIR approvato dal Consiglio regionale.", FB, 10.8, TW - 60, LD)

p1 = [block_head("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 11.5, 1.4),
      block_custom(grid, 44), block_custom(oggetto, 2 * LD + 10),
      block_par("L'anno duemilaventisei, addì ventotto del mese di marzo, alle ore 10:30, nella Sala consiliare \"Nicola Calipari\" della sede municipale, convocato dal Presidente con avviso prot. n. 4405 del 21 marzo 2026 notificato a norma di regolamento, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione."),
      block_par("Presiede la seduta la dott.ssa Francesca Nucera, Presidente del Consiglio comunale. Partecipa e cura la verbalizzazione il Segretario Generale avv. Demetrio Cuzzocrea."),
      block_par("Alle ore 10:45 la Presidente invita il Segretario Generale a procedere all'appello nominale, dal quale risultano presenti i Consiglieri: Giuseppe Meduri (Sindaco), Francesca Nucera (Presidente del Consiglio), Antonino Tripodi, Domenica Pangallo, Carmelo Verduci, Caterina Iaria, Bruno Modafferi, Angela Zappia, Rocco Sergi, Teresa Foti, Natale Idone, Maria Stelitano, Fortunato Romeo e Saverio Laganà; risultano assenti i Consiglieri: Giovanna Scordo (giustificata), Domenico Plutino e Antonella Malara."),
      block_par("Presenti n. 14 - Assenti n. 3. Assistono ai lavori, senza diritto di voto, gli Assessori esterni Paolo Marcianò e Annunziata Crea."),
      block_par("La Presidente, riscontrato il numero legale, dichiara aperta la seduta e nomina scrutatori i Consiglieri Iaria, Romeo e Idone. Illustra l'argomento l'Assessore esterno Paolo Marcianò; interviene il Consigliere Sergi, capogruppo di minoranza, che annuncia il voto contrario del proprio gruppo ritenendo insufficiente la quota di spiaggia libera prevista in località Pilati."),
      block_head("IL CONSIGLIO COMUNALE", 11.5, 2.4),
      block_par("Premesso che la Legge Regionale 21 dicembre 2005, n. 17, e il Piano di Indirizzo Regionale (PIR) per l'utilizzo delle aree del demanio marittimo demandano ai Comuni costieri la redazione del Piano comunale di spiaggia;"),
      block_par("Vista la proposta di deliberazione n. 19 del 10 marzo 2026 dell'Area Tecnica - Servizio Demanio Marittimo e Urbanistica, corredata dei pareri favorevoli di regolarità tecnica e contabile;")]
render(p1, H - 112)
c.showPage()
def sig(y):
    c.setFont(FB, 10); c.drawCentredString(L + TW * 0.25, y, "LA PRESIDENTE"); c.drawCentredString(L + TW * 0.75, y, "IL SEGRETARIO GENERALE")
    c.setFont(F, 10); c.drawCentredString(L + TW * 0.25, y - 14, "dott.ssa Francesca Nucera"); c.drawCentredString(L + TW * 0.75, y - 14, "avv. Demetrio Cuzzocrea")
    c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, y - 40, "Atto sottoscritto digitalmente ai sensi dell'art. 21 del D.Lgs. n. 82/2005")
    return y - 50
pts = ["1. di adottare il Piano comunale di spiaggia (PCS) del Comune di Melito di Porto Salvo, costituito dagli elaborati elencati nell'allegato A, che formano parte integrante e sostanziale della presente deliberazione;",
       "2. di disporre il deposito del Piano presso l'Area Tecnica per trenta giorni consecutivi, dandone avviso all'Albo Pretorio on line e sul sito istituzionale, ai fini della presentazione di osservazioni;",
       "3. di trasmettere il Piano adottato al Dipartimento Territorio e Tutela dell'Ambiente della Regione Calabria per il parere di competenza;",
       "4. di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti."]
p2 = [block_par("Visto il parere favorevole della Commissione consiliare Assetto del Territorio, reso nella seduta del 24 marzo 2026;"),
      block_par("Visti il D.Lgs. n. 267/2000, la L.R. n. 17/2005 e lo Statuto comunale;"),
      block_par("Con voti favorevoli n. 10, contrari n. 4 (Sergi, Foti, Idone, Stelitano), espressi per alzata di mano dai 14 Consiglieri presenti e votanti, accertati e proclamati dalla Presidente con l'assistenza degli scrutatori,"),
      block_head("D E L I B E R A", 11.5, 1.0)] + \
     [("par", (lambda t: (lambda y: tw_par(c, L, y, t, F, FS, TW, LD)))(t), len(wrap(t, F, FS, TW)) * LD + 4) for t in pts] + \
     [block_par("Successivamente, con separata votazione palese e con voti favorevoli n. 10 e contrari n. 4 (Sergi, Foti, Idone, Stelitano), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."),
      block_par("Letto, confermato e sottoscritto.", "Times-Italic", FS, False),
      block_custom(sig, 60)]
render(p2, H - 118)
c.showPage(); c.save()
