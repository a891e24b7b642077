# BANDO PUBBLICO N. 2/2026, Belmonte Calabro: letterhead and foot are Form XObjects drawn on both pages,
# justified lines set Tw (word spacing); office only in the running head of page 2 and the label grid (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = "/usr/share/fonts/truetype/liberation/"
for n, f in (("S", "LiberationSans-Regular"), ("SB", "LiberationSans-Bold"), ("SI", "LiberationSans-Italic")):
    pdfmetrics.registerFont(TTFont(n, F + f + ".ttf"))
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Bando pubblico 2/2026")
L, R = 65, W - 65
c.beginForm("LH"); c.setFillColorRGB(.05, .3, .45); c.rect(L, H - 95, 40, 50, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
c.setFont("SB", 16); c.drawString(L + 52, H - 62, "COMUNE DI BELMONTE CALABRO"); c.setFont("S", 9.5)
c.drawString(L + 52, H - 76, "Provincia di Cosenza – Corso Umberto I, 47 – 87033 Belmonte Calabro (CS)")
c.drawString(L + 52, H - 88, "tel. 0982 400012 – protocollo.belmontecalabro@asmepec.it"); c.line(L, H - 102, R, H - 102); c.endForm()
c.beginForm("FT"); c.line(L, 52, R, 52); c.setFont("S", 7.5)
c.drawCentredString(W / 2, 42, "Area Amministrativa – Servizio Attività Produttive e SUAP – Bando pubblico n. 2/2026"); c.endForm()
def jline(x, y, words, font, size, width, last):
    s = " ".join(words); t = c.beginText(x, y); t.setFont(font, size)
    if not last and len(words) > 1: t.setWordSpace((width - pdfmetrics.stringWidth(s, font, size)) / (len(words) - 1))
    t.textLine(s); c.drawText(t)
def para(y, text, font="S", size=10.5, lead=14, ind=0):
    width = R - L - ind; line = []
    for w in text.split():
        if line and pdfmetrics.stringWidth(" ".join(line + [w]), font, size) > width:
            jline(L + ind, y, line, font, size, width, False); y -= lead; line = [w]
        else: line.append(w)
    jline(L + ind, y, line, font, size, width, True); return y - lead - 4
def ctr(y, s, f, sz): c.setFont(f, sz); c.drawCentredString(W / 2, y, s)
c.doForm("FT"); c.doForm("LH")
c.setFont("S", 10); c.drawString(L, H - 122, "Prot. n. 2245"); c.drawRightString(R, H - 122, "Belmonte Calabro, 24/03/2026")
ctr(H - 152, "BANDO PUBBLICO N. 2/2026", "SB", 14)
y = H - 172
y = para(y, "Assegnazione in concessione decennale di n. 6 posteggi liberi nel mercato settimanale di piazza Mercato e n. 2 posteggi nella fiera di San Giuseppe", "SB", 11.5, 15)
grid = [("Area", "Area Amministrativa"), ("Servizio", "Servizio Attività Produttive e SUAP"), ("Responsabile", "dott.ssa Teresa Provenzano"),
        ("Atto di indizione", "determinazione R.G. n. 93 del 23/03/2026"), ("Scadenza domande", "ore 12:00 del 24 aprile 2026")]
for a, b in grid:
    c.rect(L, y - 5, 130, 17); c.rect(L + 130, y - 5, R - L - 130, 17); c.setFont("SB", 9.5); c.drawString(L + 4, y, a); c.setFont("S", 9.5); c.drawString(L + 134, y, b); y -= 17
y -= 14
ctr(y, "LA RESPONSABILE DEL SERVIZIO", "SB", 11); y -= 20
y = para(y, "Visti il D.Lgs. 31 marzo 1998, n. 114, la legge regionale della Calabria 11 giugno 1999, n. 18, e il vigente regolamento comunale per il commercio su aree pubbliche; vista l'Intesa della Conferenza Unificata del 5 luglio 2012 sui criteri di assegnazione dei posteggi;")
ctr(y, "RENDE NOTO", "SB", 11); y -= 20
arts = ["Art. 1 – Posteggi disponibili. Sono disponibili nel mercato settimanale del giovedì i posteggi nn. 3, 7, 11 e 14 (settore alimentare, mq 32 ciascuno) e nn. 19 e 22 (settore non alimentare, mq 40 ciascuno); nella fiera di San Giuseppe del 19 marzo i posteggi nn. 5 e 9 (settore non alimentare).",
 "Art. 2 – Requisiti. Possono partecipare le persone fisiche e le società in possesso dei requisiti morali e, per il settore alimentare, professionali di cui all'art. 71 del D.Lgs. 26 marzo 2010, n. 59, nonché della regolarità contributiva (DURC).",
 "Art. 3 – Criteri di assegnazione. La graduatoria è formata in base alla maggiore professionalità acquisita, comprovata dall'anzianità di iscrizione al registro delle imprese per il commercio su aree pubbliche; a parità di punteggio prevale l'impegno a rispettare criteri di sostenibilità e la minore età del richiedente.",
 "Art. 4 – Domanda. La domanda, in bollo, è presentata esclusivamente in via telematica tramite il portale SUAP entro il termine indicato nella tabella che precede, con le dichiarazioni sostitutive e la copia del documento di identità."]
for a in arts:
    y = para(y, a)
    if y < 150: break
c.showPage()
c.doForm("FT"); c.doForm("LH"); c.setFont("SI", 8.5); c.drawRightString(R, H - 116, "segue Bando pubblico n. 2/2026 – pag. 2")
y = H - 140
for a in ["Art. 5 – Graduatoria. La graduatoria provvisoria è pubblicata all'Albo pretorio entro 30 giorni dalla scadenza; entro i successivi 15 giorni gli interessati possono presentare osservazioni. La graduatoria definitiva è approvata con determinazione della Responsabile del Servizio.",
          "Art. 6 – Concessione. La concessione ha durata di dieci anni e non è cedibile se non con l'azienda. Il canone unico patrimoniale è dovuto nella misura stabilita dalla Giunta Comunale.",
          "Art. 7 – Trattamento dei dati e informazioni. I dati sono trattati ai sensi del Regolamento UE 2016/679. Per informazioni: Servizio Attività Produttive e SUAP, tel. 0982 400012 interno 4, il martedì e il giovedì dalle 9:00 alle 12:00."]:
    y = para(y, a)
c.setFont("S", 10.5); c.drawString(L, y - 6, "Belmonte Calabro, 24 marzo 2026")
c.drawCentredString(R - 90, y - 36, "La Responsabile del Servizio"); c.setFont("SI", 10.5); c.drawCentredString(R - 90, y - 50, "dott.ssa Teresa Provenzano")
c.showPage(); c.save()
