# Provincia di Taranto: determinazione with a register box (Registro Generale / Registro di Settore);
# body lines justified with Tw (word spacing), headings letter-spaced with Tc. reportlab.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setCreator("Sicr@Web - Maggioli"); c.setProducer("Sicr@Web PDF 4.2"); c.setTitle("Determinazione R.G. 412/2026")
L, R = 62, W - 62
def spaced(y, s, font, size, tc, center=True):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc); t.setWordSpace(0)
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t.setTextOrigin((W - w) / 2 if center else L, y); t.textOut(s); c.drawText(t)
def para(y, s, font="Helvetica", size=10, lead=13.5, indent=0):
    lines = simpleSplit(s, font, size, R - L - indent)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L + indent, y)
        t.setCharSpace(0); t.setWordSpace(0)
        n = ln.count(" ")
        if i < len(lines) - 1 and n:
            t.setWordSpace((R - L - indent - stringWidth(ln, font, size)) / n)
        t.textOut(ln); c.drawText(t); y -= lead
    return y - 4
def page_head(pg):
    spaced(H - 60, "PROVINCIA DI TARANTO", "Helvetica-Bold", 15, 2.2)
    spaced(H - 76, "Via Anfiteatro, 4 – 74123 Taranto – PEC protocollo.generale@pec.provincia.taranto.gov.it", "Helvetica", 7.5, 0)
    c.setLineWidth(0.6); c.line(L, H - 84, R, H - 84)
    c.setFont("Helvetica", 7.5); c.drawRightString(R, 30, "Determinazione R.G. n. 412/2026 – pagina %d di 2" % pg)
page_head(1)
spaced(H - 108, "SETTORE 4 – PIANIFICAZIONE E AMBIENTE", "Helvetica-Bold", 11, 0.8)
spaced(H - 123, "Servizio Rifiuti e Bonifiche", "Helvetica", 10.5, 0.3)
spaced(H - 137, "Ufficio Autorizzazioni Impianti", "Helvetica-Oblique", 9.5, 0)
# register box
bx, by, bw, bh = L + 60, H - 200, R - L - 120, 46
c.setLineWidth(1); c.rect(bx, by, bw, bh)
c.line(bx, by + bh / 2, bx + bw, by + bh / 2)
c.setFont("Helvetica-Bold", 10)
c.drawString(bx + 10, by + bh / 2 + 8, "Registro Generale n. 412")
c.drawString(bx + 10, by + 8, "Registro di Settore n. 63")
c.setFont("Helvetica", 10)
c.drawRightString(bx + bw - 10, by + bh / 2 + 8, "del 18/03/2026")
c.drawRightString(bx + bw - 10, by + 8, "del 16/03/2026")
spaced(H - 232, "D E T E R M I N A Z I O N E   D I R I G E N Z I A L E", "Helvetica-Bold", 11, 0.4)
y = H - 258
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "OGGETTO:")
y = para(y, "Autorizzazione unica ex art. 208 del D.Lgs. 152/2006 – Ditta Ecoservizi Jonici S.r.l. – Impianto di recupero di rifiuti non pericolosi in agro di Massafra, contrada Parete Pinto – Rinnovo dell'autorizzazione.", "Helvetica-Bold", 10, indent=62)
y -= 4
spaced(y, "IL DIRIGENTE", "Helvetica-Bold", 10.5, 1.5); y -= 20
for s in [
 "PREMESSO che con determinazione dirigenziale n. 1187 del 22/05/2016 la Ditta Ecoservizi Jonici S.r.l., con sede legale in Massafra alla via Per Crispiano n. 41, è stata autorizzata ai sensi dell'art. 208 del D.Lgs. 3 aprile 2006, n. 152, alla realizzazione e all'esercizio di un impianto di recupero di rifiuti non pericolosi (operazioni R5 e R13) per una durata di dieci anni;",
 "VISTA l'istanza di rinnovo acquisita al protocollo provinciale n. 4417 del 9 febbraio 2026, corredata della documentazione tecnica prevista e della ricevuta di versamento degli oneri istruttori;",
 "DATO ATTO che la Conferenza di servizi decisoria, indetta in forma semplificata e in modalità asincrona, si è conclusa con esito favorevole come da verbale del 10 marzo 2026, con le prescrizioni formulate da ARPA Puglia – Dipartimento di Taranto e dal Comune di Massafra;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 107; la L.R. Puglia n. 30/1986; lo Statuto provinciale e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
 "ACCERTATA l'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della legge 241/1990;"]:
    y = para(y, s)
spaced(y - 4, "D E T E R M I N A", "Helvetica-Bold", 10.5, 0.6); y -= 24
pts = [
 "di rinnovare, per le motivazioni espresse in premessa, alla Ditta Ecoservizi Jonici S.r.l. l'autorizzazione unica ex art. 208 del D.Lgs. 152/2006 per l'esercizio dell'impianto di recupero di rifiuti non pericolosi sito in agro di Massafra, contrada Parete Pinto, per ulteriori dieci anni dalla data del presente provvedimento;",
 "di stabilire che l'esercizio resta subordinato al rispetto delle prescrizioni contenute nel verbale conclusivo della Conferenza di servizi del 10 marzo 2026, che costituisce parte integrante e sostanziale del presente atto;",
 "di trasmettere il presente provvedimento alla Ditta, al Comune di Massafra, ad ARPA Puglia e alla Regione Puglia – Sezione Ciclo Rifiuti e Bonifiche, e di disporne la pubblicazione all'Albo pretorio on line.",
]
for i, s in enumerate(pts, 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i)
    y = para(y, s, indent=18)
    if y < 120 and i < len(pts):
        c.showPage(); page_head(2); y = H - 110
c.showPage(); page_head(2); y = H - 110
y = para(y, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Puglia – Sezione di Lecce entro 60 giorni, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
y -= 30
c.setFont("Helvetica", 10); c.drawString(R - 200, y, "IL DIRIGENTE DEL SETTORE 4"); y -= 14
c.setFont("Helvetica-Bold", 10); c.drawString(R - 200, y, "ing. Vito Antonio Semeraro"); y -= 12
c.setFont("Helvetica-Oblique", 7.5); c.drawString(R - 200, y, "firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.showPage(); c.save()
