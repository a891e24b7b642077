# Comune di Fenestrelle: Giunta deliberation. ReportLab canvas with hand justification: every justified
# line sets its own word spacing (Tw), headings are letter-spaced with Tc; the roll is printed as two
# side-by-side blocks with P/A columns; the time and date are in words.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("DGC 31/2026"); c.setCreator("Sipal Atti 2000")
F, FB, FS = "Times-Roman", "Times-Bold", 11
def lines_of(text, font, size, width):
    out, line = [], []
    for w in text.split():
        if line and stringWidth(" ".join(line + [w]), font, size) > width: out.append(line); line = [w]
        else: line.append(w)
    out.append(line); return out
def jpara(y, text, font=F, size=FS, lead=14.2, x=L, width=None, first=None):
    width = width or (R - x)
    ls = lines_of(text, font, size, width)
    for i, words in enumerate(ls):
        t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(0)
        s = " ".join(words)
        if i < len(ls) - 1 and len(words) > 1:
            t.setWordSpace((width - stringWidth(s, font, size)) / (len(words) - 1))
        else:
            t.setWordSpace(0)
        t.textOut(s); c.drawText(t); y -= lead
    return y - 3
def spaced(y, text, font=FB, size=12, cs=3.0):
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    c.saveState()
    t = c.beginText((W - w) / 2, y); t.setFont(font, size); t.setCharSpace(cs); t.setWordSpace(0); t.textOut(text); c.drawText(t)
    c.restoreState()
# letterhead
c.setFont("Times-Bold", 18); c.drawCentredString(W / 2, H - 58, "COMUNE DI FENESTRELLE")
c.setFont("Times-Italic", 10.5); c.drawCentredString(W / 2, H - 72, "Città Metropolitana di Torino")
c.setLineWidth(0.8); c.line(L, H - 80, R, H - 80)
spaced(H - 104, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", size=12.5, cs=1.2)
c.setLineWidth(0.6); c.rect(L, H - 150, R - L, 32)
c.setFont(FB, 11); c.drawString(L + 8, H - 131, "N. 31"); c.setFont(F, 10)
c.setFont(FB, 11); c.drawString(L + 150, H - 131, "OGGETTO:")
y = H - 131
for i, words in enumerate(lines_of("Concessione in uso temporaneo dei locali della ex scuola di frazione Mentoulles all'associazione \"Ël Escartoun\" per attività culturali – stagione estiva 2026.", FB, 11, R - L - 222)):
    c.drawString(L + 214, y - i * 12.5, " ".join(words))
y = H - 180
y = jpara(y, "L'anno duemilaventisei addì ventidue del mese di aprile alle ore diciotto e minuti trenta nella solita sala delle adunanze, previa l'osservanza di tutte le formalità prescritte dalla vigente legge, vennero per oggi convocati i componenti della Giunta comunale. All'appello risultano:")
# two side-by-side roll blocks
roll = [("PERROT Daniele", "Sindaco", "P"), ("BOUNOUS Elisa", "Vice Sindaco", "P"), ("GHIGO Marco", "Assessore", "A")]
colx = [L + 10, L + 250]
for k, x in enumerate(colx):
    c.setFont(FB, 9.5); c.drawString(x, y - 4, "Cognome e nome"); c.drawString(x + 105, y - 4, "Carica"); c.drawString(x + 180, y - 4, "P"); c.drawString(x + 200, y - 4, "A")
c.setLineWidth(0.4); c.line(L + 10, y - 8, R - 10, y - 8)
for i, (n, r, m) in enumerate(roll):
    x = colx[i % 2]; yy = y - 22 - (i // 2) * 15
    c.setFont(F, 10.5); c.drawString(x, yy, n); c.drawString(x + 105, yy, r)
    c.drawString(x + (180 if m == "P" else 200), yy, "X")
y -= 22 + 2 * 15
c.setFont(F, 10.5); c.drawString(L + 10, y, "Totale presenti: 2"); c.drawString(L + 250, y, "Totale assenti: 1")
y -= 22
y = jpara(y, "Assiste l'adunanza il Segretario Comunale Dott. Ezio Sapei, il quale provvede alla redazione del presente verbale. Essendo legale il numero degli intervenuti, il Sig. Daniele Perrot, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
spaced(y - 8, "LA GIUNTA COMUNALE", size=11.5, cs=2.5); y -= 28
for t in ["PREMESSO che il Comune è proprietario dell'immobile della ex scuola di frazione Mentoulles, attualmente non utilizzato per finalità istituzionali;",
          "VISTA l'istanza presentata dall'associazione culturale \"Ël Escartoun\", acquisita al protocollo n. 1187 del 02/04/2026, volta a ottenere l'uso dei locali del piano terreno per laboratori, mostre e incontri dal 1° giugno al 30 settembre 2026;",
          "RITENUTO di accogliere l'istanza, trattandosi di attività di promozione della cultura e della lingua occitana e francoprovenzale del territorio;",
          "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi favorevoli espressi in forma palese;"]:
    y = jpara(y, t)
spaced(y - 6, "D E L I B E R A", size=11.5, cs=1.5); y -= 26
for k, t in enumerate(["di concedere in uso temporaneo e gratuito all'associazione culturale \"Ël Escartoun\" i locali del piano terreno della ex scuola di frazione Mentoulles, dal 1° giugno al 30 settembre 2026;",
                       "di stabilire che le spese per le utenze restano a carico dell'associazione, che dovrà stipulare idonea polizza di responsabilità civile;",
                       "di demandare al Responsabile dell'Area Tecnica la sottoscrizione del disciplinare d'uso e la consegna dei locali."], 1):
    c.setFont(F, FS); c.drawString(L + 4, y, f"{k})")
    y = jpara(y, t, x=L + 22)
y = jpara(y - 2, "Successivamente, con separata e unanime votazione, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
c.setFont(F, 10.5); c.drawString(L, y - 10, "Letto, confermato e sottoscritto.")
c.drawCentredString(L + 110, y - 34, "IL PRESIDENTE"); c.drawCentredString(R - 110, y - 34, "IL SEGRETARIO COMUNALE")
c.setFont("Times-Italic", 10.5); c.drawCentredString(L + 110, y - 48, "F.to Daniele Perrot"); c.drawCentredString(R - 110, y - 48, "F.to Dott. Ezio Sapei")
c.setFont(F, 8); c.drawCentredString(W / 2, 34, "Comune di Fenestrelle – Deliberazione della Giunta Comunale n. 31 del 22/04/2026 – pag. 1 di 1")
c.showPage(); c.save()
