# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-tiglieto-reportlab.pdf", "role": "act",
 "what": "determinazione of the Settore Tecnico, general n. 58, sector n. 17 of 09/03/2026; label|value grid on the right of the letterhead; body lines justified with Tw (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tiglieto", "organ": "Settore Tecnico", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 58, "sector_number": 17, "date": "2026-03-09",
  "subject": "Lavori di somma urgenza per il ripristino del muro di sostegno in località Acquabuona a seguito degli eventi meteorologici del febbraio 2026. Affidamento e impegno di spesa. CIG B91A4E27C3."}},
{"file": "ordinanza-neirone-iride.pdf", "role": "act",
 "what": "ordinanza of the Polizia Locale responsible (traffic ban on a bridge), grid with labels in capitals and colons (SETTORE:, NUMERO GENERALE:, DATA: 12.03.2026), fpdf2 with DejaVu",
 "operative_points": 3,
 "act": {"municipality": "Comune di Neirone", "organ": "AREA VIGILANZA E POLIZIA LOCALE", "office": "UFFICIO VIABILITÀ E TRAFFICO", "kind": "ordinanza",
  "number": 9, "sector_number": 4, "date": "2026-03-12",
  "subject": "Istituzione del divieto di transito ai veicoli di massa superiore a 3,5 tonnellate sul ponte di via Ognio in località Corsiglia per lavori di verifica strutturale."}},
{"file": "determinazione-pornassio-writer.pdf", "role": "act",
 "what": "determinazione of the Settore Finanziario e Tributi: grid running over two label|value column pairs (R.G. n. 73, n. 11/FIN, date in words), Oggetto row spanning three cells (HTML opened in Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pornassio", "organ": "Settore Finanziario e Tributi", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 73, "sector_number": 11, "date": "2026-03-18",
  "subject": "Rimborso di somme versate e non dovute a titolo di IMU per le annualità 2022 e 2023 a favore di contribuenti diversi."}},
{"file": "determinazione-pettinengo-chromium.pdf", "role": "act",
 "what": "determinazione of the Servizi Demografici e Cimiteriali; number and date only in the grid's last row ('Reg. Gen. 96 | Sett. 21 | 20/03/2026'), Chromium",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pettinengo", "organ": "Area Amministrativa", "office": "Servizi Demografici e Cimiteriali", "kind": "determinazione",
  "number": 96, "sector_number": 21, "date": "2026-03-20",
  "subject": "Concessione cinquantennale di n. 6 loculi nel cimitero del capoluogo – Approvazione degli schemi di contratto e accertamento dell'entrata."}},
{"file": "ordinanza-vogogna-wkhtml.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente of the Sindaco, two-pair grid with small-caps labels, 'N. 6/2026 R.G.', date 'addì 23 marzo 2026', subject in capitals (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vogogna", "organ": "Sindaco", "office": "Servizio Ambiente e Protezione Civile", "kind": "ordinanza",
  "number": 6, "sector_number": 2, "date": "2026-03-23",
  "subject": "ORDINANZA CONTINGIBILE E URGENTE PER LA RIMOZIONE DI PIANTE PERICOLANTI LUNGO LA STRADA DI ACCESSO ALLA FRAZIONE GENESTREDO"}},
{"file": "determinazione-chiaverano-latex.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica; four-column grid with merged cells (multirow: Numero generale over two rows, Responsabile over two rows; Oggetto over three columns), pdfLaTeX",
 "operative_points": 3,
 "act": {"municipality": "Comune di Chiaverano", "organ": "Area Tecnica", "office": "Servizio Edilizia Privata e Urbanistica", "kind": "determinazione",
  "number": 112, "sector_number": 34, "date": "2026-03-24",
  "subject": "Approvazione dello schema di convenzione per l’attuazione del piano esecutivo convenzionato in zona C3 di via Montalto."}},
{"file": "determinazione-sorico-halley.pdf", "role": "act",
 "what": "determinazione in an 80-column Courier report in capitals, grid drawn with +---+ and | characters, subject wrapped over three boxed lines (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sorico", "organ": "SETTORE SERVIZI ALLA PERSONA", "office": "SERVIZIO ISTRUZIONE E TRASPORTI", "kind": "determinazione",
  "number": 88, "sector_number": 12, "date": "2026-03-25",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER LE USCITE DIDATTICHE DELLA SCUOLA PRIMARIA - PERIODO APRILE-GIUGNO 2026 - CIG B7F20C19D4"}},
{"file": "ordinanza-samolaco-groff.pdf", "role": "act",
 "what": "ordinanza of the Lavori Pubblici responsible (road closure), tbl grid 'Ord. n. 14', 'n. 5 / LL.PP.', '26 marzo 2026', Oggetto spanning three columns (groff -ms)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Samolaco", "organ": "Area Tecnica", "office": "Lavori Pubblici", "kind": "ordinanza",
  "number": 14, "sector_number": 5, "date": "2026-03-26",
  "subject": "Chiusura temporanea della strada comunale per la frazione Casenda per lavori di rifacimento della rete fognaria"}},
{"file": "determinazione-griante-halley.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria (staff bonus fund); every glyph its own text object, page drawn bottom-up; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Griante", "organ": "Area Economico-Finanziaria", "office": "Servizio Personale", "kind": "determinazione",
  "number": 61, "sector_number": 9, "date": "2026-03-27",
  "subject": "Liquidazione del fondo per il salario accessorio del personale dipendente non dirigente relativo all'anno 2025 - indennità di condizioni di lavoro e progressioni economiche."}},
{"file": "ordinanza-miane-word.pdf", "role": "act",
 "what": "ordinanza of the Polizia Locale (traffic for a spring fair), 2 pages; the grid sits in the Word page header and is repeated on both pages, 'Oggetto:' in the body; python-docx -> LibreOffice",
 "operative_points": 5,
 "act": {"municipality": "Comune di Miane", "organ": "Area Vigilanza", "office": "Polizia Locale", "kind": "ordinanza",
  "number": 8, "sector_number": 3, "date": "2026-03-30",
  "subject": "Disciplina temporanea della circolazione e della sosta in occasione della manifestazione “Festa di Primavera” nel centro di Miane dal 10 al 13 aprile 2026."}},
{"file": "attestazione-segusino-sicraweb.pdf", "role": "certificate",
 "what": "certificate of publication (20/03–04/04/2026, register 176) of determinazione 47 (sector 15) of 19/03/2026 of the Settore Tecnico; grid, letterhead and foot are Form XObjects drawn after the body (reportlab)",
 "act": {"municipality": "Comune di Segusino", "kind": "attestazione", "number": 47, "date": "2026-03-19",
  "subject": "Lavori di manutenzione straordinaria della copertura della palestra comunale - approvazione del certificato di regolare esecuzione. CUP F27H25000330004."}},
{"file": "allegato-solagna-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 39 (Reg. Gen. 102) of 31/03/2026 of the Settore Tecnico: quadro economico with merged title rows, printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di Solagna"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    raw = subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout
    if k["file"] == "determinazione-sorico-halley.pdf":
        # deliberate exception (NOTES.md): the character-drawn box puts '|' between the wrapped subject lines
        raw = raw.replace("|", " ")
    txt = norm(raw); low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
