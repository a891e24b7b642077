# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
PON, GAV, CUR = "Comune di Ponteranica", "Comune di Gavorrano", "Comune di Cursi"
K = [
{"file": "deliberazione-ponteranica-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38 of 14.4.2026 (Halley-like): register box 'Delibera n. 38 | del 14.4.2026', roll table with P / 'A (giust.)' marks and totals row, justified lines set with Tw, letter-spaced letterhead (Tc), number and date repeated in the running foot; 2 pages",
 "operative_points": 4,
 "act": {"municipality": PON, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-14", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELL'AREA VERDE DI VIA IV NOVEMBRE - CUP B87H26000120004.",
  "attendees": [A("BERTOCCHI MARIO ALBERTO", "Sindaco"), A("LOCATELLI CHIARA", "Vice Sindaco"), A("GHILARDI PAOLO", "Assessore"), A("RONCALLI ELISA", "Assessore", False), A("PESENTI DAVIDE", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Mario Alberto Bertocchi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Francesca Maffeis"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-ponteranica-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica: sector 'Determinazione n. 41 del 15.4.2026' and 'Registro Generale n. 163 del 15.4.2026' in a right-hand header cell; HTML opened as a Writer document and exported by LibreOffice",
 "operative_points": 4,
 "act": {"municipality": PON, "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 163, "sector_number": 41, "date": "2026-04-15",
  "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI PER LA STAGIONE 2026 ALLA DITTA VERDE OROBICO S.R.L. - CIG B9F31C27D5 - IMPEGNO DI SPESA."}},
{"file": "ordinanza-ponteranica-halley.pdf", "role": "act",
 "what": "ordinanza sindacale banning open fires until 31 May 2026; number only in the boxed 'Reg. Ord. N. 14/2026' beside 'Area Polizia Locale', date only in 'Dalla Residenza Municipale, lì 16.4.2026' above the signature (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": PON, "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-04-16",
  "subject": "Divieto di accensione di fuochi all'aperto e di abbruciamento di residui vegetali nelle zone boscate e nelle aree agricole del territorio comunale fino al 31 maggio 2026."}},
{"file": "attestazione-ponteranica-halley.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 38 of 14.4.2026 (Reg. Pubbl. N. 318/2026, published 17.4.2026-2.5.2026): 80-column Courier report with dotted labels, enscript + Ghostscript",
 "act": {"municipality": PON, "kind": "attestazione", "number": 38, "date": "2026-04-14",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITA’ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELL’AREA VERDE DI VIA IV NOVEMBRE - CUP B87H26000120004."}},
{"file": "deliberazione-gavorrano-civilia.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 17 of 15/04/2026 (rendiconto 2025): roll in two side-by-side columns (multicol) with P/A marks, majority vote with counts, running head with number and date on both pages; pdfLaTeX",
 "operative_points": 4,
 "act": {"municipality": GAV, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 17, "date": "2026-04-15", "time": "21:00",
  "subject": "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025 ai sensi dell’art. 227 del D.Lgs. n. 267/2000.",
  "attendees": [A("Stefanini Andrea", "Sindaco"), A("Bruni Letizia", "Consigliere"), A("Fanciulli Marco", "Consigliere"), A("Tonini Sara", "Consigliere"), A("Giovannelli Luca", "Consigliere"), A("Pizzetti Irene", "Consigliere", False), A("Cherubini Fabio", "Consigliere"),
                A("Nocciolini Daniele", "Consigliere"), A("Santini Marta", "Consigliere"), A("Bellucci Roberto", "Consigliere", False), A("Mancini Giada", "Consigliere"), A("Pierotti Simone", "Consigliere"), A("Fusi Valentina", "Consigliere")],
  "president": {"role": "Presidente del Consiglio Comunale", "name": "Marco Fanciulli"},
  "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Riccardo Lenzi"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-gavorrano-civilia.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE, general n. 212 and sector n. 58 of 16/04/2026, proposal 247 of 14/04/2026 in a grey-labelled grid; letterhead with Settore/Servizio/number and the foot are a table thead/tfoot repeated on both pages (headless Chromium)",
 "operative_points": 5,
 "act": {"municipality": GAV, "organ": "Settore 3 - Servizi Tecnici", "office": "Servizio Ambiente e Protezione Civile", "kind": "determinazione",
  "number": 212, "sector_number": 58, "date": "2026-04-16", "proposal_number": 247, "proposal_date": "2026-04-14",
  "subject": "Servizio di raccolta e smaltimento dei rifiuti abbandonati sul territorio comunale e bonifica delle discariche abusive in località Bagno di Gavorrano e Caldana. Affidamento diretto e impegno di spesa. CIG B9D40E6A18."}},
{"file": "decreto-gavorrano-civilia.pdf", "role": "act",
 "what": "decreto del Sindaco n. 9 of 17/04/2026 naming the DPO; number and date in a boxed tbl table, running foot 'Decreto n. 9/2026'; groff -ms with gropdf (Times Type1, hyphenated justified lines)",
 "operative_points": 3,
 "act": {"municipality": GAV, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2026-04-17",
  "subject": "Nomina del Responsabile della Protezione dei Dati personali (RPD/DPO) ai sensi dell’art. 37 del Regolamento (UE) 2016/679 per il triennio 2026-2028."}},
{"file": "avviso-gavorrano-civilia.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 for social allotments, Settore/Servizio and protocol 6544 of 17/04/2026 floated at the top right; articles 1-5 (wkhtmltopdf)",
 "act": {"municipality": GAV, "organ": "Settore 2 - Servizi alla Persona", "office": "Servizio Politiche Sociali e Casa", "kind": "avviso", "number": 3, "date": "2026-04-17",
  "subject": "PER L'ASSEGNAZIONE IN COMODATO D'USO GRATUITO DI ORTI SOCIALI NELL'AREA COMUNALE DI VIA DEI MINATORI A BAGNO DI GAVORRANO"}},
{"file": "deliberazione-cursi-hypersic.pdf", "role": "act",
 "what": "Giunta comunale deliberation N. 52, date only in words ('addì quattordici del mese di aprile alle ore 13,00'); every glyph its own Tm+Tj, justified by moving glyphs; roll table with SI in Presente/Assente columns; Albo stamp rotated 90° in the left margin of both pages; signatures and publication certificate on page 2",
 "operative_points": 3,
 "act": {"municipality": CUR, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2026-04-14", "time": "13:00",
  "subject": "Adesione al progetto regionale “Puglia Sociale IN - Cantieri di Cittadinanza” per l'inserimento lavorativo temporaneo di soggetti svantaggiati. Approvazione schema di convenzione con l'Ambito Territoriale Sociale di Maglie.",
  "attendees": [A("CORVAGLIA ANTONIO", "Sindaco"), A("DE DONNO MARIA LUCE", "Vice Sindaco"), A("PAPADIA GIUSEPPE", "Assessore", False), A("LEO ANNALISA", "Assessore"), A("SURDO FRANCESCO", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Antonio Corvaglia"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Vito Giuseppe Perrone"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-cursi-hypersic.pdf", "role": "act",
 "what": "determinazione Reg. Gen. n. 187 / Reg. di Settore n. 44 of 15/04/2026, proposal 203 of 13/04/2026, in a Word register grid with merged cells (Settore/Ufficio across the top, OGGETTO across the bottom); running foot repeats the number; python-docx converted by LibreOffice",
 "operative_points": 4,
 "act": {"municipality": CUR, "organ": "SETTORE ECONOMICO-FINANZIARIO", "office": "Ufficio Tributi", "kind": "determinazione",
  "number": 187, "sector_number": 44, "date": "2026-04-15", "proposal_number": 203, "proposal_date": "2026-04-13",
  "subject": "Approvazione dei ruoli ordinari della Tassa sui Rifiuti (TARI) per l'anno 2026 e affidamento della stampa e postalizzazione degli avvisi di pagamento. CIG B9A2F70C31."}},
{"file": "ordinanza-cursi-hypersic.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE N. 11/2026 R.O. of the Polizia Locale (traffic for a fair), number and date 'Cursi, 16 aprile 2026' in a box that is a Form XObject, as are letterhead and foot; blocks drawn out of reading order (signature, ORDINA, premises, heading)",
 "operative_points": 4,
 "act": {"municipality": CUR, "organ": "Settore Polizia Locale", "office": "Ufficio Viabilità e Traffico", "kind": "ordinanza", "number": 11, "date": "2026-04-16",
  "subject": "Disciplina temporanea della circolazione veicolare in Piazza Pio XII e vie limitrofe in occasione della manifestazione “Cursi in Pietra” del 25 e 26 aprile 2026."}},
{"file": "convocazione-cursi-hypersic.pdf", "role": "notice",
 "what": "avviso di convocazione of the Consiglio comunale for 28/04/2026 at 18:30 (second call 29/04), Prot. n. 4012 del 17/04/2026; letter-spaced headings (fpdf2 set_char_spacing -> Tc); 6-item agenda",
 "act": {"municipality": CUR, "kind": "convocazione", "date": "2026-04-17",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 28 aprile 2026."}},
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
