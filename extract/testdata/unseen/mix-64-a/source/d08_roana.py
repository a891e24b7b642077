# Comune di Roana: fpdf2 with a CID (Identity-H) TrueType font; every glyph placed on its own (one BT/Td/Tj/ET per
# character, no space glyphs), lines justified by spreading the glyphs
import sys
from fpdf import FPDF
pdf = FPDF(format="A4", unit="pt"); pdf.set_auto_page_break(False)
pdf.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
pdf.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
pdf.set_creator("Sinergis J-Serfin Atti 4.2"); pdf.set_title("Determinazione n. 58 - Reg. Gen. 311")
L, R = 68, 527
pg = [0]
def newpage():
    pdf.add_page(); pg[0] += 1
    pdf.set_font("LS", "", 8); glyphs("Comune di Roana – Determinazione Reg. Gen. 311 del 12/05/2026 – pag. %d" % pg[0], L, 815)
def glyphs(s, x, y, width=None):
    """draw s one glyph at a time from x; if width is given, spread the extra room over the gaps between words"""
    words = s.split(" ")
    extra = 0
    if width and len(words) > 1:
        extra = (width - pdf.get_string_width(s)) / (len(words) - 1)
    for wi, wd in enumerate(words):
        for ch in wd:
            pdf.text(x, y, ch); x += pdf.get_string_width(ch)
        x += pdf.get_string_width(" ") + extra
y = [0]
def para(t, style="", size=11, indent=0, lead=None, justify=True):
    pdf.set_font("LS", style, size)
    x0 = L + indent; wmax = R - x0
    words = t.split(); lines = []; cur = []
    for w in words:
        if cur and pdf.get_string_width(" ".join(cur + [w])) > wmax: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] > 790: newpage(); y[0] = 70; pdf.set_font("LS", style, size)
        if i == 0 and lead: glyphs(lead, L, y[0])
        glyphs(" ".join(ln), x0, y[0], wmax if (justify and i < len(lines) - 1) else None)
        y[0] += size * 1.35
    y[0] += 4
def centre(t, style="B", size=11):
    pdf.set_font("LS", style, size); glyphs(t, (L + R - pdf.get_string_width(t)) / 2, y[0]); y[0] += size * 1.5
newpage(); y[0] = 60
centre("COMUNE DI ROANA", "B", 16)
centre("Provincia di Vicenza – Comun van Robaan", "", 10)
centre("Piazza Santa Giustina, 1 – 36010 Roana (VI)", "", 9)
pdf.line(L, y[0] - 4, R, y[0] - 4); y[0] += 14
centre("AREA SERVIZI FINANZIARI – UFFICIO TRIBUTI", "B", 11)
centre("DETERMINAZIONE N. 58 DEL 12/05/2026 – REG. GEN. 311", "B", 12)
y[0] += 6
para("OGGETTO: Rimborso di somme versate e non dovute a titolo di IMU per gli anni d'imposta 2022-2024 a favore di contribuenti non residenti – impegno e liquidazione della spesa.", "B", 11)
y[0] += 6
centre("IL RESPONSABILE DELL'AREA SERVIZI FINANZIARI", "B", 11)
for t in ["VISTO il decreto del Sindaco n. 3 del 08/01/2026 con il quale è stato conferito allo scrivente l'incarico di Responsabile dell'Area Servizi Finanziari;",
          "VISTE le istanze di rimborso presentate da n. 7 contribuenti non residenti, acquisite agli atti dell'Ufficio Tributi tra il 12/01/2026 e il 20/04/2026, relative a versamenti IMU eseguiti in eccedenza o per immobili non soggetti all'imposta;",
          "ACCERTATO, a seguito dell'istruttoria svolta dall'Ufficio Tributi, che le somme indebitamente versate ammontano complessivamente a € 4.286,00, oltre interessi legali per € 131,40, come da prospetto conservato agli atti e non pubblicato per ragioni di riservatezza;",
          "VISTO l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296;",
          "VISTI il D.Lgs. 267/2000, il vigente Regolamento comunale per la disciplina dell'IMU e il Regolamento di contabilità;"]:
    para(t)
centre("D E T E R M I N A", "B", 11)
for i, t in enumerate(["di disporre il rimborso delle somme versate e non dovute a titolo di IMU per gli anni d'imposta 2022-2024 a favore dei contribuenti indicati nel prospetto agli atti, per complessivi € 4.417,40 comprensivi di interessi;",
                       "di impegnare e contestualmente liquidare la spesa di € 4.417,40 al capitolo 1015 \"Rimborsi di imposte e tasse\" del bilancio di previsione 2026-2028, esercizio 2026;",
                       "di trasmettere il presente atto al Servizio Ragioneria per l'emissione dei mandati di pagamento."], 1):
    para(t, indent=22, lead="%d." % i)
y[0] += 18
pdf.set_font("LS", "B", 11); glyphs("IL RESPONSABILE DELL'AREA", 330, y[0]); y[0] += 15
pdf.set_font("LS", "", 11); glyphs("dott. Mattia Frigo", 350, y[0])
pdf.output(sys.argv[1])
