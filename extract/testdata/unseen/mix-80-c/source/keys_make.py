# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-langaastigiana-writer.pdf", "role": "act",
 "what": "determinazione of the Segretario-Direttore of an Unione Montana for its Servizio associato di Polizia Locale: service number DET-2026-0047 and Registro Generale dell'Unione n. 112 side by side; the only date is in the signature block (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Langa Astigiana Val Bormida", "organ": "Segretario-Direttore", "office": "Servizio associato di Polizia Locale", "kind": "determinazione",
  "number": 112, "sector_number": 47, "date": "2026-03-09",
  "subject": "Fornitura di due apparecchi di rilevazione della velocità per il Servizio associato di Polizia Locale. Affidamento diretto alla ditta Segnaletica Astigiana S.r.l. – CIG B91F3C0A26 – Impegno di spesa."}},
{"file": "decreto-valchiusella-latex.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE N. 3/2026 of an Unione Montana appointing its Segretario-Direttore; letter-spaced letterhead and headings (microtype \\lsstyle), date only in words in the signature line ('addì ventisei del mese di marzo duemilaventisei'), pdfLaTeX",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Valchiusella", "organ": "Presidente dell’Unione", "kind": "decreto", "number": 3, "date": "2026-03-26",
  "subject": "Nomina del Segretario dell’Unione e attribuzione delle funzioni di Direttore per il periodo 1° aprile 2026 – 31 marzo 2029."}},
{"file": "determinazione-cisa12-chromium.pdf", "role": "act",
 "what": "determinazione of the Direttore of a consorzio socio-assistenziale, 'N. 89/2026 R.G.' in a grey-labelled grid with 'Proposta PR-2026-104'; the subject is a grid cell; date only above the signature (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Consorzio Intercomunale Socio Assistenziale C.I.S.A. 12", "organ": "Direttore", "office": "Area Minori e Famiglie", "kind": "determinazione",
  "number": 89, "date": "2026-03-12", "proposal_number": 104,
  "subject": "Rinnovo dell'accreditamento dei servizi educativi domiciliari per minori per l'anno 2026 e impegno di spesa a favore della Cooperativa Sociale Il Ponte. CIG B66A0F19D3."}},
{"file": "determinazione-sebino-halley.pdf", "role": "act",
 "what": "determinazione of the responsible of a Comunità Montana's Servizio associato Catasto e Territorio, 'Reg. Gen. 311' and 'Det. Servizio n. CT/58'; every glyph its own text object, lines justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comunità Montana del Sebino Bresciano", "organ": "Responsabile del Servizio", "office": "Servizio associato Catasto e Territorio", "kind": "determinazione",
  "number": 311, "sector_number": 58, "date": "2026-03-16",
  "subject": "Affidamento del servizio di aggiornamento della banca dati catastale e toponomastica dei Comuni associati per gli anni 2026-2027. CIG B4D71E02C9. Determinazione a contrarre e aggiudicazione."}},
{"file": "determinazione-oltrepo-enscript.pdf", "role": "act",
 "what": "determinazione of the Direttore of a Comunità Montana, 'N. 47/2026 R.G.' and sector number AF/09: 80-column Latin-1 Courier report in capitals (enscript + Ghostscript); date 'VARZI, LI 18/03/2026' only at the foot",
 "operative_points": 4,
 "act": {"municipality": "Comunità Montana Oltrepò Pavese", "organ": "SETTORE AGRICOLTURA E FORESTE", "office": "SERVIZIO ASSOCIATO VINCOLO IDROGEOLOGICO", "kind": "determinazione",
  "number": 47, "sector_number": 9, "date": "2026-03-18",
  "subject": "AUTORIZZAZIONE AI SENSI DELLA L.R. 31/2008 PER LA TRASFORMAZIONE D’USO DEL SUOLO IN AREA SOGGETTA A VINCOLO IDROGEOLOGICO IN COMUNE DI MENCONICO, LOCALITA’ CELLA - DITTA AGRIFORESTALE STAFFORA S.S."}},
{"file": "decreto-comelico-jsibac.pdf", "role": "act",
 "what": "decreto del Presidente dell'Unione DEC-2026-0005 naming the head of the associated civil-protection service; two pages, letterhead and footer (with the decree number) repeated on every page; date only above the signature on page 2 (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Comelico", "organ": "Presidente dell'Unione", "kind": "decreto", "number": 5, "date": "2026-03-23",
  "subject": "Individuazione del Responsabile del Servizio associato di Protezione Civile dei Comuni di Comelico Superiore, Danta di Cadore, San Nicolò di Comelico, San Pietro di Cadore e Santo Stefano di Cadore."}},
{"file": "determinazione-baldogarda-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Direttore for the Centrale Unica di Committenza of an Unione Montana: 'DET-2026-0112', 'Registro Generale dell'Unione 158', 'Proposta n. 131' as a three-cell label box; justified lines set Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana del Baldo-Garda", "organ": "Direttore", "office": "Centrale Unica di Committenza", "kind": "determinazione",
  "number": 158, "sector_number": 112, "date": "2026-03-20", "proposal_number": 131,
  "subject": "Procedura negoziata per l'affidamento dei lavori di messa in sicurezza della strada comunale Spiazzi – Ferrara di Monte Baldo per conto del Comune di Ferrara di Monte Baldo. CUP H17H25001230004 – CIG B2F5A7D910. Aggiudicazione."}},
{"file": "certificato-lessinia-word.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione del Direttore n. 52 (Registro Generale dell'Unione) of 10.03.2026, published 12.03–27.03.2026 as n. 219; letterhead in the Word header (python-docx, LibreOffice)",
 "act": {"municipality": "Comunità Montana della Lessinia", "kind": "certificato di pubblicazione", "number": 52, "date": "2026-03-10",
  "subject": "Approvazione del piano di intervento per il contenimento della processionaria del pino nelle aree boscate dei Comuni associati – stagione 2026."}},
{"file": "allegato-parmaest-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione DET-2026-0063: school-transport routes and kilometres of 8 member Comuni, spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, signature line as page footer",
 "act": {"municipality": "Unione Montana Appennino Parma Est"}},
{"file": "determinazione-sdspisana-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Direttore of a Società della Salute (public consortium of Comuni and the USL): header table with merged cells (rowspan/colspan), number and proposal on one row; dispositive part as a bordered table (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Società della Salute della Zona Pisana", "organ": "Direttore", "office": "U.O. Servizi Sociali Territoriali", "kind": "determinazione",
  "number": 74, "date": "2026-03-11", "proposal_number": 81,
  "subject": "Approvazione dell'elenco dei beneficiari del contributo per il sostegno alla domiciliarità delle persone non autosufficienti – primo trimestre 2026."}},
{"file": "determinazione-montefeltro-groff.pdf", "role": "act",
 "what": "determinazione of the responsible of an Unione Montana's Servizio associato SUAP: boxed tbl register grid 'Registro Generale dell'Unione n. 89 / Registro del Servizio SUAP n. 14 / Proposta n. 17'; running foot; groff -ms (gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Unione Montana del Montefeltro", "organ": "Responsabile del Servizio associato", "office": "Servizio associato SUAP", "kind": "determinazione",
  "number": 89, "sector_number": 14, "date": "2026-03-19", "proposal_number": 17,
  "subject": "Conclusione del procedimento unico per l’ampliamento dello stabilimento produttivo della ditta Legnami Feltria S.r.l. in Comune di Macerata Feltria, via dell’Industria – Provvedimento autorizzativo finale."}},
{"file": "avviso-potenzaesino-apkappa.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of an Unione Montana's associated road service (snow-clearing operators list); letterhead and foot are Form XObjects; signature and body drawn before the heading (reportlab)",
 "act": {"municipality": "Unione Montana Potenza Esino Musone", "organ": "AREA TECNICA", "office": "SERVIZIO ASSOCIATO VIABILITÀ E PROTEZIONE CIVILE", "kind": "avviso", "date": "2026-03-24",
  "subject": "FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER IL SERVIZIO DI SGOMBERO NEVE SULLE STRADE DEI COMUNI ASSOCIATI – STAGIONE INVERNALE 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
