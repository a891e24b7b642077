# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed;
# subject case-sensitive, the other strings case-insensitive)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-ornavasso-lineprinter.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica printed as a 132-column line-printer report in capitals (landscape, Courier): running head with program code and 'PAG. n' on both pages, character-drawn register box REGISTRO GENERALE N. 187 DEL 07/07/2026 / REGISTRO DI AREA N. 42 / PROPOSTA N. 203 DEL 03/07/2026, spaced D E T E R M I N A, points 1)-4), accounting table (enscript + Ghostscript, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ornavasso", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E PATRIMONIO", "kind": "determinazione",
  "number": 187, "sector_number": 42, "date": "2026-07-07", "proposal_number": 203, "proposal_date": "2026-07-03",
  "subject": "LAVORI DI MESSA IN SICUREZZA DEL PONTE SUL TORRENTE SAN CARLO IN VIA PER MIGIANDONE - AFFIDAMENTO DIRETTO ALLA DITTA EDILOSSOLA S.N.C. AI SENSI DELL’ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 - IMPEGNO DI SPESA - CIG B9D41C7A22 - CUP D47H26000310004"}},
{"file": "certificato-sestola-typewriter.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE (Reg. Pubbl. n. 389) of Giunta deliberation 57 of 02/07/2026: a pre-printed Times form whose dotted blanks are filled with typewriter (Courier) values drawn over the dots; published 06/07-21/07/2026; SI box ticked for immediate executability (ReportLab canvas, 1 page)",
 "act": {"municipality": "Comune di Sestola", "organ": "GIUNTA COMUNALE", "kind": "certificato", "number": 57, "date": "2026-07-02",
  "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI RIQUALIFICAZIONE DEL PERCORSO PEDONALE DI ACCESSO AL CASTELLO DI SESTOLA - CUP D87B26000120004",
  "immediately_executive": True}},
{"file": "ordinanza-vicodelgargano-rawpdf.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 31 DEL 10/07/2026 (fire prevention): raw PDF written without a PDF library, standard 14 fonts in WinAnsiEncoding without ToUnicode, one BT/Tm/Tj/ET per glyph, no space glyphs, justification by moving glyphs, the page's glyphs written in reverse reading order; O R D I N A with points 1.-4. (1 page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vico del Gargano", "organ": "Sindaco", "kind": "ordinanza", "number": 31, "date": "2026-07-10",
  "subject": "Divieto di accensione di fuochi, di barbecue e di lancio di lanterne volanti nelle aree boscate e rurali del territorio comunale e nella Foresta Umbra per la stagione estiva 2026 a tutela della pubblica incolumità."}},
{"file": "decreto-visso-groff.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 12 del 06.07.2026 (appointment of the civil-protection officer): groff -ms, gropdf with the base-14 Times fonts, custom Differences encoding and no ToUnicode CMap; hanging OGGETTO, D E C R E T A with 1)-4), running foot (1 page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Visso", "organ": "Sindaco", "kind": "decreto", "number": 12, "date": "2026-07-06",
  "subject": "Nomina del Responsabile del Servizio di Protezione Civile comunale e del referente per le attività di ricostruzione post sisma 2016."}},
{"file": "deliberazione-marradi-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 27 of 7 July 2026 ('addì sette del mese di luglio, alle ore 20.45'): pdfLaTeX (Latin Modern, T1), ruled roll with X under Pres./Ass. and a Totale row, premises and dispositive part in two columns with many lines hyphenated by TeX's Italian patterns; majority vote 7/1/1, running foot 'pag. x/2' (2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Marradi", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 27, "date": "2026-07-07", "time": "20:45",
  "subject": "Approvazione del Regolamento comunale per la gestione dei castagneti da frutto di proprietà comunale e per la raccolta dei prodotti del sottobosco.",
  "attendees": [A("TRIBERTI Tommaso", "Sindaco"), A("CAVINA Ilaria", "Consigliere"), A("FABBRI Gianluca", "Consigliere"), A("MONTI Sara", "Consigliere", False),
                A("LEONI Davide", "Consigliere"), A("BASSETTI Marzia", "Consigliere"), A("PIANCASTELLI Luigi", "Consigliere"), A("RAVAGLIA Elena", "Consigliere"),
                A("BORGHI Matteo", "Consigliere", False), A("CASADIO Roberta", "Consigliere"), A("SOLAROLI Pietro", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Tommaso Triberti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Andrea Bartolozzi"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
  "immediately_executive": True}},
{"file": "allegato-albanella-calc.pdf", "role": "attachment",
 "what": "ALLEGATO B to Giunta deliberation 96 of 09/07/2026: tariffs of the canone unico for the summer fairs, spreadsheet whose header is merged cells (title rows across A:G, grouped zone headings over two rows), file name and 'Pagina 1 di 1' in the foot (openpyxl, LibreOffice Calc, landscape, 1 page)",
 "act": {"municipality": "Comune di Albanella"}},
{"file": "deliberazione-crognaleto-fax.pdf", "role": "act",
 "what": "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE n. 44 del 10.7.2026 as received by fax: monospaced fax line '13/07/2026 09:41 Da: COMUNE CROGNALETO ... A: PREFETTURA TERAMO ... Pag. 1/2' at the top of both pages; boxed OGGETTO, roll table with SI under Presente/Assente, prose president, 'alle ore 12,30', points 1.-4., publication certificate (Chromium, CSS @page margin boxes, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Crognaleto", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 44, "date": "2026-07-10", "time": "12:30",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di Nerito all'Associazione \"Pro Loco Monti della Laga\" per attività culturali e ricreative. Approvazione schema di contratto.",
  "attendees": [A("DI GIAMBATTISTA Giovanni", "Sindaco"), A("MARCOZZI Lucia", "Vice Sindaco"), A("DE LUCA Antonio", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Giovanni Di Giambattista"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Fabrizio Di Sabatino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-mongiana-openpdf.pdf", "role": "act",
 "what": "Giunta deliberation N. 52 / Data 13.07.2026 / Prot. n. 2214 in a three-cell box; red Albo stamp (pubblicata 14/07/2026, Reg. n. 318) rotated 14° across the letterhead, drawn last; letterhead and foot repeated on both pages; roll table with merged 'Presenza' header over P/A; DejaVu CID fonts (Java + OpenPDF 1.3.30, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mongiana", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2026-07-13", "time": "17:15",
  "subject": "Adesione al progetto \"Ferriere di Calabria – itinerario dell'archeologia industriale delle Serre\" e approvazione dello schema di accordo di partenariato con il Parco Naturale Regionale delle Serre.",
  "attendees": [A("TASSONE Francesco", "Sindaco"), A("PISANI Rosa", "Vice Sindaco"), A("CORTESE Domenico", "Assessore", False)],
  "president": {"title": "Avv.", "role": "Sindaco", "name": "Francesco Tassone"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Giuseppe Valente"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-capizzi-wkhtml.pdf", "role": "act",
 "what": "Sicilian determinazione with a label grid 'Reg. Gen. 311 / Data 15.7.2026', 'Reg. Settore 96 / 14.7.2026', 'Proposta n. 118 del 10.7.2026'; Area and Servizio under the letterhead, shaded OGGETTO block, D E T E R M I N A 1.-4., visto contabile box (wkhtmltopdf, 1 page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Capizzi", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Pubblica Istruzione, Cultura e Sport", "kind": "determinazione",
  "number": 311, "sector_number": 96, "date": "2026-07-15", "proposal_number": 118, "proposal_date": "2026-07-10",
  "subject": "Servizio di trasporto scolastico degli alunni pendolari frequentanti le scuole secondarie di secondo grado – Anno scolastico 2026/2027 – Impegno di spesa per il rimborso degli abbonamenti ai sensi della L.R. 24/1973."}},
{"file": "avviso-desulo-fpdf.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the Area Tecnica / Servizio Igiene Urbana e Ambiente (waste-collection calendar changes 31/07-03/08/2026), letter-spaced 'AVVISO' (fpdf2 char spacing), bold centred title, timetable; fpdf2 core fonts in WinAnsi without ToUnicode (1 page)",
 "act": {"municipality": "Comune di Desulo", "organ": "AREA TECNICA", "office": "Servizio Igiene Urbana e Ambiente", "kind": "avviso", "date": "2026-07-17",
  "subject": "VARIAZIONE DEL CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA IN OCCASIONE DEI FESTEGGIAMENTI ESTIVI E DELLA MANIFESTAZIONE \"MONTAGNA PRODUCE\""}},
{"file": "deliberazione-angera-word.pdf", "role": "act",
 "what": "Consiglio comunale deliberation N. 31 del 16/07/2026 ('addì sedici del mese di luglio alle ore 20:30'); roll of 13 printed as one table in two side-by-side halves with P / A / AG marks; majority vote 8/3/0; running head with number and date on both pages (python-docx, LibreOffice Writer, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Angera", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 31, "date": "2026-07-16", "time": "20:30",
  "subject": "VARIANTE PARZIALE AL PIANO DELLE REGOLE DEL P.G.T. PER LA RIQUALIFICAZIONE DELL'AREA DELL'EX CANTIERE NAUTICO SUL LUNGOLAGO – ADOZIONE AI SENSI DELL'ART. 13 DELLA L.R. 12/2005.",
  "attendees": [A("MOLINARI Alessandra", "Sindaco"), A("BRUSA Claudio", "Consigliere"), A("CERUTTI Paola", "Consigliere"), A("ZANZI Roberto", "Consigliere", False),
                A("FRANZETTI Giorgio", "Consigliere"), A("BIANCHI Laura", "Consigliere"), A("MAGNI Stefano", "Consigliere"), A("VANONI Chiara", "Consigliere"),
                A("RIVOLTA Enrico", "Consigliere", False), A("TOGNOLI Marta", "Consigliere"), A("PARIANI Fabio", "Consigliere"), A("COLOMBO Sergio", "Consigliere"),
                A("GALLI Federica", "Consigliere")],
  "president": {"title": "dott.ssa", "role": "Sindaco", "name": "Alessandra Molinari"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Roberta Crivelli"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "convocazione-filettino-xobject.pdf", "role": "notice",
 "what": "letter of the Sindaco (Prot. n. 2731, Filettino, 17/07/2026) convening the Consiglio comunale for 27/07/2026 at 18:00; letterhead and foot are Form XObjects, title letter-spaced with Tc, body justified with Tw; signature and agenda drawn before the body; 6-item agenda (ReportLab canvas, 1 page)",
 "act": {"municipality": "Comune di Filettino", "kind": "convocazione", "date": "2026-07-17",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
]
# (file, field) pairs whose keyed string is deliberately not in the text layer as one run (see NOTES.md);
# for each, the printed pieces that must be found one by one
EXPECT_MISSING = {("certificato-sestola-typewriter.pdf", "subject"): [
    "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI", "RIQUALIFICAZIONE DEL PERCORSO PEDONALE DI ACCESSO AL",
    "CASTELLO DI SESTOLA - CUP D87B26000120004"]}
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
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    exp = [m for m in miss if (k["file"], m[0]) in EXPECT_MISSING]
    miss = [m for m in miss if (k["file"], m[0]) not in EXPECT_MISSING]
    for m in exp:
        parts = EXPECT_MISSING[(k["file"], m[0])]
        lost = [p for p in parts if p not in txt]
        print(k["file"], "deliberate exception (listed in NOTES.md):", m[0], "- its printed lines", "all found" if not lost else "MISSING %r" % lost)
        if lost: miss.append((m[0], lost))
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
