# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "ordinanza-santacesareaterme-kibernetes.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente of the Sindaco of Santa Cesarea Terme (LE), bathing ban after a sewage spill: 'IL SINDACO' heading, number only as 'Registro Ordinanze n. 45 / del 18.06.2026' in a box at the top right, date also in words in the closing line; every glyph its own Tm+Tj with no space characters, justified by moving glyphs; Albo stamp rotated 90° up the right margin on both pages (ReportLab, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santa Cesarea Terme", "organ": "Sindaco", "kind": "ordinanza", "number": 45, "date": "2026-06-18",
  "subject": "Divieto temporaneo di balneazione nel tratto di costa compreso tra l'insenatura di Porto Miggiano e lo stabilimento termale Gattulla, a seguito del guasto dell'impianto di sollevamento fognario di via Litoranea."}},
{"file": "ordinanza-grumoappula-sicraweb.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE of the Settore Polizia Locale of Grumo Appula (BA), traffic rules for the feast of San Rocco: label grid 'Ord. n. | 112 / 2026 R.G. | Data | 07.07.2026' / 'Reg. Settore P.L. | n. 41 del 06.07.2026 | Prot. n. | 11904'; Settore and Servizio at the right of the letterhead (wkhtmltopdf)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Grumo Appula", "organ": "SETTORE POLIZIA LOCALE", "office": "Servizio Mobilità e Traffico", "kind": "ordinanza",
  "number": 112, "sector_number": 41, "date": "2026-07-07",
  "subject": "Disciplina temporanea della circolazione e della sosta nel centro abitato in occasione dei festeggiamenti in onore di San Rocco del 15, 16 e 17 agosto 2026."}},
{"file": "decreto-torresantasusanna-groff.pdf", "role": "act",
 "what": "DECRETO SINDACALE 'n. 9 del 16.6.2026' of Torre Santa Susanna (BR) appointing the Giunta and the Vicesindaco after the elections: subject in a tbl box, the Giunta in a boxed tbl table (name, office, delegations), acceptance lines for the five assessori; running foot with the number on both pages (groff -ms, gropdf, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Torre Santa Susanna", "organ": "Sindaco", "kind": "decreto sindacale", "number": 9, "date": "2026-06-16",
  "subject": "Nomina dei componenti della Giunta comunale e attribuzione delle funzioni di Vicesindaco a seguito delle elezioni amministrative del 7 e 8 giugno 2026."}},
{"file": "decreto-valsinni-halley.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO of Valsinni (MT) appointing the head of the Area Tecnica: the number stands only in the register stamp 'REGISTRO DEI DECRETI / N. 5 / del 03 LUG. 2026', drawn tilted 3.5° at the top right; the date also in the closing line 'Valsinni, lì 3 luglio 2026', alone on page 2 with the signature; fpdf2 with DejaVu as CID (Identity-H) TrueType subsets (2 pages)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Valsinni", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-07-03",
  "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione per il periodo 6 luglio 2026 – 31 dicembre 2026."}},
{"file": "ordinanza-pescopagano-latex.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE CONTINGIBILE E URGENTE of Pescopagano (PZ), drinking-water ban: 'Ord. n. 21/2026' only in a framed box and in the running head, no date in figures, the date only in words in the closing line ('addì ventidue del mese di giugno dell'anno duemilaventisei'); pdfLaTeX with T1 Computer Modern as Type 3 bitmap fonts (no cm-super), ligatures disabled, 'O R D I N A' letter-spaced (2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pescopagano", "organ": "Sindaco", "kind": "ordinanza", "number": 21, "date": "2026-06-22",
  "subject": "Divieto di utilizzo per il consumo umano dell'acqua erogata dalla rete idrica comunale nelle contrade Piano San Nicola, Valle dei Mulini e Serra Cerasa."}},
{"file": "ordinanza-caccuri-word.pdf", "role": "act",
 "what": "ordinanza of the Sindaco of Caccuri (KR) on forest-fire prevention, 3 pages: 'IL SINDACO / ORDINANZA N. 14' in the body, the date only in the Word header's running line 'Ordinanza sindacale n. 14 del 29/05/2026 – …' (on every page) and in the closing line 'Caccuri, 29/05/2026' on page 3; ORDINA 1)-9), then unnumbered RACCOMANDA, AVVERTE, DISPONE and a table of phone numbers (python-docx, LibreOffice)",
 "operative_points": 9,
 "act": {"municipality": "Comune di Caccuri", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-05-29",
  "subject": "Prevenzione e lotta attiva contro gli incendi boschivi e di interfaccia – Prescrizioni per la stagione estiva 2026."}},
{"file": "decreto-serrastretta-chromium.pdf", "role": "act",
 "what": "DECRETO SINDACALE 'N. 6 del 1° luglio 2026' of Serrastretta (CZ) appointing the heads of the four Aree: the appointments in a table whose Area, Responsabile and pay cells span 1-3 rows (rowspan) inside point 1 of an HTML ordered list (headless Chromium, 2 pages)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Serrastretta", "organ": "Sindaco", "kind": "decreto sindacale", "number": 6, "date": "2026-07-01",
  "subject": "Nomina dei Responsabili delle Aree organizzative e conferimento degli incarichi di Elevata Qualificazione per il periodo 1° luglio 2026 – 30 giugno 2027."}},
{"file": "decreto-cmpalermo-openpdf.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO METROPOLITANO n. 118 of the Città Metropolitana di Palermo approving a road project: label grid with merged cells (Decreto n. | 118 | del | 24/06/2026 / Proposta n. | 142 | del | 19/06/2026 / Direzione proponente and Oggetto spanning 3 columns), running head with the number and 'Pagina X di 3' foot from a page event, pareri on page 3 (Java, OpenPDF 1.3.30, Liberation Sans as Identity-H)",
 "operative_points": 4,
 "act": {"municipality": "Città Metropolitana di Palermo", "organ": "Sindaco Metropolitano", "kind": "decreto", "number": 118, "date": "2026-06-24",
  "proposal_number": 142, "proposal_date": "2026-06-19", "proposing_office": "Direzione Viabilità e Infrastrutture",
  "subject": "Approvazione del progetto esecutivo dei lavori di messa in sicurezza e ripristino del piano viabile della S.P. 9 bis Lercara Friddi – Castronovo di Sicilia, dal km 2+300 al km 7+850. CUP D17H25001240001.",
  "immediately_executive": True}},
{"file": "ordinanza-santavenerina-as400.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente of Santa Venerina (CT) after an Etna ash fall: an 80-column Courier report in capitals, register line drawn with bars and dashes '| ORD. N. 27 | DEL 09/07/2026 | PROT. GEN. N. 9514 |', spaced 'I L   S I N D A C O', apostrophes for accents (enscript Latin-1 prints them as ’), 'LI'' closing line (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santa Venerina", "organ": "Sindaco", "office": "SERVIZIO COMUNALE DI PROTEZIONE CIVILE", "kind": "ordinanza", "number": 27, "date": "2026-07-09",
  "subject": "MISURE URGENTI PER LA SICUREZZA DELLA CIRCOLAZIONE A SEGUITO DELLA RICADUTA DI CENERE VULCANICA - DIVIETO DI CIRCOLAZIONE DEI VEICOLI A DUE RUOTE E LIMITE DI VELOCITA’ DI 30 KM/H SULLE STRADE COMUNALI."}},
{"file": "ordinanza-bonarcado-pdfbox.pdf", "role": "act",
 "what": "ordinanza of the Sindaco of Bonarcado (OR) on Blue Tongue prophylaxis: 'IL SINDACO' heading, the number only in a box at the right ('ORDINANZA / n. 16'), the date only in words in the closing line ('Bonarcado, lì venti luglio duemilaventisei'); letterhead a Form XObject drawn last, the page written bottom-up (foot, signature, DISPONE, points 5 to 1, premises, box, heading), each justified line with its own Tw, headings letter-spaced with Tc (PDFBox 3.0.3)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Bonarcado", "organ": "Sindaco", "kind": "ordinanza", "number": 16, "date": "2026-07-20",
  "subject": "Misure urgenti di profilassi per il contenimento della febbre catarrale degli ovini (Blue Tongue) nel territorio comunale."}},
{"file": "attestazione-ittireddu-gofpdf.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE (register n. 214/2026, 02/07-17/07/2026, issued 18/07/2026) of decreto del Sindaco n. 3 of 02/07/2026: a ruled form with grey label cells (Tipo atto, Numero, Data, Oggetto, Pubblicato dal / al) and the certifying sentence under 'C E R T I F I C A' (Go, go-pdf/fpdf, core fonts)",
 "act": {"municipality": "Comune di Ittireddu", "kind": "attestazione", "number": 3, "date": "2026-07-02",
  "subject": "Nomina del Responsabile del Servizio Finanziario e Tributi e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267, per il periodo 1° luglio 2026 - 30 giugno 2027."}},
{"file": "allegato-cosoleto-calc.pdf", "role": "attachment",
 "what": "Allegato A to ordinanza sindacale n. 11 of 10/06/2026 (not itself in the set): 46 uncultivated plots to be cleared, by locality, sheet and parcel, owners by initials; a spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, the sheet name as running head, 'Pagina X di 2' foot",
 "act": {"municipality": "Comune di Cosoleto"}},
]
# strings that are deliberately not in the text layer (see NOTES.md); none in this set
EXCEPTIONS = set()
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (k["file"], f) not in EXCEPTIONS and (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    if "number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["number"], txt):
        miss.append(("number", a["number"]))
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
