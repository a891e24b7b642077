"""Avviso pubblico n. 3/2026, Comune di Sabbioneta (Kibernetes-like print), with an awkward text layer:
- letterhead and running foot are Form XObjects drawn on every page (text inside reused XObjects),
- the title is letter-spaced with Tc,
- each page's blocks are emitted out of reading order (signature and last paragraphs first)."""
import sys, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

W, H = A4
LM, RM = 64, W - 64
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Avviso pubblico n. 3/2026 - posteggi mercato"); c.setCreator("Kibernetes - Gestione atti")

# ---- reusable XObjects
c.beginForm("letterhead")
c.setFillColorRGB(0.45, 0.1, 0.1); c.rect(LM, H - 92, 34, 44, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont(FB, 16); c.drawCentredString(LM + 17, H - 77, "S")
c.setFillColorRGB(0.45, 0.1, 0.1)
c.setFont(FB, 17); c.drawString(LM + 46, H - 64, "COMUNE DI SABBIONETA")
c.setFillGray(0.2); c.setFont(F, 9); c.drawString(LM + 46, H - 77, "Provincia di Mantova – Patrimonio dell’Umanità UNESCO")
c.drawString(LM + 46, H - 88, "Piazza Ducale, 2 – 46018 Sabbioneta (MN) – tel. 0375 223011 – sabbioneta@pec.regione.lombardia.it")
c.setStrokeColorRGB(0.45, 0.1, 0.1); c.setLineWidth(1.4); c.line(LM, H - 99, RM, H - 99)
c.endForm()
c.beginForm("foot")
c.setStrokeGray(0.5); c.setLineWidth(0.5); c.line(LM, 50, RM, 50)
c.setFillGray(0.35); c.setFont(F, 7.5)
c.drawString(LM, 40, "Comune di Sabbioneta – Area Affari Generali e Attività Produttive – Avviso pubblico n. 3/2026")
c.endForm()

def spaced(x, y, s, font, size, tc):
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); t.setCharSpace(0); c.drawText(t)

def block(x, y, text, font=F, size=10.5, lead=14, width=None, align="j"):
    """returns list of (x, y, line) for the paragraph, and the next y; drawing is deferred"""
    width = width or (RM - x)
    out = []
    for ln in simpleSplit(text, font, size, width):
        out.append((x, y, ln, font, size)); y -= lead
    return out, y

def emit(items, shuffle_seed):
    """draw deferred lines in a scrambled order (blocks reversed, lines within kept)"""
    rnd = random.Random(shuffle_seed)
    rnd.shuffle(items)
    for blk in items:
        for (x, y, ln, font, size) in blk:
            c.setFont(font, size); c.drawString(x, y, ln)

# ---------------- page 1
c.doForm("letterhead")
items = []
y = H - 124
items.append([(LM, y, "AREA AFFARI GENERALI E ATTIVITÀ PRODUTTIVE", FB, 10)]); y -= 13
items.append([(LM, y, "Servizio Commercio e SUAP", F, 10)]); y -= 13
items.append([(RM - 150, y, "Prot. n. 2967 del 06/03/2026", F, 9)]); y -= 36
ttl = "AVVISO PUBBLICO N. 3/2026"
tw = stringWidth(ttl, FB, 15) + 4.5 * (len(ttl) - 1)
yt = y
y -= 26
b, y = block(LM, y, "OGGETTO: Assegnazione in concessione decennale di n. 4 posteggi liberi nel mercato settimanale del giovedì in Piazza d’Armi – Anni 2026-2036.", FB, 11, 14.5)
items.append(b); y -= 10
b, y = block(LM, y, "IL RESPONSABILE DELL’AREA AFFARI GENERALI E ATTIVITÀ PRODUTTIVE", FB, 10.5); items.append([(W/2 - stringWidth(b[0][2], FB, 10.5)/2, b[0][1], b[0][2], FB, 10.5)]); y -= 6
for t in [
 "Vista la legge regionale 2 febbraio 2010, n. 6, “Testo unico delle leggi regionali in materia di commercio e fiere”, e in particolare gli articoli 23 e seguenti relativi al commercio su aree pubbliche;",
 "Vista la D.G.R. Lombardia n. XI/5296 del 4 ottobre 2021 recante i criteri per il rilascio delle concessioni di posteggio;",
 "Visto il vigente Regolamento comunale per il commercio su aree pubbliche, approvato con deliberazione del Consiglio Comunale n. 22 del 28/06/2022;",
 "Richiamata la deliberazione della Giunta Comunale n. 19 del 26/02/2026, con la quale sono stati approvati la planimetria aggiornata del mercato e l’elenco dei posteggi liberi;",
]:
    b, y = block(LM, y, t); items.append(b); y -= 4
