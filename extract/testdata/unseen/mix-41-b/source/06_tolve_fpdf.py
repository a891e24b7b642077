# Determinazione of the Comune di Tolve as printed by an old Clipper (DOS)
# "Atti" program: 80-column monospaced report with rules of '=' and '-',
# reproduced with fpdf2 in Courier (core font, cp1252 text).
import sys
from fpdf import FPDF

out = sys.argv[1]
W = 80


def c(s):
    return s.center(W).rstrip()


def lr(a, b):
    return a + " " * (W - len(a) - len(b)) + b


def wrap(s, width=W, indent=""):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if len(cur) + len(w) + (1 if cur else 0) > width - len(indent if lines else ""):
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return [lines[0]] + [indent + x for x in lines[1:]]


L = []
L += ["=" * W,
      c("COMUNE DI TOLVE"),
      c("PROVINCIA DI POTENZA"),
      c("Piazza Vittorio Emanuele II - 85017 TOLVE (PZ)"),
      "=" * W,
      "",
      lr("AREA TECNICA - MANUTENTIVA", "COPIA"),
      "Servizio Manutenzioni e Pubblica Illuminazione",
      "-" * W,
      lr("DETERMINAZIONE DEL RESPONSABILE N.   74", "DEL 08/05/2026"),
      lr("REGISTRO GENERALE N.                156", "DEL 08/05/2026"),
      "-" * W,
      ""]
subj = ("LIQUIDAZIONE FATTURA N. 12/PA DEL 15/04/2026 ALLA DITTA ELETTROSUD DI "
        "LAURENZANA VITO PER FORNITURA DI MATERIALE ELETTRICO PER LA PUBBLICA "
        "ILLUMINAZIONE. CIG B5D8E7A214")
sl = wrap(subj, W - 10)
L.append("OGGETTO:  " + sl[0])
L += ["          " + x for x in sl[1:]]
L += ["", "-" * W, c("IL RESPONSABILE DELL'AREA TECNICA"), ""]
for s in [
    "VISTO il decreto sindacale n. 4 del 10/01/2026 di nomina del Responsabile dell'Area Tecnica - Manutentiva;",
    "RICHIAMATA la propria determinazione n. 41 del 17/03/2026 (R.G. n. 88), con la quale e' stata affidata alla "
    "ditta Elettrosud di Laurenzana Vito, con sede in Tolve, la fornitura di materiale elettrico per la "
    "manutenzione ordinaria degli impianti di pubblica illuminazione, per l'importo di euro 3.950,00 oltre IVA, "
    "e assunto il relativo impegno di spesa n. 198/2026;",
    "VISTA la fattura elettronica n. 12/PA del 15/04/2026, acquisita al prot. n. 2731 del 16/04/2026, "
    "dell'importo complessivo di euro 4.819,00 (imponibile euro 3.950,00 - IVA 22% euro 869,00);",
    "ACCERTATA la regolare esecuzione della fornitura e acquisito il DURC regolare con scadenza 19/08/2026;",
    "VISTO l'art. 184 del D.Lgs. n. 267/2000;"]:
    L += wrap(s) + [""]
L += [c("D E T E R M I N A"), ""]
for i, s in enumerate([
    "di liquidare alla ditta Elettrosud di Laurenzana Vito la fattura n. 12/PA del 15/04/2026 per l'importo "
    "imponibile di euro 3.950,00;",
    "di versare l'IVA di euro 869,00 all'Erario secondo il meccanismo della scissione dei pagamenti (art. "
    "17-ter D.P.R. 633/1972);",
    "di imputare la spesa complessiva di euro 4.819,00 all'impegno n. 198/2026, cap. 1966 del bilancio "
    "2026/2028, esercizio 2026."], 1):
    L += wrap(f"{i}) {s}", W, "   ") + [""]
L += ["Tolve, li 08/05/2026", "",
      lr("", "IL RESPONSABILE DELL'AREA TECNICA"),
      lr("", "(Geom. Rocco Vaccaro)"),
      "", "=" * W,
      c("SERVIZIO FINANZIARIO"),
      "Si attesta la regolarita' contabile e la copertura finanziaria della spesa.",
      lr("Tolve, li 08/05/2026", "IL RESPONSABILE (Rag. Teresa Summa)"),
      "=" * W,
      "PUBBLICAZIONE: affissa all'Albo Pretorio on line dal 11/05/2026 al 26/05/2026",
      "al n. 389 del Registro delle pubblicazioni.",
      "=" * W]

pdf = FPDF(format="A4", unit="pt")
pdf.set_title("DETERM.PRN")
pdf.set_creator("ATTI.EXE v.4.2 (C) 1998")
pdf.set_auto_page_break(False)
pdf.set_margins(46, 40)
lh = 11.2
per_page = 64
pages = [L[i:i + per_page] for i in range(0, len(L), per_page)]
for n, pg in enumerate(pages, 1):
    pdf.add_page()
    pdf.set_font("Courier", size=9.5)
    y = 40
    for line in pg:
        pdf.text(46, y, line)
        y += lh
    pdf.set_font("Courier", size=8)
    pdf.text(46, 815, lr("DETERM.PRN", f"Pag. {n}/{len(pages)}"))
pdf.output(out)
