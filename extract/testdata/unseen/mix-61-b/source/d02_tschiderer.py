# APSP "Beato de Tschiderer" (Trento): deliberation of the Consiglio di Amministrazione.
# ReportLab canvas; body lines justified with Tw (word spacing), headings letter-spaced with Tc,
# letterhead and footer repeated on every page; roll in prose.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
L, R = 70, W - 70
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Deliberazione CdA n. 14/2026")
c.setAuthor("APSP Beato de Tschiderer")
c.setCreator("Civilia Next - modulo Atti")
page = [1]
TOTAL = 2

def head():
    c.setFont("Times-Bold", 12.5)
    c.drawCentredString(W / 2, H - 50, "Azienda Pubblica di Servizi alla Persona \u201cBeato de Tschiderer\u201d")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, H - 63, "Via Piave, 108 \u2013 38122 Trento \u2013 C.F. 80004210229 \u2013 PEC: apsp.tschiderer@pec.it")
    c.setLineWidth(0.8); c.line(L, H - 70, R, H - 70)
    c.setFont("Times-Italic", 8)
    c.drawString(L, 40, "Deliberazione del Consiglio di Amministrazione n. 14 del 11 maggio 2026")
    c.drawRightString(R, 40, "pag. %d di %d" % (page[0], TOTAL))
    c.line(L, 50, R, 50)

def newpage():
    c.showPage(); page[0] += 1; head()
    return H - 95

def spaced(y, text, font="Times-Bold", size=12, tc=2.2):
    t = c.beginText()
    t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t.setTextOrigin((W - w) / 2, y); t.textOut(text); t.setCharSpace(0)
    c.drawText(t)
    return y - size - 8

def para(y, text, font="Times-Roman", size=11, indent=0, lead=14.2, first=None):
    words = text.split()
    lines, cur = [], []
    width = R - L - indent
    for wd in words:
        trial = " ".join(cur + [wd])
        if stringWidth(trial, font, size) > width and cur:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y < 75:
            y = newpage()
        s = " ".join(ln)
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0)
        last = (i == len(lines) - 1)
        if not last and len(ln) > 1:
            tw = (width - stringWidth(s, font, size)) / (len(ln) - 1)
        else:
            tw = 0
        t.setWordSpace(tw)
        t.setTextOrigin(L + indent, y); t.textOut(s)
        c.drawText(t)
        y -= lead
    return y - 4

head()
y = H - 100
y = spaced(y, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", size=11.5, tc=1.1)
c.setFont("Times-Bold", 12)
c.drawCentredString(W / 2, y, "N. 14/2026"); y -= 26
c.setFont("Times-Bold", 11)
c.drawString(L, y, "OGGETTO:"); y -= 15
y = para(y, "Approvazione del piano di formazione del personale per l'anno 2026 e affidamento del corso di aggiornamento sulla movimentazione manuale dei carichi. CIG B8F21C6D03.", font="Times-Bold", indent=0)
y -= 6
P = [
 "L'anno duemilaventisei, addì undici del mese di maggio, alle ore 14.30, presso la sala riunioni della sede di via Piave, a seguito di regolare convocazione si è riunito il Consiglio di Amministrazione dell'Azienda.",
 "Sono presenti i signori: dott. Renato Dalpiaz, Presidente; Chiara Zanoni, Vicepresidente; Giorgio Moser, Consigliere; Elisabetta Pedrotti, Consigliera. È assente giustificato il Consigliere Fabio Tomasi.",
 "Assiste e verbalizza il Direttore, dott. Michele Giovannini. Presiede il Presidente dott. Renato Dalpiaz, il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare sull'oggetto sopra indicato.",
]
for p in P: y = para(y, p)
y -= 4
y = spaced(y, "IL CONSIGLIO DI AMMINISTRAZIONE", size=11, tc=1.6)
P = [
 "premesso che l'art. 37 del D.Lgs. 9 aprile 2008, n. 81, impone al datore di lavoro di assicurare a ciascun lavoratore una formazione sufficiente e adeguata in materia di salute e sicurezza, con particolare riferimento ai rischi specifici della mansione;",
 "considerato che il personale socio-sanitario dei nuclei di degenza è esposto in misura rilevante al rischio da movimentazione manuale dei pazienti e che il Responsabile del Servizio di Prevenzione e Protezione ha segnalato la necessità di un aggiornamento per 64 operatori;",
 "vista la proposta di piano di formazione 2026 predisposta dall'Ufficio Personale, che prevede 1.120 ore complessive di formazione suddivise in dodici percorsi, per una spesa stimata di euro 38.500,00;",
 "visto il preventivo della società Ergonomia Trentina S.r.l. di Rovereto, pari a euro 9.800,00 esenti IVA, per quattro edizioni del corso di aggiornamento sulla movimentazione manuale dei carichi;",
 "richiamati la L.R. 21 settembre 2005, n. 7, lo Statuto dell'Azienda e il regolamento aziendale di contabilità;",
 "acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e contabile espressi dal Direttore;",
 "con voti favorevoli unanimi espressi nelle forme di legge,",
]
for p in P: y = para(y, p)
y = spaced(y, "D E L I B E R A", size=11.5, tc=1.0)
PTS = [
 "di approvare il piano di formazione del personale per l'anno 2026, nel testo allegato alla presente deliberazione quale parte integrante e sostanziale (allegato A);",
 "di affidare alla società Ergonomia Trentina S.r.l. di Rovereto il corso di aggiornamento sulla movimentazione manuale dei carichi, in quattro edizioni, per l'importo di euro 9.800,00 esenti IVA;",
 "di imputare la spesa complessiva di euro 38.500,00 al conto 0705.010 \u201cFormazione del personale\u201d del bilancio economico preventivo 2026;",
 "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 9, comma 5, della L.R. 21 settembre 2005, n. 7.",
]
for i, p in enumerate(PTS, 1):
    if y < 90: y = newpage()
    c.setFont("Times-Roman", 11); c.drawString(L, y, "%d." % i)
    y = para(y, p, indent=18)
y -= 20
if y < 140: y = newpage()
c.setFont("Times-Roman", 10.5)
c.drawString(L, y, "Letto, approvato e sottoscritto."); y -= 28
c.drawCentredString(L + 95, y, "IL PRESIDENTE"); c.drawCentredString(R - 95, y, "IL DIRETTORE"); y -= 14
c.drawCentredString(L + 95, y, "dott. Renato Dalpiaz"); c.drawCentredString(R - 95, y, "dott. Michele Giovannini"); y -= 12
c.setFont("Times-Italic", 8.5)
c.drawCentredString(L + 95, y, "(firmato digitalmente)"); c.drawCentredString(R - 95, y, "(firmato digitalmente)"); y -= 40
c.setFont("Times-Roman", 9)
y = para(y, "La presente deliberazione è pubblicata all'albo dell'Azienda per dieci giorni consecutivi dal 12/05/2026 ai sensi dell'art. 20 della L.R. 21 settembre 2005, n. 7.", font="Times-Roman", size=9, lead=11.5)
c.showPage(); c.save()
