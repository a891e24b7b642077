# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-ceregnano-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 8/2026, mixed sitting; roll table in two side-by-side groups with P/A and a Modalità column; Presidente del Consiglio presiding; majority vote with names of those against (LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ceregnano", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 8, "date": "2026-03-24", "time": "20:30",
  "subject": "Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – modifiche.",
  "attendees": [A("BEGHIN ALESSANDRO", "Sindaco"), A("BELLINELLO MARCO", "Consigliere"), A("TOSO MICHELA", "Consigliere"), A("MANTOVANI LUCA", "Consigliere"), A("ZAMBELLO GIORGIA", "Consigliere", False), A("BRUSEGHIN PAOLO", "Consigliere"), A("CASSETTA ROBERTA", "Consigliere"),
                A("ROSSIN DANIELE", "Consigliere"), A("GRIGOLO SARA", "Consigliere"), A("FURLAN ENRICO", "Consigliere", False), A("CAVALLARO ILARIA", "Consigliere"), A("PAVAN STEFANO", "Consigliere"), A("NALIN FEDERICA", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio comunale", "name": "Marco Bellinello"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Zanforlin"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-segusino-sicraweb.pdf", "role": "act",
 "what": "Giunta comunale deliberation 31/2026 ('N. 31 del 17.3.2026'), prose roll, Vice Segretario; every justified line sets its own Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Segusino", "organ": "Giunta comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-17", "time": "18:30",
  "subject": "Concessione in comodato d'uso gratuito all'Associazione Alpini di Segusino dei locali dell'ex scuola elementare di Milies per il triennio 2026-2028. Approvazione schema di contratto.",
  "attendees": [A("Bernardi Giovanni", "Sindaco"), A("Curto Emanuela", "Vicesindaca"), A("Dalla Longa Piero", "Assessore", False), A("Rech Chiara", "Assessora")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Giovanni Bernardi"},
  "secretary": {"title": "dott.", "role": "Vice Segretario comunale", "name": "Luca Dal Molin"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-crespadoro-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 5/2026 of a mixed sitting, prose roll split in aula / videoconferenza / assenti; subject in capitals over four lines; Vice Segretario (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Crespadoro", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 5, "date": "2026-03-12", "time": "20:00",
  "subject": "APPROVAZIONE DELLA CONVENZIONE CON I COMUNI DI ALTISSIMO, SAN PIETRO MUSSOLINO E NOGAROLE VICENTINO PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE E DELLE FUNZIONI DI PROTEZIONE CIVILE PER IL PERIODO 2026-2030.",
  "attendees": [A("Marta Fochesato", "Sindaco"), A("Dal Cengio Renzo", "Consigliere"), A("Gecchele Ilenia", "Consigliere"), A("Cisco Mattia", "Consigliere"), A("Zordan Loris", "Consigliere"), A("Marcante Denise", "Consigliere"),
                A("Bauce Ottavio", "Consigliere"), A("Lovato Serena", "Consigliere"), A("Battistella Igor", "Consigliere", False), A("Pretto Nadia", "Consigliere", False)],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Marta Fochesato"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Elisa Peserico"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-mossa-insiel.pdf", "role": "act",
 "what": "Giunta comunale deliberation 22/2026, register box 'N. 22 | del | 03/02/2026', roll table with P/A, Vice Segretario; running head and foot (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mossa", "organ": "Giunta comunale", "kind": "deliberazione", "number": 22, "date": "2026-02-03", "time": "17:45",
  "subject": "Adesione al progetto regionale \"Comunità sicure\" per l'installazione di defibrillatori semiautomatici esterni negli impianti sportivi comunali. Indirizzi al Responsabile del Servizio tecnico.",
  "attendees": [A("Cosma Matteo", "Sindaco"), A("Visintin Laura", "Vice Sindaco"), A("Tomasin Gianni", "Assessore", False), A("Perco Alessia", "Assessore"), A("Brumat Diego", "Assessore esterno")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Cosma Matteo"},
  "secretary": {"title": "dott.", "role": "Vice Segretario comunale", "name": "Federico Marega"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-castelnovodelfriuli-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 4/2026 whose date and time are only in words; roll in two side-by-side groups with P/A and Modalità; majority with names of those against; letter-spaced headings (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelnovo del Friuli", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 4, "date": "2026-03-26", "time": "20:30",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
  "attendees": [A("Cozzi Daniela", "Sindaco"), A("Toffoli Gianpaolo", "Consigliere"), A("Zanin Roberta", "Consigliere"), A("Masutti Alberto", "Consigliere"), A("Bortolussi Elena", "Consigliere", False), A("Pitton Loris", "Consigliere"),
                A("Fabbro Igor", "Consigliere"), A("Martina Chiara", "Consigliere"), A("Del Bianco Ivo", "Consigliere", False), A("Cescutti Nives", "Consigliere"), A("Lenarduzzi Mario", "Consigliere")],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Daniela Cozzi"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Renato Missana"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-cimone-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 19/2026 of a Trentino Comune, 80-column Courier report with a character-drawn roll table; subject over four lines; Vice Segretario (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cimone", "organ": "Giunta comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-10", "time": "19:00",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITA’ TECNICA ED ECONOMICA DEI LAVORI DI SISTEMAZIONE DELLA STRADA FORESTALE MALGA CIMANA - PRAT DE LA NEGRA E RICHIESTA DI CONTRIBUTO SUL FONDO FORESTALE PROVINCIALE AI SENSI DELLA L.P. 11/2007. CUP H17H26000120003.",
  "attendees": [A("COLLER STEFANO", "SINDACO"), A("FRISANCO ANNA", "VICESINDACO"), A("GIOVANAZZI RUDI", "ASSESSORE", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Stefano Coller"},
  "secretary": {"title": "dott.", "role": "Vice Segretario comunale", "name": "Michele Tamanini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-garnigaterme-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.', sector number 12, proposal 58 of 05/03/2026, grey-labelled register grid (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Garniga Terme", "organ": "SERVIZIO FINANZIARIO", "office": "Ufficio Tributi", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-18", "proposal_number": 58, "proposal_date": "2026-03-05",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di IM.I.S. per gli anni d'imposta 2023 e 2024. Impegno e liquidazione della spesa."}},
{"file": "attestazione-nogaredo-kibernetes.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 6 of 05/03/2026, affixed 09/03/2026 (reg. 142/2026); every glyph its own Tm+Tj, stamp rotated 90 degrees in the left margin",
 "act": {"municipality": "Comune di Nogaredo", "kind": "attestazione", "number": 6, "date": "2026-03-05",
  "subject": "Approvazione del Piano di classificazione acustica del territorio comunale ai sensi della L.P. 18 marzo 1991, n. 6."}},
{"file": "ordinanza-villabartolomea-groff.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026 on a bridge closure, typeset with groff -ms (PostScript, ps2pdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villa Bartolomea", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-16",
  "subject": "Divieto temporaneo di transito ai veicoli di massa superiore a 3,5 tonnellate sul ponte di via Carpi per lavori di verifica strutturale."}},
{"file": "avviso-vescovana-word.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026, protocol 1984 of 19/03/2026; Area/Servizio in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Vescovana", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Sociali", "kind": "avviso", "number": 3, "date": "2026-03-19",
  "subject": "CONTRIBUTI ECONOMICI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE E DELLE UTENZE DOMESTICHE – ANNO 2026"}},
{"file": "convocazione-cavassonuovo-apkappa.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 26/03/2026 at 20:00, protocol 1377 of 13/03/2026; letterhead and foot are Form XObjects; agenda and signature drawn before the heading",
 "act": {"municipality": "Comune di Cavasso Nuovo", "kind": "convocazione", "date": "2026-03-13",
  "subject": "Convocazione del Consiglio comunale - seduta ordinaria del 26 marzo 2026."}},
{"file": "allegato-lavarone-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 27/2026: 40-row plan of green-area maintenance, spreadsheet printed landscape by LibreOffice Calc, header row repeated",
 "act": {"municipality": "Comune di Lavarone"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
# deliberate exceptions (see NOTES.md): the prose roll of Crespadoro prints the role only as the plural "i consiglieri"
EXCEPT = {("deliberazione-crespadoro-chromium.pdf", "Consigliere")}
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    strs = [(f, s) for f, s in strs if (k["file"], s) not in EXCEPT]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
