# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "elenco-faravicentino-calc.pdf", "role": "notice",
 "what": "monthly list of the six building permits issued in February 2026 (art. 20 c. 6 D.P.R. 380/2001), a spreadsheet table printed landscape by LibreOffice Calc, header row repeated, page foot 'Pagina 1 di 1'",
 "act": {"municipality": "Comune di Fara Vicentino", "organ": "Area Tecnica", "office": "Servizio Edilizia Privata e Urbanistica", "kind": "avviso", "date": "2026-03-02",
  "subject": "ELENCO DEI PERMESSI DI COSTRUIRE RILASCIATI NEL MESE DI FEBBRAIO 2026"}},
{"file": "avviso-chiampo-latex.pdf", "role": "notice",
 "what": "avviso di deposito of the adopted Variante n. 7 al Piano degli Interventi (art. 18 L.R. 11/2004), prot. 4127 of 9 March 2026; letter-spaced headings (microtype \\lsstyle), small-caps Area line (pdfLaTeX)",
 "act": {"municipality": "Comune di Chiampo", "organ": "Area Tecnica", "office": "Servizio Urbanistica", "kind": "avviso", "date": "2026-03-09",
  "subject": "VARIANTE N. 7 AL PIANO DEGLI INTERVENTI – ADOZIONE"}},
{"file": "pubblicazione-meduno-anusca.pdf", "role": "notice",
 "what": "marriage banns (atto n. 3 Parte I, 2026) as an 80-column Courier form with '=' rules and dotted leaders (enscript + Ghostscript); referto of the messo left blank",
 "act": {"municipality": "Comune di Meduno", "office": "UFFICIO DELLO STATO CIVILE", "kind": "pubblicazione di matrimonio", "number": 3, "date": "2026-03-16",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "ordinanza-mussolente-halley.pdf", "role": "act",
 "what": "Sindaco's anti-smog ordinance (PM10, traffic limits 20/02–31/03/2026), number and date in a box at the right of 'IL SINDACO'; every glyph its own Tm+Tj, justified by spreading glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mussolente", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-02-19",
  "subject": "Misure temporanee per il contenimento dell'inquinamento atmosferico da PM10 – limitazioni alla circolazione dei veicoli più inquinanti e divieto di combustioni all'aperto dal 20 febbraio al 31 marzo 2026."}},
{"file": "decreto-vivaro-insiel.pdf", "role": "act",
 "what": "decreto sindacale n. 4 of 2.3.2026 appointing the Responsabile of the Area Economico-Finanziaria (EQ); subject in a bordered box; running head and foot on both pages (fpdf2, DejaVu Serif)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Vivaro", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-02",
  "subject": "Nomina della Responsabile dell'Area Economico-Finanziaria e conferimento dell'incarico di Elevata Qualificazione per il periodo 1 marzo 2026 – 31 dicembre 2026."}},
{"file": "avviso-longare-chromium.pdf", "role": "notice",
 "what": "avviso pubblico of a public meeting on a cycle path (26/03/2026 at 20:30), prot. 3318 of 12/03/2026; flex-box letterhead and a when/where box (headless Chromium)",
 "act": {"municipality": "Comune di Longare", "kind": "avviso", "date": "2026-03-12",
  "subject": "ASSEMBLEA PUBBLICA SUL PROGETTO DELLA NUOVA PISTA CICLABILE RIVIERA BERICA – TRATTO COSTOZZA-LUMIGNANO"}},
{"file": "attestazione-ravascletto-groff.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 16 of 10/03/2026 (label table Atto/Numero/Data/Oggetto/N. Reg. Pubbl. 97/2026), published 12/03–27/03/2026, executive 28/03/2026 (groff -ms + tbl, Ghostscript)",
 "act": {"municipality": "Comune di Ravascletto", "kind": "attestazione", "number": 16, "date": "2026-03-10",
  "subject": "Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria della seggiovia comunale Valcalda–Zoncolan. CUP B37H26000120002."}},
{"file": "deliberazione-roveredoinpiano-wkhtml.pdf", "role": "act",
 "what": "Giunta deliberation 27 of 05/03/2026, register grid with grey labels, roll table with Presente/Assente X columns and totals row (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roveredo in Piano", "organ": "Giunta comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-05", "time": "17:30",
  "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Roveredo per la gestione del parco di via Carducci e dei chioschi comunali per il triennio 2026-2028.",
  "attendees": [A("Bergnach Paolo", "Sindaco"), A("Cescon Ilaria", "Vice Sindaco"), A("Della Flora Marco", "Assessore", False), A("Vettor Sara", "Assessore"), A("Furlanetto Giorgio", "Assessore esterno")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Paolo Bergnach"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Loris Bottecchia"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-comeglians-word.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 6 of 24.2.2026; roll in a table with two side-by-side column groups and P / A / A.G. marks; majority vote with an abstention (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Comeglians", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 6, "date": "2026-02-24", "time": "20:00",
  "subject": "Approvazione del Regolamento per la concessione in uso delle malghe e dei pascoli di proprietà comunale.",
  "attendees": [A("Tamussin Flavio", "Sindaco"), A("De Stalis Anna", "Consigliere"), A("Puschiasis Marco", "Consigliere"), A("Vidale Giulia", "Consigliere", False), A("Sbrizzai Renato", "Consigliere"),
                A("Gracco Lucia", "Consigliere"), A("Solari Ivan", "Consigliere"), A("Candotti Elisa", "Consigliere", False), A("Morassi Daniele", "Consigliere"), A("Fabiani Carla", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Tamussin Flavio"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Fabio Di Centa"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 7, "in_favour": 6, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "determinazione-sossano-chromium.pdf", "role": "act",
 "what": "determinazione with a two-column label grid (Area / Servizio / Numero di settore 'N. 19 del 4/3/2026' / Registro generale 'N. 73/2026 R.G. del 6/3/2026' / Proposta / CIG), headless Chromium",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sossano", "organ": "AREA TECNICA – LAVORI PUBBLICI", "office": "Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 73, "sector_number": 19, "date": "2026-03-06", "proposal_number": 88, "proposal_date": "2026-03-02",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e dei fossati comunali per la stagione 2026 alla ditta Verde Berico s.r.l. di Orgiano – Impegno di spesa di euro 18.910,00 IVA compresa."}},
{"file": "determinazione-montebellovicentino-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Settore Servizi alla Persona, Reg. Gen. 311 of 18/03/2026, sector 42 of 17/03, proposal 367 of 16/03; letterhead and foot are Form XObjects on both pages, lines justified with Tw, register box drawn before the heading, signature drawn before the page-2 text",
 "operative_points": 5,
 "act": {"municipality": "Città di Montebello Vicentino", "organ": "SETTORE SERVIZI ALLA PERSONA", "office": "Ufficio Servizi Sociali", "kind": "determinazione",
  "number": 311, "sector_number": 42, "date": "2026-03-18", "proposal_number": 367, "proposal_date": "2026-03-16",
  "subject": "Concessione di contributi economici straordinari a nuclei familiari in condizione di disagio per il pagamento delle utenze domestiche – primo trimestre 2026 – Impegno di spesa."}},
{"file": "allegato-travesio-latex.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 12 of 26.02.2026: tariffs of sports facilities and halls 2026, a table with multirow/multicolumn merged cells, running head naming the deliberation (pdfLaTeX, Times)",
 "act": {"municipality": "Comune di Travesio"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
