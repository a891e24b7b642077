#!/usr/bin/env python3
"""Writes ../keys.json for set mix-107-b and checks that every keyed string is found in
`pdftotext -layout` of its PDF (whitespace collapsed; organs, offices, municipalities and
names compared without regard to case or the shape of the apostrophe, subjects as printed).
Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KEYS = [
 {"file": "determinazione-oleggio-civilianext.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, R.G. 412 / Area 87, proposal 101; organ and Servizio beside the crest, numbers in a boxed grid; ReportLab, justified with Tw, letter-spaced title (Tc), running head and foot",
  "operative_points": 5,
  "act": {"municipality": "Comune di Oleggio", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 412, "sector_number": 87, "date": "2026-05-12",
          "proposal_number": 101, "proposal_date": "2026-05-08",
          "subject": "Lavori di manutenzione straordinaria della copertura della palestra della scuola secondaria di primo grado di via Gallarate - Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edilcoperture Ticino S.r.l. - Impegno di spesa - CIG B8F1D27A35 - CUP J52B26000110004"}},
 {"file": "determinazione-oleggio-civilianext-tributi.pdf", "role": "act",
  "what": "determinazione of the Area Economico-Finanziaria (Servizio Tributi), R.G. 431 / Area 29, proposal 118; .docx by python-docx exported by LibreOffice Writer, header and register grid in Word tables, footer with the numbers and a PAGE field",
  "operative_points": 3,
  "act": {"municipality": "Comune di Oleggio", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 431, "sector_number": 29, "date": "2026-05-15",
          "proposal_number": 118, "proposal_date": "2026-05-13",
          "subject": "Rimborso di somme versate e non dovute a titolo di Imposta Municipale Propria (IMU) per le annualità 2023, 2024 e 2025 - Contribuenti diversi - Impegno e liquidazione della spesa"}},
 {"file": "ordinanza-oleggio-civilianext.pdf", "role": "act",
  "what": "ordinanza sindacale n. 23 limiting the use of drinking water; 'IL SINDACO' beside the crest, numbers in boxes, letter-spaced headings, running foot with the number; HTML printed by headless Chromium",
  "operative_points": 3,
  "act": {"municipality": "Comune di Oleggio", "organ": "Sindaco", "kind": "ordinanza", "number": 23, "date": "2026-05-20",
          "subject": "Limitazione dell'uso dell'acqua potabile erogata dal pubblico acquedotto per usi diversi da quello igienico-sanitario e domestico nel periodo dal 1° giugno al 15 settembre 2026"}},
 {"file": "decreto-oleggio-civilianext.pdf", "role": "act",
  "what": "decreto of the Responsabile dell'Area Tecnica naming a commissione giudicatrice, R.G. decreti 14 / Area 2; content streams written by hand with pikepdf: every glyph placed alone, justified by position, letterhead and running head in reused Form XObjects drawn after the body, publication stamp turned 90 degrees up the margin",
  "operative_points": 4,
  "act": {"municipality": "Comune di Oleggio", "organ": "Area Tecnica", "office": "Ufficio Appalti e Contratti",
          "kind": "decreto", "number": 14, "sector_number": 2, "date": "2026-05-22",
          "subject": "Nomina della commissione giudicatrice per la procedura negoziata relativa all'affidamento del servizio di manutenzione del verde pubblico comunale per il biennio 2026-2027 - CIG B91C3E0A47"}},
 {"file": "determinazione-frosinone-sicrawebevo.pdf", "role": "act",
  "what": "determinazione dirigenziale of the Settore 3, R.G. 1184 / Settore 203, proposal 1322; 'Settore 3 – …' over 'Servizio …' under a letter-spaced letterhead, registers in a grid, running head and foot with the number on both pages; wkhtmltopdf (unpatched Qt, pages laid out in the HTML)",
  "operative_points": 5,
  "act": {"municipality": "Comune di Frosinone", "organ": "Settore 3 – Lavori Pubblici, Mobilità e Manutenzioni",
          "office": "Servizio Strade e Segnaletica", "kind": "determinazione", "number": 1184, "sector_number": 203,
          "date": "2026-05-14", "proposal_number": 1322, "proposal_date": "2026-05-12",
          "subject": "Interventi urgenti di ripristino della pavimentazione stradale in viale Mazzini e in via Aldo Moro - Affidamento diretto alla ditta Ciociaria Asfalti S.r.l. - CIG B93A0F6C12 - Impegno di spesa di € 38.420,00"}},
 {"file": "ordinanza-frosinone-sicrawebevo.pdf", "role": "act",
  "what": "ordinanza dirigenziale of the Settore 5 ordering removal of abandoned waste, Reg. Gen. Ordinanze 86 / Settore 17; fpdf2 with DejaVu, letter-spaced headings (Tc), justified text, running head and foot with the number, the Albo's stamp rotated 14 degrees beside the signature",
  "operative_points": 3,
  "act": {"municipality": "Comune di Frosinone", "organ": "Settore 5 – Ambiente e Igiene Urbana",
          "office": "Servizio Tutela Ambientale", "kind": "ordinanza", "number": 86, "sector_number": 17,
          "date": "2026-05-19",
          "subject": "Rimozione e smaltimento dei rifiuti abbandonati sul terreno sito in via Casilina Nord, distinto in catasto al foglio 27, particella 412, e ripristino dello stato dei luoghi - Ordine al proprietario ai sensi dell'art. 192 del D.Lgs. n. 152/2006"}},
 {"file": "decreto-frosinone-sicrawebevo.pdf", "role": "act",
  "what": "decreto del Sindaco n. 12 naming the Consulta per l'ambiente, members in two columns; pdfLaTeX (glyphs placed with kerns, no space characters), letter-spaced headings, fancyhdr running head and foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Frosinone", "organ": "Sindaco", "office": "Ufficio di Gabinetto", "kind": "decreto",
          "number": 12, "date": "2026-05-21",
          "subject": "Nomina dei componenti della Consulta comunale per l’ambiente e lo sviluppo sostenibile per il triennio 2026-2028"}},
 {"file": "determinazione-frosinone-sicrawebevo-personale.pdf", "role": "act",
  "what": "determinazione dirigenziale of the Settore 1 admitting candidates to a concorso, R.G. 1231 / settoriale 58, proposal 1390; organ under the title, candidates in two columns; ReportLab, letterhead and running head as reused Form XObjects painted after the body (onPageEnd), justified with Tw",
  "operative_points": 5,
  "act": {"municipality": "Comune di Frosinone", "organ": "Settore 1 – Affari Generali e Risorse Umane",
          "office": "Servizio Gestione Giuridica del Personale", "kind": "determinazione", "number": 1231,
          "sector_number": 58, "date": "2026-05-22", "proposal_number": 1390, "proposal_date": "2026-05-20",
          "subject": "Concorso pubblico, per esami, per la copertura di n. 4 posti di Istruttore Amministrativo, Area degli Istruttori, a tempo pieno e indeterminato - Approvazione dell'elenco dei candidati ammessi e non ammessi alla prova scritta"}},
 {"file": "determinazione-castrolibero-halley.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, Area 54 / R.G. 321, proposal 67; 80-column Courier report with a dotted label grid, capitals, 'F.to' signatures, visto and certificate of publication; enscript + ps2pdf, running head with the numbers",
  "operative_points": 4,
  "act": {"municipality": "Comune di Castrolibero", "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 321, "sector_number": 54, "date": "2026-05-19",
          "proposal_number": 67, "proposal_date": "2026-05-15",
          "subject": "FORNITURA DI MATERIALE ELETTRICO PER LA MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE - AFFIDAMENTO DIRETTO ALLA DITTA ELETTROFORNITURE CRATI S.R.L. - CIG B8E4C9D215 - IMPEGNO DI SPESA"}},
 {"file": "ordinanza-castrolibero-halley.pdf", "role": "act",
  "what": "ordinanza of the Area Vigilanza (traffic for a procession) on the Polizia Municipale's pre-printed form: blanks of underscores filled in Courier over them, subject typed on ruled lines; ReportLab canvas",
  "operative_points": 3,
  "act": {"municipality": "Comune di Castrolibero", "organ": "Area Vigilanza", "office": "Servizio di Polizia Municipale",
          "kind": "ordinanza", "number": 29, "sector_number": 12, "date": "2026-05-26",
          "subject": "REGOLAMENTAZIONE TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA XX SETTEMBRE E IN PIAZZA MUNICIPIO PER LA PROCESSIONE IN ONORE DI SAN GIOVANNI BATTISTA DEL 31 MAGGIO 2026"}},
 {"file": "decreto-castrolibero-halley.pdf", "role": "act",
  "what": "decreto del Sindaco n. 7 naming the RPCT; troff model in Courier (groff -Tps + ps2pdf), justified by stretched spaces, label grid, running head and foot with the number",
  "operative_points": 3,
  "act": {"municipality": "Comune di Castrolibero", "organ": "Sindaco", "office": "Segreteria Generale", "kind": "decreto",
          "number": 7, "date": "2026-05-12",
          "subject": "NOMINA DEL RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA (RPCT) AI SENSI DELL’ART. 1, COMMA 7, DELLA LEGGE 6 NOVEMBRE 2012, N. 190"}},
 {"file": "determinazione-castrolibero-halley-affarigenerali.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa, Area 31 / R.G. 338, proposal 72; 80-column Courier report printed by a2ps (hyphens become U+2212 minus in the text layer), the Area named only in the body's heading, the signature block and a2ps's running head and foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Castrolibero", "organ": "Area Amministrativa", "office": "Servizio Affari Generali e Contratti",
          "kind": "determinazione", "number": 338, "sector_number": 31, "date": "2026-05-27",
          "proposal_number": 72, "proposal_date": "2026-05-25",
          "subject": "RINNOVO DELL’ABBONAMENTO ANNUALE ALLA BANCA DATI GIURIDICA ON LINE PER GLI UFFICI COMUNALI. AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA (CIG B95F2A1C08)"}},
]

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

def loose(s):
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    return collapse(s).lower()

def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout

def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]

def main():
    miss = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(pdf)
        exact, low = collapse(raw), loose(raw)
        a = k["act"]
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], loose(a[f]) in low))
        if "subject" in a:
            checks.append(("subject", a["subject"], collapse(a["subject"]) in exact))
        for f in ("date", "proposal_date"):
            if f in a:
                checks.append((f, a[f], any(x in exact for x in date_forms(a[f]))))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                checks.append((f, a[f], re.search(r"(?<![\d.,])%d(?![\d,])" % a[f], exact) is not None))
        for f, v, ok in checks:
            if not ok:
                miss += 1
                print(f"MISS {k['file']}: {f} = {v!r}")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {miss} misses")
    return 1 if miss else 0

if __name__ == "__main__":
    sys.exit(main())
