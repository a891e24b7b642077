# Unnumbered notice of the Comune di Briatico typed in Windows Notepad (Blocco note) and printed
# with its default header (file name) and footer ("Pagina &p"); drawn with ReportLab, monospaced.
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('Mono', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'))

raw = """COMUNE DI BRIATICO
Provincia di Vibo Valentia
Area Tecnica - Servizio Idrico Integrato

                         AVVISO ALLA CITTADINANZA

Oggetto: sospensione dell'erogazione idrica nelle frazioni San Costantino e Potenzoni per lavori urgenti sulla condotta di adduzione.

Si comunica che, a causa di una rottura della condotta di adduzione in località Santa Maria, per consentire l'esecuzione dei lavori urgenti di riparazione, l'erogazione dell'acqua potabile sarà sospesa

    GIOVEDI' 19 MARZO 2026, DALLE ORE 8:00 ALLE ORE 17:00

nelle seguenti zone:
  - frazione San Costantino (intero abitato);
  - frazione Potenzoni (intero abitato);
  - Via Nazionale, tratto compreso tra il bivio per Potenzoni e il ponte sul torrente.

Il servizio sarà ripristinato al termine dei lavori. Alla ripresa dell'erogazione potrebbero verificarsi temporanei fenomeni di torbidità dell'acqua: si consiglia di lasciar scorrere l'acqua per alcuni minuti prima dell'uso.

Durante la sospensione sarà disponibile un'autobotte in Piazza della frazione San Costantino dalle ore 10:00 alle ore 16:00.

Si invita la cittadinanza a limitare i consumi nelle ore precedenti la sospensione e ci si scusa per il disagio.

Per informazioni: Ufficio Tecnico comunale, dal lunedi' al venerdi', ore 9:00-13:00.

Briatico, 17/03/2026

                                       IL RESPONSABILE DELL'AREA TECNICA
                                           Ing. Salvatore Mazzitelli
                                 (firma autografa sostituita a mezzo stampa
                                  ai sensi dell'art. 3, c. 2, D.Lgs. 39/93)
"""
COLS = 78
lines = []
for par in raw.split('\n'):
    if len(par) <= COLS:
        lines.append(par)
    else:
        lines.extend(textwrap.wrap(par, COLS, break_long_words=False))  # Notepad word wrap

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('avviso sospensione acqua 19-03-2026.txt')
c.setCreator('Blocco note')
per_page = 56
pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
for n, pg in enumerate(pages, 1):
    c.setFont('Mono', 10.5)
    c.drawCentredString(W / 2, H - 36, 'avviso sospensione acqua 19-03-2026.txt')
    y = H - 72
    for l in pg:
        c.drawString(57, y, l)
        y -= 13.2
    c.drawCentredString(W / 2, 36, f'Pagina {n}')
    c.showPage()
c.save()
