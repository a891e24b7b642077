#!/usr/bin/env python3.12
"""Determinazione of the Comune di Torricella Peligna (Area Tecnica) built with the Python
library pdfme (needs Python >= 3.12): a JSON-ish document with running head/foot, a
register grid with sector and general numbers, numbered dispositive points.
usage: PYENV_VERSION=3.12.1 python3.12 04_torricellapeligna_pdfme.py out.pdf"""
import sys
from pdfme.document import PDFDocument
from pdfme.fonts import PDFFont, PDFTrueTypeFont

# pdfme escapes "(", ")" and "\\" for literal strings even when the text then goes out as hex
# glyph ids (TrueType fonts); undo the escaping there so that the backslashes do not print.
_enc = PDFTrueTypeFont.encode_text
PDFTrueTypeFont.encode_text = lambda self, t: _enc(
    self, t.replace("\\\\", "\x00").replace("\\(", "(").replace("\\)", ")").replace("\x00", "\\"))

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-torricellapeligna-pdfme.pdf"
SUBJ = ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di "
        "sgombero neve e trattamento antighiaccio della viabilità comunale – stagione invernale 2025/2026 – "
        "integrazione impegno di spesa. CIG B7F3A21C04")

P = lambda t, **kw: dict({".": t}, **kw)

document = {
    "style": {"page_size": "a4", "margin": [95, 62, 70, 62], "s": 10.5, "f": "LSerif",
              "text_align": "j", "line_height": 1.25, "margin_bottom": 6},
    "formats": {"h": {"b": True, "s": 11}, "lab": {"b": True, "f": "LSans", "s": 8.5},
                "v": {"f": "LSans", "s": 9.5}},
    "running_sections": {
        "head": {"x": "left", "y": 30, "height": 60, "style": {"text_align": "c", "f": "LSans"},
                 "content": [
                     P("COMUNE DI TORRICELLA PELIGNA", style={"b": True, "s": 14}),
                     P("Provincia di Chieti", style={"s": 9}),
                     P("Via Roma, 12 – 66019 Torricella Peligna (CH) – Tel. 0872 969121", style={"s": 8}),
                 ]},
        "foot": {"x": "left", "y": "bottom", "height": "bottom",
                 "style": {"text_align": "c", "f": "LSans", "s": 7.5},
                 "content": [
                     P(["Determinazione Area Tecnica n. 41 del 09/03/2026 – Registro Generale n. 118 – pagina ",
                        {"var": "$page"}]),
                     P("Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 (Codice dell'Amministrazione Digitale)",
                       style={"i": True}),
                 ]},
    },
    "sections": [{
        "running_sections": ["head", "foot"],
        "content": [
            P("AREA TECNICA", style={"b": True, "s": 12, "text_align": "c", "f": "LSans"}),
            P("Servizio Lavori Pubblici e Manutenzioni", style={"s": 10, "text_align": "c", "f": "LSans",
                                                               "margin_bottom": 10}),
            {"widths": [1.3, 1, 1.3, 1],
             "style": {"border_width": 0.6, "margin_bottom": 4, "cell_margin": 4, "f": "LSans", "s": 9},
             "table": [
                 [P("DETERMINAZIONE N.", style="lab"), P("41", style="v"),
                  P("DATA ADOZIONE", style="lab"), P("09/03/2026", style="v")],
                 [P("REGISTRO GENERALE N.", style="lab"), P("118", style="v"),
                  P("DATA REGISTRAZIONE", style="lab"), P("10/03/2026", style="v")],
             ]},
            P("", style={"margin_bottom": 4}),
            {"widths": [1, 5.2], "style": {"border_width": 0, "margin_bottom": 10, "cell_margin": 3},
             "table": [[P("OGGETTO:", style={"b": True}), P(SUBJ, style={"b": True})]]},
            P("IL RESPONSABILE DELL'AREA TECNICA", style={"b": True, "text_align": "c"}),
            P("Visto il decreto sindacale n. 3 del 02/01/2026, con il quale è stata attribuita al sottoscritto la "
              "responsabilità dell'Area Tecnica con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
            P("Richiamata la propria determinazione n. 96 del 14/11/2025 (Reg. Gen. n. 341), con la quale il servizio "
              "di sgombero neve e trattamento antighiaccio della viabilità comunale per la stagione invernale "
              "2025/2026 è stato affidato alla ditta Di Fabio Movimento Terra di Di Fabio Giuseppe, con sede in "
              "Torricella Peligna, per l'importo di € 14.500,00 oltre IVA;"),
            P("Dato atto che le eccezionali precipitazioni nevose dei mesi di gennaio e febbraio 2026, che hanno "
              "interessato in particolare le contrade Fallascoso, Colle Zingaro e Santa Lucia, hanno reso necessario un "
              "numero di interventi superiore a quello stimato, come risulta dai rapportini vistati dal Servizio;"),
            P("Ritenuto di integrare l'impegno di spesa per l'importo di € 4.200,00 oltre IVA al 22%, per complessivi "
              "€ 5.124,00, nei limiti del quinto d'obbligo di cui all'art. 120, comma 9, del D.Lgs. 36/2023;"),
            P("Accertata la regolarità contributiva della ditta mediante DURC prot. INAIL_51822374 con scadenza "
              "il 17/06/2026;"),
            P("Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente regolamento comunale di contabilità;"),
            P("DETERMINA", style={"b": True, "text_align": "c", "margin_top": 4}),
            P("1. di integrare, per le motivazioni in premessa, l'affidamento del servizio di sgombero neve e "
              "trattamento antighiaccio della viabilità comunale alla ditta Di Fabio Movimento Terra, per l'importo "
              "di € 4.200,00 oltre IVA;", style={"indent": 0}),
            P("2. di impegnare la somma complessiva di € 5.124,00 al capitolo 1812/2 “Spese per lo sgombero neve” "
              "del bilancio di previsione 2026/2028, esercizio 2026;"),
            P("3. di dare atto che il CIG resta invariato (B7F3A21C04) e che il Responsabile Unico del Progetto è il "
              "sottoscritto;"),
            P("4. di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di "
              "regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del "
              "D.Lgs. 267/2000;"),
            P("5. di disporre la pubblicazione del presente atto all'Albo Pretorio on line per quindici giorni "
              "consecutivi e nella sezione “Amministrazione Trasparente” del sito istituzionale."),
            P("Torricella Peligna, 09/03/2026", style={"margin_top": 8}),
            P("Il Responsabile dell'Area Tecnica", style={"text_align": "r", "b": True}),
            P("Geom. Nicola Di Renzo", style={"text_align": "r"}),
            P("", style={"margin_bottom": 10}),
            {"widths": [1], "style": {"border_width": 0.6, "cell_margin": 5, "f": "LSans", "s": 8.5},
             "table": [[{"content": [
                 P("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", style={"b": True}),
                 P("Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa "
                   "(impegno n. 214/2026). Torricella Peligna, 10/03/2026 – Il Responsabile dell'Area Finanziaria, "
                   "Dott.ssa Antonella Piccone"),
             ]}]]},
        ]}]
}

L = "/usr/share/fonts/truetype/liberation/"
for fam, base in (("LSerif", "LiberationSerif"), ("LSans", "LiberationSans")):
    for mode, suf in (("n", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic")):
        PDFFont.register(fam, mode, L + base + "-" + suf + ".ttf")
doc = PDFDocument(document)
doc.run()
with open(OUT, "wb") as f:
    doc.output(f)
