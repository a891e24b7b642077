# Cairano (AV): avviso di rilascio di autorizzazione paesaggistica. ReportLab canvas:
# letterhead and foot are Form XObjects, the page is drawn out of reading order (foot, signature,
# body bottom-up, stamp, letterhead, title), headings letter-spaced with Tc, body justified with Tw.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Avviso autorizzazione paesaggistica"); c.setCreator("Civilia Next – Albo")
def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur); return lines
def para_lines(text, font="Helvetica", size=10.5, width=None, indent=0):
    return wrap(text, font, size, (width or R - L) - indent)
def draw_just(lines, y, font="Helvetica", size=10.5, lead=14.5, last_just=False):
    out = []
    for i, ws in enumerate(lines):
        out.append((y, ws, (i < len(lines) - 1) or last_just)); y -= lead
    return out, y
def emit(items, font="Helvetica", size=10.5):
    for y, ws, just in reversed(items):   # bottom-up
        t = c.beginText(L, y); t.setFont(font, size)
        if just and len(ws) > 1:
            gap = (R - L - stringWidth(" ".join(ws), font, size)) / (len(ws) - 1)
            t.setWordSpace(gap)
        t.textLine(" ".join(ws)); c.drawText(t)
def spaced(x, y, s, font, size, tc, centre=True):
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t = c.beginText(x - w / 2 if centre else x, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(s); c.drawText(t)
# Form XObjects
c.beginForm("letterhead")
c.setFont("Times-Bold", 20); spaced(W / 2, H - 60, "COMUNE DI CAIRANO", "Times-Bold", 20, 2.5)
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 76, "Provincia di Avellino – Piazza Municipio 1 – 83040 Cairano (AV)")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W / 2, H - 92, "AREA TECNICA – Ufficio Urbanistica e Paesaggio")
c.setLineWidth(0.8); c.line(L, H - 100, R, H - 100)
c.endForm()
c.beginForm("foot")
c.setLineWidth(0.4); c.line(L, 52, R, 52); c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, 42, "Comune di Cairano – C.F. 82001630645 – PEC: protocollo.cairano@asmepec.it – tel. 0827 38 041")
c.endForm()
c.beginForm("stamp")
c.saveState(); c.translate(36, 300); c.rotate(90); c.setFont("Helvetica", 7)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicato dal 10/11/2026 al 25/11/2026 – Reg. n. 388/2026"); c.restoreState()
c.endForm()
# content
y = H - 190
paras = [
 ("Visto l'art. 146 del D.Lgs. 22 gennaio 2004, n. 42, recante il Codice dei beni culturali e del paesaggio, ed in particolare il comma 13, che prevede l'istituzione presso ogni amministrazione competente di un elenco delle autorizzazioni rilasciate, aggiornato almeno ogni trenta giorni e liberamente consultabile;", False),
 ("Vista l'istanza presentata dal sig. Pietro Caruso in data 28/07/2026, acquisita al prot. n. 2214, per la realizzazione di un muro di contenimento in pietra locale e la sistemazione dell'area esterna di pertinenza di un fabbricato in località Serra, foglio 4, particella 611, ricadente in zona sottoposta a vincolo paesaggistico ai sensi dell'art. 142, comma 1, lett. g), del citato decreto;", False),
 ("Visto il parere favorevole con prescrizioni della Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Salerno e Avellino, prot. n. 19842 del 21/10/2026;", False),
]
blocks = []
for text, _ in paras:
    items, y = draw_just(para_lines(text), y); blocks.append(("p", items)); y -= 6
y -= 4; rn_y = y; y -= 22
paras2 = ["che con provvedimento del Responsabile dell'Area Tecnica n. 6 del 05/11/2026 è stata rilasciata al sig. Pietro Caruso l'autorizzazione paesaggistica ordinaria n. 6/2026 per gli interventi sopra descritti, subordinata all'osservanza delle prescrizioni impartite dalla Soprintendenza;",
          "che gli atti del procedimento sono depositati presso l'Ufficio Urbanistica e Paesaggio e possono essere consultati, previo appuntamento, nei giorni di lunedì e mercoledì dalle ore 9.30 alle ore 12.30;",
          "che avverso il provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale della Campania, sezione di Salerno, nel termine di sessanta giorni, o ricorso straordinario al Presidente della Repubblica nel termine di centoventi giorni dalla pubblicazione del presente avviso."]
for text in paras2:
    items, y = draw_just(para_lines(text), y); blocks.append(("p", items)); y -= 6
date_y = y - 10
# out of order: foot, signature, date, body bottom-up, RENDE NOTO, stamp, letterhead, title (second line first)
c.doForm("foot")
c.setFont("Helvetica", 10); c.drawCentredString(430, date_y - 72, "ing. Antonio Pennella")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(430, date_y - 58, "IL RESPONSABILE DELL'AREA TECNICA")
c.setFont("Helvetica", 10.5); c.drawString(L, date_y - 20, "Cairano, 10/11/2026")
for kind, items in reversed(blocks): emit(items)
spaced(W / 2, rn_y - 10, "RENDE NOTO", "Helvetica-Bold", 11, 3)
c.doForm("stamp"); c.doForm("letterhead")
c.setFont("Helvetica", 10.5); c.drawString(R - 150, H - 122, "Prot. n. 3318 del 10/11/2026")
c.setFont("Helvetica-Bold", 10.5)
c.drawCentredString(W / 2, H - 170, "(art. 146, comma 13, del D.Lgs. 22 gennaio 2004, n. 42)")
spaced(W / 2, H - 154, "AVVISO DI RILASCIO DI AUTORIZZAZIONE PAESAGGISTICA", "Helvetica-Bold", 12, 0.8)
c.showPage(); c.save()
