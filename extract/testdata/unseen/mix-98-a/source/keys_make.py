# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-atzara-halley.pdf", "role": "act",
 "what": "Giunta deliberation 38 of 14/04/2026 of Atzara (NU): number/date in a boxed grid under the title, roll table with X in Presente/Assente columns, every justified line sets Tw (reportlab), 2 pages with running foot",
 "operative_points": 3,
 "act": {"municipality": "Comune di Atzara", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-14", "time": "12:30",
  "subject": "Approvazione dello schema di convenzione con l'Associazione di Volontariato \"Protezione Civile Atzara\" per il servizio di avvistamento e primo intervento antincendio boschivo - campagna 2026.",
  "attendees": [A("Corona Alessandro", "Sindaco"), A("Loi Maria Grazia", "Vicesindaco"), A("Sedda Paolo", "Assessore"), A("Cadeddu Giovanna", "Assessore", False), A("Marras Efisio", "Assessore")],
  "president": {"role": "Sindaco", "name": "Alessandro Corona"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rita Pinna"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-atzara-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Atzara, sector n. 41 of 15/04/2026, general register n. 163 of 16/04/2026 printed only in the running foot; proposal 52 of 13/04/2026 under the title (fpdf2, header/footer on every page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Atzara", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 163, "sector_number": 41, "date": "2026-04-16", "proposal_number": 52, "proposal_date": "2026-04-13",
  "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria di via Roma. Determina a contrarre e affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Mandrolisai s.r.l. - CUP G37H26000120004 - CIG B9A4F27C31. Impegno di spesa."}},
{"file": "ordinanza-atzara-halley.pdf", "role": "act",
 "what": "ordinanza sindacale n. 7 of 16/04/2026 (fire-break clearing of untended plots): every glyph its own Tm+Tj, justified by moving words; Albo stamp (Reg. n. 219) rotated 90 degrees in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Atzara", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-04-16",
  "subject": "Obbligo di pulizia dei terreni incolti e di realizzazione delle fasce parafuoco all'interno e a ridosso del centro abitato - campagna antincendio 2026."}},
{"file": "attestazione-atzara-halley.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 38 of 14/04/2026, published 16/04-01/05/2026 (reg. 217/2026), issued 04/05/2026; label/value table (fpdf2)",
 "act": {"municipality": "Comune di Atzara", "kind": "attestazione", "number": 38, "date": "2026-04-14",
  "subject": "Approvazione dello schema di convenzione con l'Associazione di Volontariato \"Protezione Civile Atzara\" per il servizio di avvistamento e primo intervento antincendio boschivo - campagna 2026."}},
{"file": "deliberazione-frazzano-urbi.pdf", "role": "act",
 "what": "Consiglio deliberation 11 of 13.4.2026 of Frazzano (ME): 'N. 11 | del 13.4.2026 | OGGETTO' in one ruled row, time in words ('alle ore diciotto e minuti trenta'), roll of 10 councillors in two side-by-side P/A column groups, majority vote with abstentions (LibreOffice Writer from HTML)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Frazzanò", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-04-13", "time": "18:30",
  "proposal_number": 14, "proposal_date": "2026-03-30",
  "subject": "Approvazione del Regolamento comunale per la concessione in uso dei locali dell'ex Convento di San Filippo di Fragalà per attività culturali e associative.",
  "attendees": [A("Lo Presti Carmelo", "Presidente"), A("Gullotti Maria Concetta", "Consigliere"), A("Bontempo Francesco", "Consigliere"), A("Librizzi Antonino", "Consigliere", False), A("Gorgone Tindara", "Consigliere"),
                A("Ricciardello Nunzio", "Consigliere"), A("Calà Santina", "Consigliere", False), A("Sirna Giuseppe", "Consigliere"), A("Di Nardo Rosaria", "Consigliere"), A("Pizzino Salvatore", "Consigliere")],
  "president": {"role": "Presidente del Consiglio", "name": "Carmelo Lo Presti"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Filippo Sidoti"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 6, "in_favour": 6, "against": 0, "abstained": 2},
  "immediately_executive": False}},
{"file": "determinazione-frazzano-urbi.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria of Frazzano: grey-labelled register grid with sector 'n. 18 del 14.4.2026' and 'N. 97/2026 R.G. del 15.4.2026'; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Frazzanò", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 97, "sector_number": 18, "date": "2026-04-15",
  "subject": "Affidamento del servizio di supporto alla riscossione coattiva delle entrate tributarie comunali (IMU e TARI) per gli anni 2026-2027 alla società Nebrodi Servizi Tributari s.r.l. – CIG B9C61E0A58 – Impegno di spesa."}},
{"file": "decreto-frazzano-urbi.pdf", "role": "act",
 "what": "decreto sindacale n. 5 of 15 aprile 2026 appointing the head of the Area Tecnica; CSS letter-spaced headings ('D E C R E T O  S I N D A C A L E', 'D E C R E T A') and a letter-spaced running head, 2 pages (Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Frazzanò", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-04-15",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni dirigenziali di cui all'art. 107 del D.Lgs. 267/2000 fino al 31 dicembre 2026."}},
{"file": "avviso-frazzano-urbi.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (commuting-student transport grants), protocol 2417 of 16.4.2026; Area/Servizi in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Frazzanò", "organ": "Area Amministrativa", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "avviso", "number": 3, "date": "2026-04-16",
  "subject": "CONCESSIONE DI CONTRIBUTI PER IL TRASPORTO DEGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – ANNO SCOLASTICO 2025/2026"}},
{"file": "deliberazione-fabrizia-apsystems.pdf", "role": "act",
 "what": "Giunta deliberation 44 of Fabrizia (VV) whose date is printed only in words ('L'anno duemilaventisei, addì quindici del mese di aprile'); letter-spaced letterhead and headings (microtype \\lsstyle); roll as two side-by-side tables with P/A (pdfLaTeX, multicol)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Fabrizia", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 44, "date": "2026-04-15", "time": "13:15",
  "proposal_number": 51, "proposal_date": "2026-04-10",
  "subject": "Adesione al progetto “Serre in rete” per la valorizzazione del sentiero del Brigante e approvazione dello schema di accordo di partenariato con l’Ente Parco Naturale Regionale delle Serre.",
  "attendees": [A("Fera Domenico", "Sindaco"), A("Pisani Rocco", "Vicesindaco"), A("Ierace Caterina", "Assessore", False), A("Tassone Vincenzo", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Domenico Fera"},
  "secretary": {"title": "avv.", "role": "Segretario Comunale", "name": "Giuseppina Romeo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-fabrizia-apsystems.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Fabrizia: 80-column Courier report in capitals, 'DETERMINAZIONE N. 47/2026 R.G.  DATA 16/04/2026', 'N. SETTORE .......... 19', proposal 58 of 14/04/2026 (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fabrizia", "organ": "AREA TECNICA", "office": "UFFICIO MANUTENZIONI, PATRIMONIO E SERVIZI CIMITERIALI", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-04-16", "proposal_number": 58, "proposal_date": "2026-04-14",
  "subject": "LAVORI URGENTI DI RIPRISTINO DELLA FUNZIONALITA’ DELL’IMPIANTO DI ILLUMINAZIONE VOTIVA DEL CIMITERO COMUNALE DI CONTRADA CASSARI - AFFIDAMENTO DIRETTO ALLA DITTA ELETTROSERRE DI CALLA’ BRUNO - CIG B9D2A71E05 - IMPEGNO DI SPESA."}},
{"file": "ordinanza-fabrizia-apsystems.pdf", "role": "act",
 "what": "ordinanza del Sindaco n. 12 of 17/04/2026 (traffic for the feast of San Rocco), number/date/Settore/'Reg. Gen. 311' in a boxed tbl grid, issued through the Polizia Locale (groff -ms + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fabrizia", "organ": "Sindaco", "office": "Polizia Locale", "kind": "ordinanza", "number": 12, "date": "2026-04-17",
  "subject": "Disciplina temporanea della circolazione e della sosta in Piazza Municipio, Corso Vittorio Emanuele e via Roma in occasione della festa di San Rocco del 25 e 26 aprile 2026."}},
{"file": "attestazione-fabrizia-apsystems.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 44 of 15/04/2026, published 17/04-02/05/2026 (reg. 204/2026), signed by the messo 04/05/2026; spreadsheet form with merged cells (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Fabrizia", "kind": "attestazione", "number": 44, "date": "2026-04-15",
  "subject": "Adesione al progetto \"Serre in rete\" per la valorizzazione del sentiero del Brigante e approvazione dello schema di accordo di partenariato con l'Ente Parco Naturale Regionale delle Serre."}},
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
    bad += len(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
