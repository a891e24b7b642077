# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-ollolai-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38/2026 of Ollolai with Italian/Sardinian (Comunu de Ollollai) letterhead, labels and roll headings; number and date in a label grid; roll table with X marks (headless Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ollolai", "organ": "Giunta comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-21", "time": "13:30",
  "subject": "Approvazione del progetto di fattibilità tecnica ed economica dei lavori di recupero e messa in sicurezza del sentiero di Monte San Basilio – CUP H67B26000120002.",
  "attendees": [A("SEDDA Francesco", "Sindaco"), A("MEREU Giovanna", "Vicesindaca"), A("PORCU Antonio", "Assessore", False), A("SORO Maria Grazia", "Assessora")],
  "president": {"role": "Sindaco", "name": "Francesco Sedda"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Caterina Ladu"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-ayas-writer.pdf", "role": "act",
 "what": "Conseil communal / Consiglio comunale deliberation 14/2026 of Ayas (Aosta Valley): French/Italian letterhead, labels and headings, preamble in both languages, Italian body; roll table with merged header cells and French and Italian role columns; majority vote with counts; not declared immediately executive (flat ODF, LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ayas", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 14, "date": "2026-04-23", "time": "20:30",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025 e destinazione dell'avanzo di amministrazione.",
  "attendees": [A("FOSSON Michel", "Sindaco"), A("FAVRE Ilaria", "Vicesindaco"), A("OBERT Luca", "Consigliere"), A("VUILLERMOZ Chantal", "Consigliera"),
                A("DUNOYER Pietro", "Consigliere"), A("BRUNOD Elena", "Consigliera", False), A("GAL Matteo", "Consigliere"), A("CRÉTIER Sophie", "Consigliera"),
                A("VALLET Andrea", "Consigliere"), A("RIGOLLET Franco", "Consigliere"), A("JORIOZ Nadia", "Consigliera")],
  "president": {"role": "Sindaco", "name": "Michel Fosson"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Stefano Ronc"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "determinazione-millesimo-lineprinter.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica - Manutentiva, sector n. 47 of 20/04/2026, general register n. 211 of 21/04/2026, proposal 63 of 17/04/2026: a 132-column line-printer report in capitals, landscape, with the report's page heading repeated on both pages (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Millesimo", "organ": "AREA TECNICA - MANUTENTIVA", "office": "SERVIZIO LAVORI PUBBLICI E PATRIMONIO", "kind": "determinazione",
  "number": 211, "sector_number": 47, "date": "2026-04-21", "proposal_number": 63, "proposal_date": "2026-04-17",
  "subject": "LAVORI DI RIFACIMENTO DELLA COPERTURA DEL CAPANNONE COMUNALE DI VIA PONTE VECCHIO - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 ALLA DITTA EDIL VAL BORMIDA S.N.C. - CIG B92E7C05D4 - IMPEGNO DI SPESA"}},
{"file": "attestazione-bagolino-typewriter.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 29 of 14/04/2026 (published 22/04/2026, register n. 263): pre-printed Helvetica form with ruled blanks, filled on a 'typewriter' whose every glyph is its own text object with a jittered baseline (fpdf2)",
 "act": {"municipality": "Comune di Bagolino", "kind": "attestazione", "number": 29, "date": "2026-04-14",
  "subject": "Approvazione del progetto di valorizzazione del centro storico di Bagolino e richiesta di contributo a valere sul bando regionale \"Borghi storici\" 2026."}},
{"file": "ordinanza-livigno-openpdf.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente 22/2026 of the Sindaco (avalanche risk road closure), 3 pages: running head and 'Pagina X di 3' foot on every page by a page event, ORDINA points 1-4, and a last page holding only the digital-signature block (signer, CA, serial, time, SHA-256) (Java, OpenPDF 1.3.30)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Livigno", "organ": "Sindaco", "kind": "ordinanza", "number": 22, "date": "2026-04-22",
  "subject": "Chiusura temporanea al transito veicolare e pedonale della strada comunale della Val Federia e del percorso ciclopedonale \"Alpisella\" per pericolo di distacco di masse nevose."}},
{"file": "decreto-altalanga-latex.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE n. 3 of 20.4.2026 of an Unione Montana (appointment of the financial officer): pdfLaTeX in Type 3 bitmap EC fonts without ToUnicode, letter-spaced headings, fancyhdr running head and foot, date also in words at the end",
 "operative_points": 5,
 "act": {"municipality": "Unione Montana Alta Langa", "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2026-04-20",
  "subject": "Nomina del Responsabile del Servizio Finanziario dell'Unione e conferimento dell'incarico di Elevata Qualificazione per il periodo dal 1° maggio al 31 dicembre 2026."}},
{"file": "determinazione-aslogliastra-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE 587/2026 of an Azienda Socio-Sanitaria Locale: header table with a row-spanning logo cell and column-spanning label/value cells (N., Struttura, Proposta, Oggetto), offers table with merged header cells, 5 numbered points (wkhtmltopdf)",
 "operative_points": 5,
 "act": {"municipality": "Azienda Socio-Sanitaria Locale n. 4 dell'Ogliastra", "organ": "DIRETTORE DELLA S.C. ACQUISIZIONE BENI E SERVIZI E LOGISTICA",
  "office": "S.C. Acquisizione Beni e Servizi e Logistica", "kind": "determinazione", "number": 587, "date": "2026-04-21",
  "proposal_number": 633, "proposal_date": "2026-04-17",
  "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, della fornitura di n. 2 ecografi portatili per il Pronto Soccorso del P.O. Nostra Signora della Mercede di Lanusei. CIG B9F4D27A10. Impegno di spesa."}},
{"file": "convocazione-cmvalchiavenna-xobject.pdf", "role": "notice",
 "what": "letter convening the Assemblea of a Comunità Montana for 29/04/2026 at 18:00 (protocol 2214 of 20/04/2026), 7-item agenda; letterhead and foot are Form XObjects reused on both pages, each page drawn bottom-up, outgoing-protocol stamp rotated 90° in the left margin (ReportLab)",
 "act": {"municipality": "Comunità Montana Valchiavenna", "kind": "convocazione", "date": "2026-04-20",
  "subject": "Convocazione dell'Assemblea della Comunità Montana – seduta ordinaria del 29 aprile 2026."}},
{"file": "deliberazione-fenestrelle-reportlab.pdf", "role": "act",
 "what": "Giunta comunale deliberation 31/2026 of Fenestrelle: date and time only in words ('addì ventidue del mese di aprile alle ore diciotto e minuti trenta'), roll in two side-by-side blocks with P/A columns, each justified line with its own Tw, headings letter-spaced with Tc (ReportLab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fenestrelle", "organ": "Giunta comunale", "kind": "deliberazione", "number": 31, "date": "2026-04-22", "time": "18:30",
  "subject": "Concessione in uso temporaneo dei locali della ex scuola di frazione Mentoulles all'associazione \"Ël Escartoun\" per attività culturali – stagione estiva 2026.",
  "attendees": [A("PERROT Daniele", "Sindaco"), A("BOUNOUS Elisa", "Vice Sindaco"), A("GHIGO Marco", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Daniele Perrot"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Ezio Sapei"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "bando-brugnato-word.pdf", "role": "act",
 "what": "numbered BANDO N. 4/2026 (public auction of a municipal building), protocol 1986 of 21 April 2026; Word template with Area/Servizio in the header table and 'pag. X di Y' fields in the footer (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Brugnato", "organ": "AREA TECNICA", "office": "Servizio Patrimonio e Demanio", "kind": "bando", "number": 4, "date": "2026-04-21",
  "subject": "ASTA PUBBLICA PER L'ALIENAZIONE DI IMMOBILI DI PROPRIETÀ COMUNALE – LOTTO 1 EX CASELLO IDRAULICO DI LOCALITÀ PONTE VARA"}},
{"file": "allegato-gonzaga-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 44/2026: apportionment of grants to 10 sports clubs, a spreadsheet with merged title rows and a totals row printed by LibreOffice Calc (header 'Allegato A – G.C. 44/2026', file name and 'Pagina 1 di 1' in the foot)",
 "act": {"municipality": "Comune di Gonzaga"}},
{"file": "deliberazione-vernante-groff.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Vernante typeset by groff -ms with tbl: boxed OGGETTO, date and time only in words ('addì ventotto del mese di aprile alle ore ventuno e minuti zero'), ruled roll table of 11 with totals, majority vote with counts, separate immediate-executivity vote (gropdf, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vernante", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-04-28", "time": "21:00",
  "subject": "Approvazione del Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.",
  "attendees": [A("GIORDANO Giuseppe", "Sindaco"), A("DALMASSO Anna", "Vice Sindaco"), A("BAUDINO Luca", "Consigliere"), A("MACARIO Federica", "Consigliere"),
                A("GIUSIANO Piero", "Consigliere", False), A("DEGIOVANNI Simone", "Consigliere"), A("ROSSO Elisa", "Consigliere"), A("FALCO Andrea", "Consigliere"),
                A("BRUNO Ivana", "Consigliere", False), A("PELLEGRINO Dario", "Consigliere"), A("ARMANDO Marco", "Consigliere")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Giuseppe Giordano"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Bertaina"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
  "immediately_executive": True}},
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
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
