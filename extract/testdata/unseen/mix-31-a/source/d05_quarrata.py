# Comune di Quarrata - determinazione dirigenziale in a Sicraweb-like layout.
# Text layer: headings placed glyph by glyph (one BT/ET per glyph, letter-spaced),
# body justified with Tw, dispositive justified with Tc, Albo stamp rotated along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
import rlkit
rlkit.register()

W, H = A4
L, R = 70, W - 60
TW = R - L
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Determinazione dirigenziale n. 231 del 11/03/2026')
c.setAuthor('Comune di Quarrata')
c.setCreator('Sicraweb - Atti Amministrativi')
page = [1]

def stamp():
    c.saveState()
    c.translate(34, 120)
    c.rotate(90)
    c.setFillGray(0.35)
    c.setFont('LSans', 7)
    c.drawString(0, 0, 'ALBO PRETORIO ON LINE - Comune di Quarrata - Pubblicazione n. 1045 dal 12/03/2026 al 27/03/2026 - '
                       'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.restoreState()
    c.setFont('LSans', 7.5)
    c.setFillGray(0)
    c.drawString(L, 30, 'Determinazione Dirigenziale n. 231 del 11/03/2026')
    c.drawRightString(R, 30, 'Pagina %d di 1' % page[0])
    c.setLineWidth(0.4)
    c.line(L, 40, R, 40)

def newpage():
    stamp()
    c.showPage()
    page[0] += 1
    return H - 60

def center_glyphs(y, text, font, size, extra):
    w = rlkit.spaced_width(text, font, size, extra)
    rlkit.glyphs(c, (L + R - w) / 2, y, text, font, size, extra)

# letterhead
c.setLineWidth(1)
c.circle(L + 22, H - 68, 20)
c.setFont('LSans-B', 6); c.drawCentredString(L + 22, H - 70, 'STEMMA')
center_glyphs(H - 60, 'COMUNE DI QUARRATA', 'LSans-B', 16, 2.2)
center_glyphs(H - 76, 'Provincia di Pistoia', 'LSans', 10, 0.6)
c.setLineWidth(0.6); c.line(L, H - 90, R, H - 90)
y = H - 110
center_glyphs(y, 'SETTORE SERVIZI AL CITTADINO', 'LSans-B', 11, 1.5); y -= 15
center_glyphs(y, 'Servizio Pubblica Istruzione', 'LSans', 10, 0.3); y -= 26
c.rect(L, y - 38, TW, 50)
center_glyphs(y, 'DETERMINAZIONE DIRIGENZIALE', 'LSans-B', 12, 1.8); y -= 16
center_glyphs(y, 'N. 231 DEL 11/03/2026', 'LSans-B', 11, 0.8); y -= 14
center_glyphs(y, 'Numero di settore: 47', 'LSans', 9, 0)
y -= 34
# subject: label then justified lines placed word by word
c.setFont('LSans-B', 10); c.drawString(L, y, 'Oggetto:')
subj = ('Servizio di refezione scolastica a.s. 2025/2026 – Integrazione dell’impegno di spesa a favore '
        'della ditta Ristorazione Pistoiese S.r.l. per l’incremento dei pasti nelle scuole dell’infanzia – CIG B12F4A0E71.')
sx = L + 55
lines = rlkit.wrap(subj, 'LSans-B', 10, R - sx)
for i, ln in enumerate(lines):
    words = ln.split(' ')
    wsum = sum(stringWidth(w, 'LSans-B', 10) for w in words)
    gap = (R - sx - wsum) / (len(words) - 1) if (i < len(lines) - 1 and len(words) > 1) else stringWidth(' ', 'LSans-B', 10)
    x = sx
    for w in words:
        c.setFont('LSans-B', 10); c.drawString(x, y, w)
        x += stringWidth(w, 'LSans-B', 10) + gap
    y -= 13
y -= 14
center_glyphs(y, 'IL DIRIGENTE', 'LSans-B', 11, 3.0); y -= 22

prem = [
 'Visto il decreto sindacale n. 12 del 30/12/2025 con il quale è stato conferito alla sottoscritta l’incarico di direzione del Settore Servizi al Cittadino;',
 'Richiamata la propria determinazione n. 702 del 28/08/2025, con la quale è stato affidato alla ditta Ristorazione Pistoiese S.r.l. il servizio di refezione scolastica per l’anno scolastico 2025/2026 e assunto il relativo impegno di spesa sul capitolo 1420/2 del bilancio;',
 'Rilevato che, a seguito dell’attivazione di una nuova sezione presso la scuola dell’infanzia di Valenzatico dal mese di gennaio 2026, il numero dei pasti giornalieri è aumentato in misura superiore alle previsioni iniziali, come risulta dai report mensili trasmessi dall’Ufficio Scuola;',
 'Ritenuto pertanto necessario integrare l’impegno di spesa per l’importo stimato di € 18.640,00 IVA compresa, nei limiti del quinto d’obbligo previsto dal contratto;',
 'Visti il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il vigente Regolamento comunale di contabilità;',
 'Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del D.Lgs. n. 267/2000;',
]
for p in prem:
    ls = rlkit.wrap(p, 'LSans', 10, TW - 20)
    # re-wrap first line shorter because of the indent
    ls = rlkit.wrap(p, 'LSans', 10, TW)
    if y - 13 * len(ls) < 60:
        y = newpage()
    y = rlkit.justified_tw(c, L, y, ls, 'LSans', 10, TW, 13.2) - 5
y -= 6
if y < 200: y = newpage()
center_glyphs(y, 'DETERMINA', 'LSans-B', 11, 3.0); y -= 22
disp = [
 'di integrare, per le motivazioni espresse in narrativa, l’impegno di spesa n. 1288/2025 assunto a favore della ditta Ristorazione Pistoiese S.r.l., con sede in Pistoia, per l’importo di € 18.640,00 IVA compresa;',
 'di imputare la spesa al capitolo 1420/2 “Servizio mensa scolastica – prestazioni di servizi” del bilancio di previsione 2026/2028, esercizio 2026;',
 'di dare atto che il Responsabile Unico del Progetto è la dott.ssa Serena Gori, funzionaria del Servizio Pubblica Istruzione;',
 'di trasmettere il presente atto al Settore Risorse Finanziarie per il visto di regolarità contabile attestante la copertura finanziaria.',
]
for p in disp:
    ls = rlkit.wrap(p, 'LSans', 10, TW - 18)
    if y - 13 * len(ls) < 60:
        y = newpage()
    c.setFont('LSans', 10); c.drawString(L + 4, y, '•')
    y = rlkit.justified_tc(c, L + 18, y, ls, 'LSans', 10, TW - 18, 13.2) - 5
y -= 20
c.setFont('LSans', 10)
c.drawString(L, y, 'Quarrata, 11/03/2026')
c.drawCentredString(R - 100, y, 'IL DIRIGENTE'); y -= 13
c.drawCentredString(R - 100, y, 'Dott.ssa Chiara Bartolozzi'); y -= 11
c.setFont('LSans-I', 8)
c.drawCentredString(R - 100, y, '(firmato digitalmente)'); y -= 30
c.setLineWidth(0.5); c.rect(L, y - 52, TW, 62)
c.setFont('LSans-B', 9); c.drawString(L + 6, y, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA'); y -= 13
c.setFont('LSans', 9)
c.drawString(L + 6, y, 'Ai sensi dell’art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto favorevole.'); y -= 12
c.drawString(L + 6, y, 'Impegno n. 1288/2025 sub 1 – Capitolo 1420/2 – Esercizio 2026 – Importo € 18.640,00'); y -= 12
c.drawString(L + 6, y, 'Quarrata, 12/03/2026')
c.drawRightString(R - 6, y, 'Il Dirigente del Settore Risorse Finanziarie – Dott. Alessio Michelozzi')
stamp()
c.save()
