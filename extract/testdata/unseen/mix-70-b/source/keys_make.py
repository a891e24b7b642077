# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-ostana-halley.pdf", "role": "act",
 "what": "Giunta comunale minute 18/2026 of Ostana (CN) typed as an 80-column Courier report (enscript + Ghostscript): number and date in a character-drawn box, date and time in words ('addi' ventisei del mese di maggio, alle ore 18,30'), roll as a comma-separated list with roles in brackets",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ostana", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-05-26", "time": "18:30",
  "subject": "AFFIDAMENTO IN GESTIONE DEL POSTO TAPPA GTA DI BERTORELLI PER LE STAGIONI ESTIVE 2026-2028 - APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.",
  "attendees": [A("AUDISIO Marco", "Sindaco"), A("PEIRONE Laura", "Vicesindaco"), A("GIUSIANO Enrico", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "AUDISIO Marco"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "BRUNO Silvio"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-rimella-kibernetes.pdf", "role": "act",
 "what": "determinazione of the Segretario comunale as Responsabile del Servizio Amministrativo of Rimella (VC): number box drawn with lines (N. di Servizio 12 | Reg. Gen. 57 | data 14.5.2026 | Prop. n. 15), every glyph its own Tm/Tj, justified by moving glyphs, Albo stamp rotated 90 degrees in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rimella", "organ": "Segretario comunale", "office": "Servizio Amministrativo", "kind": "determinazione",
  "number": 57, "sector_number": 12, "date": "2026-05-14", "proposal_number": 15,
  "subject": "Adesione al servizio di conservazione digitale a norma dei documenti informatici per il triennio 2026-2028 – Impegno di spesa – CIG B71F3C08D2."}},
{"file": "decreto-chamois-word.pdf", "role": "act",
 "what": "Decreto del Sindaco n. 4 of 4 May 2026 of Chamois (AO) naming the Giunta and assigning portfolios; French/Italian letterhead in the Word header, number repeated in the footer (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Chamois", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-05-04",
  "subject": "Nomina dei componenti della Giunta comunale e attribuzione delle deleghe."}},
{"file": "avviso-pedesina-groff.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the Ufficio tecnico comunale of Pedesina (SO) on a water-supply interruption, prot. 612 of 20 May 2026; letter-spaced 'A V V I S O' heading, two-line bold title (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Pedesina", "office": "Ufficio Tecnico Comunale", "kind": "avviso", "date": "2026-05-20",
  "subject": "SOSPENSIONE TEMPORANEA DELLA FORNITURA IDRICA NEL CENTRO ABITATO PER LAVORI SULLA RETE DELL’ACQUEDOTTO COMUNALE"}},
{"file": "deliberazione-valbondione-chromium.pdf", "role": "act",
 "what": "Consiglio comunale minute 9/2026 of Valbondione (BG): roll in two side-by-side P/A tables (X marks, AG = absent justified), vote by show of hands with counts and names, separate vote for immediate executivity (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valbondione", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-05-28", "time": "20:30",
  "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE 2026-2028 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000.",
  "attendees": [A("MORANDI Walter", "Sindaco"), A("SEMPERBONI Chiara", "Consigliere"), A("BONACORSI Mirko", "Consigliere"), A("CASTELLETTI Sara", "Consigliere"),
                A("FIDANZA Giorgio", "Consigliere", False), A("ZUCCHELLI Paola", "Consigliere"), A("BERERA Davide", "Consigliere"), A("TOMASONI Luisa", "Consigliere"),
                A("MAFFEIS Roberto", "Consigliere"), A("BELINGHERI Anna", "Consigliere", False), A("PASINI Stefano", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Walter Morandi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Anna Pedretti"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "ordinanza-selvadicadore-latex.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE 14/2026 of Selva di Cadore (BL) set entirely in Courier like a typewriter (no accented letters), number and date in a ruled two-cell box, letter-spaced headings (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Selva di Cadore", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-05-22",
  "subject": "Divieto di transito veicolare sulla strada silvo-pastorale Fontanafredda - Malga Fiorentina durante il periodo di alpeggio 2026."}},
{"file": "determinazione-frassinoro-sicraweb.pdf", "role": "act",
 "what": "determinazione of Settore II of Frassinoro (MO): grey-label grid with merged cells (N. 47/2026 R.G., Numero di settore 12, Proposta n. 58 del 18/05/2026, Data di adozione 19/05/2026); 2 pages, visto contabile on page 2 (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Frassinoro", "organ": "SETTORE II – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", "office": "Servizio Manutenzioni e Viabilità", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-05-19", "proposal_number": 58, "proposal_date": "2026-05-18",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli e delle scarpate delle strade comunali per l'anno 2026 – CIG B4D71E92A0 – Impegno di spesa."}},
{"file": "attestazione-zerba-fpdf.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 14 of 07.05.2026 of Zerba (PC), affixed 12.05.2026 (register n. 87): typewriter form in DejaVu Sans Mono (CID fonts), blanks filled between dotted leaders, justified with word spacing (fpdf2)",
 "act": {"municipality": "Comune di Zerba", "kind": "attestazione", "number": 14, "date": "2026-05-07",
  "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI VESIMO ALL'ASSOCIAZIONE ALPINI - GRUPPO DI ZERBA PER IL TRIENNIO 2026-2028."}},
{"file": "convocazione-pietracamela-openpdf.pdf", "role": "notice",
 "what": "letter of the Sindaco of Pietracamela (TE) convening the Consiglio comunale for 29 May 2026 at 18:00 (second call 30 May), prot. 1032 of 21 May 2026; date/time grid with a row-spanning 'ore' cell; 5-item agenda (Java, OpenPDF, DejaVu Serif Identity-H)",
 "act": {"municipality": "Comune di Pietracamela", "kind": "convocazione", "date": "2026-05-21",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria."}},
{"file": "deliberazione-casteldelmonte-civilia.pdf", "role": "act",
 "what": "Giunta comunale minute 37/2026 of Castel del Monte (AQ): subject is a centred bold line with no 'Oggetto' label, date and time in words, roll as a P/A table; letterhead and foot are Form XObjects on both pages; justified lines set Tw; signature block of page 2 drawn before the text (ReportLab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castel del Monte", "organ": "Giunta comunale", "kind": "deliberazione", "number": 37, "date": "2026-05-12", "time": "13:00",
  "subject": "Concessione in uso temporaneo dei pascoli montani di proprietà comunale per la stagione di monticazione 2026 – Approvazione dei criteri di assegnazione e del canone.",
  "attendees": [A("Di Gregorio Raffaele", "Sindaco"), A("Mucciante Lucia", "Vicesindaco"), A("Rossicone Tiziano", "Assessore", False)],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Raffaele Di Gregorio"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Giancarlo Tollis"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "allegato-pescopennataro-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 22 of 15.05.2026 of Pescopennataro (IS): list of 14 firewood lots (uso civico di legnatico), merged title rows, ruled table with totals (openpyxl .xlsx, LibreOffice Calc)",
 "act": {"municipality": "Comune di Pescopennataro"}},
{"file": "determinazione-vastogirardi-writer.pdf", "role": "act",
 "what": "determinazione of the Segretario comunale as Responsabile ad interim of the Area Economico-Finanziaria of Vastogirardi (IS): 'n. 31 del 5.5.2026' and 'Reg. Gen. 88' in a two-cell box, subject a centred bold line with no 'Oggetto' label (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vastogirardi", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 88, "sector_number": 31, "date": "2026-05-05",
  "subject": "Rimborso ai contribuenti delle somme versate e non dovute a titolo di IMU per gli anni 2022-2024 – Impegno e liquidazione."}},
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
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
