# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def O(role, name, title=None): return ({"title": title} if title else {}) | {"role": role, "name": name}
K = [
{"file": "deliberazione-maniace-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 'Delibera C.C. n. 12/2026' of Maniace (CT): date in words, roll table with X under Presente/Assente, 'Consiglieri presenti n. 8 su 10 assegnati', Sindaco and assessori present without vote, roll-call vote with names (HTML as Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Maniace", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 12, "date": "2026-03-17", "time": "18:30",
  "proposal_number": 15, "proposal_date": "2026-03-05",
  "subject": "Approvazione del Regolamento comunale per la concessione in uso dei terreni di proprietà comunale in contrada Petrosino.",
  "attendees": [A("GALATI Salvatore", "Presidente"), A("CAMUGLIA Rosaria", "Consigliere"), A("PALERMO Antonino", "Consigliere"), A("RUSSO Carmela", "Consigliere", False),
                A("LA MARCA Vincenzo", "Consigliere"), A("SPITALERI Giuseppa", "Consigliere"), A("CUCINOTTA Marco", "Consigliere"), A("PAPPALARDO Nunzio", "Consigliere"),
                A("ZAPPIA Lucia", "Consigliere", False), A("MESSINA Biagio", "Consigliere")],
  "others_present": [O("Sindaco", "Antonino Cantali", "dott."), O("Assessori", "Rita Pillera"), O("Assessori", "Filippo Parisi")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Salvatore Galati"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Concetta Sanfilippo"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "voted_against": ["Cucinotta", "Pappalardo"], "immediately_executive": True}},
{"file": "deliberazione-maletto-kibernetes.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Maletto (CT), seduta urgente: ratification of a budget variation; roll in prose (presenti ... assenti ...), 'presenti n. 9 su 12 assegnati', Sindaco and an assessore not members; every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Maletto", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-20", "time": "19:00",
  "subject": "Ratifica della variazione d’urgenza al bilancio di previsione 2026/2028 adottata dalla Giunta con deliberazione n. 31 del 27/02/2026 ai sensi dell’art. 175, comma 4, del D.Lgs. 267/2000.",
  "attendees": [A("Portale Carmelo", "Presidente del Consiglio"), A("Schilirò Agata", None), A("Caudullo Nino", None), A("Galvagno Rosa", None),
                A("Russo Mario", None), A("Sanfilippo Enza", None), A("Bonina Alfio", None), A("Longhitano Sara", None), A("Paparo Santo", None),
                A("Calì Giovanna", None, False), A("Mazzaglia Pietro", None, False), A("Ciraldo Luca", None, False)],
  "others_present": [O("Sindaco", "Giuseppe De Luca"), O("Assessore", "Angela Cuscunà")],
  "president": {"title": "avv.", "role": "Presidente del Consiglio", "name": "Carmelo Portale"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Giuseppe Bonanno"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
  "abstained_names": ["Longhitano", "Paparo"], "immediately_executive": True}},
{"file": "deliberazione-longi-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 of Longi (ME): running head 'Delibera C.C. n. 7/2026', date and time in words, roll in two side-by-side columns with P/A and 'A (g)', premises in two columns, letter-spaced headings (pdfLaTeX, microtype, multicol)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Longi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-24", "time": "18:30",
  "subject": "Approvazione dello schema di convenzione con il Parco dei Nebrodi per la gestione del sentiero naturalistico Rocche del Crasto.",
  "attendees": [A("CAPIZZI Nunzio", None), A("FABIO Nunziata", "Presidente del Consiglio"), A("LANZA Giuseppe", None), A("MIRAGLIA Concetta", None, False), A("ORLANDO Sebastiano", None),
                A("PIDALÀ Maria", None), A("RIFICI Domenico", None, False), A("SCAFFIDI Lorena", None), A("STANCAMPIANO Luigi", None), A("ZINGALES Carmelo", None)],
  "others_present": [O("Sindaco", "Antonino Lazzara"), O("Assessore", "Grazia Nardo")],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio", "name": "Nunziata Fabio"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Antonio Ricciardello"},
  "vote": "unanimous", "vote_counts": {"present": 8, "voters": 8, "in_favour": 8, "against": 0, "abstained": 0}, "immediately_executive": True}},
{"file": "deliberazione-tiana-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 6/2026 of Tiana (NU, Sardinia: the Sindaco is a member and presides): roll table split in two column groups with Pres./Ass. marks, 'Presenti n. 8 su 10 assegnati', roll-call vote 6-2 with names of those against (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tiana", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 6, "date": "2026-03-26", "time": "17:00",
  "proposal_number": 9, "proposal_date": "2026-03-12",
  "subject": "Approvazione del Piano di valorizzazione dei terreni civici 2026-2030 ai sensi della L.R. 12/1994.",
  "attendees": [A("MELE Sebastiano", "Sindaco"), A("PORCU Giovanni Antonio", "Consigliere"), A("FLORIS Anna Rita", "Consigliere"), A("MURGIA Pietro Paolo", "Consigliere", False), A("SANNA Salvatore", "Consigliere"),
                A("LADU Michela", "Consigliere"), A("SEDDA Marco", "Consigliere", False), A("CARTA Efisio", "Consigliere"), A("PINNA Daniela", "Consigliere"), A("DEIANA Gavino", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Sebastiano Mele"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Giovanna Maria Piras"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "voted_against": ["Carta", "Deiana"], "immediately_executive": True}},
{"file": "deliberazione-ortueri-halley.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 4/2026 of Ortueri (NU), 'SEDUTA STRAORDINARIA - URGENTE': 80-column Courier report in capitals, character-drawn box, roll with X under PRESENTE/ASSENTE and totals (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ortueri", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 4, "date": "2026-03-13", "time": "12:00",
  "subject": "ADESIONE ALLA COMUNITA’ ENERGETICA RINNOVABILE \"MANDROLISAI ENERGIA\" E APPROVAZIONE DELLO STATUTO E DELL’ATTO COSTITUTIVO.",
  "attendees": [A("MANCA GIUSEPPE", "SINDACO"), A("COSSU ANTONELLA", "CONSIGLIERE"), A("FADDA LUIGI", "CONSIGLIERE"), A("MEREU GRAZIELLA", "CONSIGLIERE", False),
                A("PIRAS TONINO", "CONSIGLIERE"), A("SERRA MONICA", "CONSIGLIERE"), A("USAI ROBERTO", "CONSIGLIERE"), A("VACCA ELISABETTA", "CONSIGLIERE", False)],
  "president": {"role": "SINDACO", "name": "GIUSEPPE MANCA"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO GENERALE", "name": "FRANCESCO DESSI’"},
  "vote": "unanimous", "vote_counts": {"present": 6, "voters": 6, "in_favour": 6, "against": 0, "abstained": 0}, "immediately_executive": True}},
{"file": "determinazione-mirto-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 88/2026 R.G. del 19.3.2026', area register n. 21 of 18.3.2026, proposal 104 of 17.3.2026, in a grey-labelled grid; points 1.-3. joined by line breaks in one paragraph (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Mirto", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi ed Entrate", "kind": "determinazione",
  "number": 88, "sector_number": 21, "date": "2026-03-19", "proposal_number": 104, "proposal_date": "2026-03-17",
  "subject": "Affidamento del servizio di supporto alla riscossione coattiva delle entrate comunali alla ditta Tributi Service Nebrodi s.r.l. – periodo aprile-dicembre 2026 – CIG B6D31E27F5. Impegno di spesa."}},
{"file": "ordinanza-reitano-halley.pdf", "role": "act",
 "what": "ordinanza sindacale n. 5 del 16 marzo 2026 of Reitano (ME), traffic ban for the feast of San Giuseppe; justified lines set Tw, letterhead and headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Reitano", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-16",
  "subject": "Divieto di transito e di sosta in Piazza Calogero Sanfilippo e nelle vie limitrofe in occasione della festa di San Giuseppe del 19 marzo 2026."}},
{"file": "convocazione-pettineo-groff.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio of Pettineo (ME) convening an urgent sitting of the Consiglio comunale for 20/03/2026 at 18:00 (art. 20 L.R. 7/1992), prot. 1604 of 18 March 2026, agenda of 3 items; groff hyphenates the body (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Pettineo", "organ": "Presidente del Consiglio Comunale", "kind": "convocazione", "date": "2026-03-18", "time": "18:00",
  "subject": "Convocazione urgente del Consiglio Comunale – seduta del 20 marzo 2026."}},
{"file": "attestazione-teti-word.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 3 of 09/03/2026 (Teti, NU), published 11/03-26/03/2026, register 117/2026, immediately executable; header and footer from a Word document (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Teti", "organ": "Consiglio Comunale", "kind": "attestazione", "number": 3, "date": "2026-03-09",
  "subject": "Approvazione del Regolamento per il funzionamento del Consiglio Comunale e delle commissioni consiliari.", "immediately_executive": True}},
{"file": "avviso-austis-jsibac.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 of Austis (NU), prot. 812 of 12 March 2026, grants for early-childhood services; Area/Servizio in the letterhead line (fpdf2, DejaVu Sans)",
 "act": {"municipality": "Comune di Austis", "organ": "Area Socio-Culturale", "office": "Servizio Sociale", "kind": "avviso", "number": 3, "date": "2026-03-12",
  "subject": "CONTRIBUTI PER IL SOSTEGNO ALLE SPESE DI ACCESSO AI SERVIZI EDUCATIVI PER LA PRIMA INFANZIA – ANNO 2026"}},
{"file": "allegato-neoneli-apkappa.pdf", "role": "attachment",
 "what": "Allegato B to Consiglio deliberation 5/2026 of Neoneli (OR): record of the roll-call vote, name by name; letterhead and foot are Form XObjects, the table is drawn bottom-up and the title after it (reportlab)",
 "act": {"municipality": "Comune di Neoneli"}},
{"file": "decreto-norbello-fpdf.pdf", "role": "act",
 "what": "decreto del Sindaco of Norbello (OR) whose number and date are printed only in the running head ('Decreto del Sindaco n. 2/2026 / del 10/03/2026') and at the end; 2 pages with running head and foot 'Pagina x di 2' (fpdf2, DejaVu Serif)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Norbello", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-10",
  "subject": "Nomina del Responsabile dell’Area Amministrativa e Vigilanza e attribuzione delle funzioni dirigenziali di cui all’art. 107 del D.Lgs. 267/2000 – periodo 1 aprile – 31 dicembre 2026."}},
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
    for p in a.get("attendees", []): strs += [("att", p["name"])] + ([("role", p["role"])] if p["role"] else [])
    for p in a.get("others_present", []): strs += [("oth", v) for v in p.values()]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    for n in a.get("voted_against", []) + a.get("abstained_names", []): strs.append(("names", n))
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
