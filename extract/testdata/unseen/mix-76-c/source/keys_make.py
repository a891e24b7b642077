# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
EXPECTED_MISSING = {("comunicazione-arsie-sicraweb.pdf", "subject"), ("bando-casargo-chromium.pdf", "subject"), ("avviso-sovramonte-wkhtml.pdf", "subject")}   # side column interleaves with the subject lines (see NOTES.md)
K = [
{"file": "ordinanza-usseglio-reportlab.pdf", "role": "act",
 "what": "ordinanza 7/2026 P.L. of the Polizia Locale (Usseglio, TO) laid out entirely as a ruled table with merged cells: header row, OGGETTO/PREMESSO/VISTI label cells, ORDINA band, points 1.-4., place and date in words in the last row beside the signature (reportlab platypus)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Usseglio", "organ": "Servizio di Polizia Locale", "kind": "ordinanza", "number": 7, "date": "2026-03-12",
  "subject": "Istituzione del divieto di transito e di sosta sulla strada comunale della Pianasse per lo svolgimento della manifestazione \"Corsa in montagna Usseglio – Malciaussia\"."}},
{"file": "avviso-gressoneysaintjean-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO D'ASTA PUBBLICA for the sale of a municipal building (Gressoney-Saint-Jean, AO): French/Italian letterhead and office in the Word running head, numbered paragraphs 1-4, date in words at the end (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Gressoney-Saint-Jean", "organ": "Ufficio Tecnico", "office": "Servizio Patrimonio", "kind": "avviso", "date": "2026-03-16",
  "subject": "PER L'ALIENAZIONE DELL'IMMOBILE COMUNALE DENOMINATO \"EX SCUOLA DI LOCALITÀ BIELTSCHUCKE\" – LOTTO UNICO"}},
{"file": "avviso-segonzano-latex.pdf", "role": "notice",
 "what": "AVVISO DI RETTIFICA of a concorso notice (Segonzano, TN): letter-spaced heading (microtype \\lsstyle), fancyhdr running head and foot with the office, two corrections as an enumerate list, place and date at the end (pdfLaTeX)",
 "act": {"municipality": "Comune di Segonzano", "office": "Servizio Segreteria e Personale", "kind": "avviso", "date": "2026-03-18",
  "subject": "RETTIFICA DEL BANDO DI CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI UN POSTO DI COLLABORATORE AMMINISTRATIVO – CATEGORIA C, LIVELLO EVOLUTO"}},
{"file": "bando-casargo-chromium.pdf", "role": "act",
 "what": "BANDO DI MOBILITÀ VOLONTARIA ESTERNA N. 1/2026 (Casargo, LC): office, responsible, protocol and date in a left side column (CSS grid), body on the right, date in words at the end (Chromium)",
 "act": {"municipality": "Comune di Casargo", "organ": "Area Amministrativa", "office": "SERVIZIO PERSONALE", "kind": "bando", "number": 1, "date": "2026-03-17",
  "subject": "Avviso di mobilità esterna ai sensi dell'art. 30 del D.Lgs. 165/2001 per la copertura di n. 1 posto di Istruttore tecnico a tempo pieno e indeterminato – Area degli Istruttori"}},
{"file": "avviso-mezzenile-enscript.pdf", "role": "notice",
 "what": "avviso of the Ufficio elettorale on the revisione dinamica straordinaria of the electoral lists (Mezzenile, TO): 80-column Courier in capitals with character-drawn box, letter-spaced 'A V V I S O', date in words at the end (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Mezzenile", "office": "UFFICIO ELETTORALE", "kind": "avviso", "date": "2026-03-11",
  "subject": "REVISIONE DINAMICA STRAORDINARIA DELLE LISTE ELETTORALI - PRIMA TORNATA 2026"}},
{"file": "avviso-sovramonte-wkhtml.pdf", "role": "notice",
 "what": "avviso of the Sindaco on the Albo degli scrutatori (Sovramonte, BL): body and grey office side column in one borderless table, protocol in the side column, 'Dalla residenza municipale, addì diciannove marzo duemilaventisei' at the end (wkhtmltopdf)",
 "act": {"municipality": "Comune di Sovramonte", "organ": "Sindaco", "office": "Ufficio Elettorale", "kind": "avviso", "date": "2026-03-19",
  "subject": "AGGIORNAMENTO DELL'ALBO DELLE PERSONE IDONEE ALL'UFFICIO DI SCRUTATORE DI SEGGIO ELETTORALE"}},
{"file": "manifesto-enego-groff.pdf", "role": "notice",
 "what": "manifesto of the Sindaco to the citizens (Enego, VI): 'IL SINDACO INFORMA LA CITTADINANZA', a one-line title, three paragraphs, place and date in words at the end, running foot (groff -ms, Ghostscript)",
 "act": {"municipality": "Comune di Enego", "organ": "Sindaco", "office": "Ufficio del Sindaco", "kind": "manifesto", "date": "2026-03-23",
  "subject": "GIORNATA ECOLOGICA “PULIAMO L’ALTOPIANO” — DOMENICA 19 APRILE 2026"}},
{"file": "avviso-taceno-fpdf.pdf", "role": "notice",
 "what": "avviso TARI 2026 of the Ufficio Tributi (Taceno, LC): shaded left side column with area, office, address and hours drawn in the page header, instalment table, date in words at the end (fpdf2)",
 "act": {"municipality": "Comune di Taceno", "organ": "Area Economico-Finanziaria", "office": "UFFICIO TRIBUTI", "kind": "avviso", "date": "2026-03-20",
  "subject": "TASSA SUI RIFIUTI (TARI) ANNO 2026 – SCADENZE DI PAGAMENTO E INVIO DEGLI AVVISI BONARI"}},
{"file": "comunicazione-arsie-sicraweb.pdf", "role": "notice",
 "what": "comunicazione di avvio del procedimento (artt. 7-8 L. 241/1990), prot. 2210 of 24/03/2026 (Arsiè, BL): letterhead and office side column are Form XObjects painted after the body, body lines drawn bottom-up, Albo stamp rotated 90° in the right margin (reportlab canvas)",
 "act": {"municipality": "Comune di Arsiè", "organ": "AREA TECNICA", "office": "Servizio Edilizia Privata e Urbanistica", "kind": "comunicazione", "date": "2026-03-24",
  "subject": "Comunicazione di avvio del procedimento per l'annullamento in autotutela del permesso di costruire n. 14/2025 – immobile in località Rocca, foglio 23, mappale 512."}},
{"file": "decreto-cesiomaggiore-civilia.pdf", "role": "act",
 "what": "decreto del Sindaco n. 3 del 25.3.2026 (Cesiomaggiore, BL) naming the Segretario comunale of a convenzione di segreteria: every glyph its own Tm/Tj, justified by spreading glyphs, points 1.-3., date in words at the end (reportlab canvas)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cesiomaggiore", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-25",
  "subject": "Nomina del Segretario comunale titolare della sede di segreteria convenzionata Cesiomaggiore – San Gregorio nelle Alpi."}},
{"file": "certificato-perloz-writer.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 14 of 5 March 2026 (Perloz, AO), register n. 88/2026, French/Italian letterhead, label/value table, date in words at the end (HTML opened by LibreOffice Writer)",
 "act": {"municipality": "Comune di Perloz", "organ": "Giunta comunale", "kind": "attestazione", "number": 14, "date": "2026-03-05",
  "subject": "Approvazione del progetto \"Perloz paese dei ponti\" per la valorizzazione dei percorsi storici e richiesta di contributo al GAL Valle d'Aosta."}},
{"file": "allegato-lusianaconco-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 71/2026 of the Area Tecnica (Lusiana Conco, VI): list of six wood lots for sale with totals, a spreadsheet printed landscape by LibreOffice Calc, file name in the running head",
 "act": {"municipality": "Comune di Lusiana Conco"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low) and (k["file"], f) not in EXPECTED_MISSING]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