b, y = block(LM, y, "RENDE NOTO", FB, 11); items.append([(W/2 - stringWidth("RENDE NOTO", FB, 11)/2, b[0][1], "RENDE NOTO", FB, 11)]); y -= 4
b, y = block(LM, y, "che è indetta la procedura di selezione per l’assegnazione in concessione, per la durata di dieci anni, dei seguenti posteggi liberi nel mercato settimanale del giovedì in Piazza d’Armi:"); items.append(b); y -= 4
rows = [("Posteggio", "Dimensioni (m)", "Superficie (mq)", "Settore merceologico"),
        ("n. 7", "8,00 x 5,00", "40,00", "alimentare"),
        ("n. 12", "7,00 x 4,50", "31,50", "non alimentare"),
        ("n. 18", "9,00 x 5,00", "45,00", "non alimentare"),
        ("n. 23", "6,00 x 4,00", "24,00", "riservato produttori agricoli")]
xs = [LM + 6, LM + 90, LM + 190, LM + 290]
tab = []
for i, r in enumerate(rows):
    for x, v in zip(xs, r):
        tab.append((x, y, v, FB if i == 0 else F, 9.5))
    y -= 14
items.append(tab)
ytab_top, ytab_bot = y + 14 * len(rows) + 10, y + 10
y -= 6
for t in [
 "Art. 1 – Requisiti. Possono partecipare le persone fisiche, le società di persone e le società di capitali regolarmente costituite, in possesso dei requisiti di cui agli articoli 65 e 66 della L.R. 6/2010 e dei requisiti professionali per il settore alimentare.",
 "Art. 2 – Criteri di assegnazione. La graduatoria è formata sulla base dei criteri della D.G.R. n. XI/5296/2021: maggiore professionalità acquisita, anche in modo discontinuo, nel commercio su aree pubbliche (fino a 40 punti); impegno a esporre prodotti di filiera corta o biologici (fino a 7 punti); regolarità contributiva e fiscale.",
]:
    b, y = block(LM, y, t); items.append(b); y -= 4
# draw page 1: table rules first, then blocks scrambled, foot last (but foot form is drawn before text)
c.doForm("foot")
c.setLineWidth(0.5); c.rect(LM, ytab_bot, RM - LM, ytab_top - ytab_bot); c.line(LM, ytab_top - 14, RM, ytab_top - 14)
emit(items, 3)
spaced((W - tw) / 2, yt, ttl, FB, 15, 4.5)   # title drawn last
c.setFont(F, 8); c.setFillGray(0.35); c.drawRightString(RM, 40, "Pagina 1 di 2"); c.setFillGray(0)
c.showPage()
# ---------------- page 2
items = []
y = H - 124
for t in [
 "Art. 3 – Domanda. La domanda, in bollo, deve essere presentata esclusivamente in via telematica tramite il portale impresainungiorno.gov.it, a pena di esclusione, entro le ore 12:00 del 7 aprile 2026, utilizzando la modulistica pubblicata sul sito istituzionale.",
 "Art. 4 – Graduatoria. La graduatoria provvisoria sarà pubblicata all’Albo pretorio on line entro trenta giorni dalla scadenza del termine. Entro quindici giorni dalla pubblicazione gli interessati possono presentare osservazioni; decorso tale termine la graduatoria diviene definitiva.",
 "Art. 5 – Canone. Il concessionario è tenuto al pagamento del canone unico patrimoniale nella misura stabilita dal Regolamento comunale e dalle tariffe vigenti.",
 "Art. 6 – Trattamento dei dati personali. I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità connesse alla procedura. Titolare del trattamento è il Comune di Sabbioneta.",
 "Art. 7 – Responsabile del procedimento. Responsabile del procedimento è la sig.ra Ilaria Vezzoni, istruttore amministrativo del Servizio Commercio e SUAP (tel. 0375 223027, commercio@comune.sabbioneta.mn.it).",
 "Il presente avviso è pubblicato all’Albo pretorio on line e sul sito istituzionale del Comune per trenta giorni consecutivi ed è trasmesso alle associazioni di categoria maggiormente rappresentative.",
]:
    b, y = block(LM, y, t); items.append(b); y -= 6
y -= 20
items.append([(LM, y, "Sabbioneta, 6 marzo 2026", F, 10.5)])
items.append([(RM - 230, y, "IL RESPONSABILE DELL’AREA AFFARI GENERALI", F, 9.5),
              (RM - 230, y - 12, "E ATTIVITÀ PRODUTTIVE", F, 9.5),
              (RM - 200, y - 28, "dott. Andrea Bottoli", FB, 10.5),
              (RM - 230, y - 40, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", FI, 8)])
c.setFont(F, 8); c.setFillGray(0.35); c.drawRightString(RM, 40, "Pagina 2 di 2"); c.setFillGray(0)
emit(items, 11)
c.doForm("letterhead")
c.doForm("foot")
c.showPage(); c.save()
