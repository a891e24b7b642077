# Comune di Perugia: every glyph placed on its own (one Tm + Tj per glyph), lines justified by
# moving glyphs at the spaces; publication stamp rotated 90 degrees along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", F + "LiberationSerif-Bold.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, invariant=1)
c.setTitle("Atto n. 1187/2026"); c.setAuthor("Comune di Perugia")
LM, RM = 72, W - 60
def glyphs(x, y, s, font="LS", size=10.5, extra=0.0):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, font="LS", size=10.5, lead=14, indent=0, first=""):
    words = text.split(); line = []; lines = []
    width = RM - LM - indent
    for w in words:
        t = " ".join(line + [w])
        if pdfmetrics.stringWidth(t, font, size) > width and line:
            lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, l in enumerate(lines):
        s = " ".join(l)
        extra = 0
        if i < len(lines) - 1 and len(l) > 1:
            extra = (width - pdfmetrics.stringWidth(s, font, size)) / (len(l) - 1)
        glyphs(LM + indent, y, s, font, size, extra); y -= lead
    return y - 4
def centre(y, s, font="LSB", size=12):
    glyphs((W - pdfmetrics.stringWidth(s, font, size)) / 2, y, s, font, size)
# letterhead
c.setLineWidth(0.8); c.line(LM, H - 135, RM, H - 135)
centre(H - 60, "COMUNE DI PERUGIA", "LSB", 16)
centre(H - 80, "AREA SERVIZI ALLA PERSONA", "LSB", 11)
centre(H - 95, "Settore Servizi Sociali e Politiche Abitative", "LS", 10.5)
centre(H - 109, "U.O. Inclusione Sociale e Contrasto alla Povertà", "LS", 10.5)
centre(H - 126, "Piazza IV Novembre, 1 – 06123 Perugia – comune.perugia@postacert.umbria.it", "LS", 8)
centre(H - 165, "DETERMINAZIONE DIRIGENZIALE", "LSB", 13)
centre(H - 182, "Atto n. 1187 del 15/04/2026", "LSB", 11.5)
y = H - 210
glyphs(LM, y, "Ufficio proponente: U.O. Inclusione Sociale e Contrasto alla Povertà", "LS", 10); y -= 14
glyphs(LM, y, "Responsabile del procedimento: dott.ssa Elisa Brunori", "LS", 10); y -= 22
y = para(y, "OGGETTO: Liquidazione dei contributi economici straordinari per il sostegno al pagamento dei canoni di locazione – primo trimestre 2026 – Impegno n. 2026/812.", "LSB", 10.5)
y -= 6; centre(y, "IL DIRIGENTE", "LSB", 11); y -= 20
for t in [
 "Richiamata la deliberazione della Giunta comunale n. 38 del 4 febbraio 2026, con la quale sono stati approvati i criteri per l'erogazione di contributi straordinari ai nuclei familiari in condizione di morosità incolpevole;",
 "Vista la propria determinazione n. 402 del 19/02/2026, con la quale è stato approvato l'avviso pubblico ed è stata impegnata la somma complessiva di euro 186.000,00 al capitolo 12061.04.0450 del bilancio 2026-2028, esercizio 2026 (impegno n. 2026/812);",
 "Preso atto che la commissione tecnica, nella seduta del 2 aprile 2026, ha concluso l'istruttoria delle 214 domande pervenute, ammettendone 173 per un importo di euro 142.350,00, come da elenco conservato agli atti dell'ufficio nel rispetto della normativa sulla protezione dei dati personali;",
 "Accertata la regolarità della documentazione e ritenuto di procedere alla liquidazione;",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento di contabilità;"]:
    y = para(y, t)
y -= 4; centre(y, "DETERMINA", "LSB", 11); y -= 20
pts = ["1. di liquidare ai 173 beneficiari indicati nell'elenco depositato agli atti la somma complessiva di euro 142.350,00, a titolo di contributo straordinario per il pagamento dei canoni di locazione del primo trimestre 2026;",
 "2. di imputare la spesa al capitolo 12061.04.0450 del bilancio 2026-2028, esercizio 2026, impegno n. 2026/812, dando atto che la somma residua di euro 43.650,00 resta disponibile per il secondo trimestre;",
 "3. di trasmettere il presente atto all'Area Risorse Finanziarie per l'emissione dei mandati di pagamento;",
 "4. di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione trasparente, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013, omettendo i dati identificativi dei beneficiari."]
for t in pts: y = para(y, t, indent=0)
y -= 16
glyphs(RM - 200, y, "IL DIRIGENTE", "LSB", 10.5); y -= 14
glyphs(RM - 200, y, "dott. Marco Pazzaglia", "LS", 10.5); y -= 12
glyphs(RM - 200, y, "(firmato digitalmente)", "LS", 8.5)
# rotated stamp along the left margin, drawn last
c.saveState(); c.translate(40, 160); c.rotate(90)
c.setStrokeColorRGB(0.2, 0.2, 0.6); c.setFillColorRGB(0.2, 0.2, 0.6)
c.rect(-6, -6, 520, 20)
glyphs(0, 0, "ALBO PRETORIO ON LINE – Reg. pubbl. n. 3312 – pubblicato dal 16/04/2026 al 01/05/2026", "LS", 8.5)
c.restoreState()
glyphs(W / 2 - 20, 30, "Pag. 1 di 1", "LS", 8)
c.showPage(); c.save()
