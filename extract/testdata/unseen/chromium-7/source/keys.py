# Writes keys.json (values read from pdftotext -layout of the printed PDFs) and checks them against the text.
import json, re, subprocess, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def att(spec, roles=True):
    out = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        e = {"name": parts[0]}
        if roles and parts[1]:
            e["role"] = parts[1]
        e["present"] = parts[2] == "1"
        out.append(e)
    return out

G, C = "Giunta Comunale", "Consiglio Comunale"
keys = []
def k(file, what, municipality, organ, number, date, time, subject, attendees, president, secretary, vote, ie, ops, counts=None):
    a = {"municipality": municipality, "organ": organ, "kind": "deliberazione", "number": number, "date": date,
         "time": time, "subject": subject, "attendees": attendees, "president": president, "secretary": secretary,
         "vote": vote}
    if counts: a["vote_counts"] = counts
    a["immediately_executive"] = ie
    keys.append({"file": file, "role": "act", "what": what, "act": a, "operative_points": ops})

k("giunta-palazzolo-halley.pdf", "Giunta deliberation 87/2025, Halley-like table with Presenti/Assenti X columns, one assessore absent",
  "Comune di Palazzolo sull'Oglio", G, 87, "2025-05-14", "17:45",
  "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO DI VIA SAN PANCRAZIO",
  att("""ZANNI GIANLUCA|Sindaco|1
BELOTTI ELENA|Vice Sindaco|1
FACCHETTI MARCO|Assessore|1
PEDRALI SILVIA|Assessore|0
RUGGERI ANDREA|Assessore|1
CADEI LORENA|Assessore|1"""),
  {"name": "Gianluca Zanni", "role": "Sindaco", "title": "Sig."},
  {"name": "Paola Mazzucchelli", "role": "Segretario Generale", "title": "Dott.ssa"}, "unanimous", True, 4)

k("giunta-este-prosa.pdf", "Giunta deliberation 112/2025, attendance in prose (present, then absent), Vice Sindaco presiding, Vice Segretario, time in words, not immediately executive",
  "Comune di Este", G, 112, "2025-07-22", "18:30",
  "Concessione di contributo economico alla Pro Loco di Este per l'organizzazione della Fiera di Settembre 2025",
  att("""BORILE FEDERICA|Vice Sindaco|1
TOFFANIN LUCA|Assessore|1
SCARPARO NICOLA|Assessore|1
BERTIN MONICA|Assessore|1
MARCHETTI ROBERTO|Sindaco|0
GALLO CHIARA|Assessore|0"""),
  {"name": "Federica Borile", "role": "Vice Sindaco", "title": "Avv."},
  {"name": "Stefano Menin", "role": "Vice Segretario", "title": "Dott."}, "unanimous", False, 3)

k("giunta-finale-jiride.pdf", "Giunta deliberation 58/2025, table with P/A column, one assessore in videoconference (P (*))",
  "Comune di Finale Emilia", G, 58, "2025-04-03", "12:15",
  'ADESIONE AL PROGETTO REGIONALE "SCUOLE APERTE" - ANNO SCOLASTICO 2025/2026 - APPROVAZIONE SCHEMA DI ACCORDO',
  att("""POLETTI CLAUDIO|Sindaco|1
GARUTI SARA|Vice Sindaco|1
MALAGOLI DAVIDE|Assessore|1
BERGAMINI IRENE|Assessore|0
VERONESI TOMMASO|Assessore|1"""),
  {"name": "Claudio Poletti", "role": "Sindaco"},
  {"name": "Giuseppe Cantelli", "role": "Segretario Comunale", "title": "Dott."}, "unanimous", True, 5)

k("giunta-castelfiorentino-civilia.pdf", "Giunta deliberation 141/2025, roll with each member's presence after name and role, vote 4 in favour 1 abstained",
  "Comune di Castelfiorentino", G, 141, "2025-09-09", "09:00",
  "Approvazione delle tariffe per l'utilizzo degli impianti sportivi comunali per la stagione 2025/2026",
  att("""CIAMPOLINI ALESSANDRO|Sindaco|1
GIGLIOLI FRANCESCA|Vice Sindaco|1
MANNUCCI PAOLO|Assessore|0
BAGNOLI ELISA|Assessore|1
TADDEI RICCARDO|Assessore|1
NERI COSTANZA|Assessore|1"""),
  {"name": "Alessandro Ciampolini", "role": "Sindaco", "title": "Ing."},
  {"name": "Lorenzo Pecchioli", "role": "Segretario Generale", "title": "Dott."}, "majority", True, 3,
  {"present": 5, "in_favour": 4, "abstained": 1})

k("giunta-putignano-word.pdf", "Giunta deliberation 203/2025, numbered roll in two columns (1-3, 4-6) with SI/NO, Vice Segretario Generale",
  "Comune di Putignano", G, 203, "2025-11-18", "13:30",
  "PROGRAMMAZIONE DEL FABBISOGNO DI PERSONALE 2026-2028. AGGIORNAMENTO.",
  att("""LOFANO DOMENICO|Sindaco|1
INTINI ROSANNA|Vice Sindaco|1
GENCO VITO|Assessore|1
DE MICHELE ANNALISA|Assessore|1
NOTARNICOLA PIETRO|Assessore|0
CAMPANELLA TERESA|Assessore|1"""),
  {"name": "Domenico Lofano", "role": "Sindaco", "title": "Avv."},
  {"name": "Marilena Scatigna", "role": "Vice Segretario Generale", "title": "Dott.ssa"}, "unanimous", True, 3)

k("giunta-vittoria-sicilia.pdf", "Giunta Municipale deliberation 96/2025 (Sicily), numbered table with Presente Sì/No, time in words, three signatures (assessore anziano)",
  "Città di Vittoria", "Giunta Municipale", 96, "2025-06-05", "10:15",
  "ATTO DI INDIRIZZO PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SOCIALE PER PERSONE CON DISABILITÀ - ANNO 2025",
  att("""CANNIZZO SALVATORE|Sindaco|1
DI PIETRO LUCIA|Vice Sindaco|1
GURRIERI ANTONINO|Assessore|1
MIGLIORISI CARMELA|Assessore|0
IACONO FABRIZIO|Assessore|1
NICOSIA GRAZIA|Assessore|1
BUSCEMA EMANUELE|Assessore|0"""),
  {"name": "Salvatore Cannizzo", "role": "Sindaco", "title": "Dott."},
  {"name": "Rosalba Gulino", "role": "Segretario Generale", "title": "Dott.ssa"}, "unanimous", True, 4)

k("giunta-sinnai-hypersic.pdf", "Giunta deliberation 74/2025, table with Presente/Assente/Presente da remoto, vote table 5/5/5/0/0, not immediately executive",
  "Comune di Sinnai", G, 74, "2025-10-07", "16:00",
  "Destinazione dei proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della Strada - Anno 2026",
  att("""PISANO ANDREA|Sindaco|1
MELIS ROBERTA|Vice Sindaco|1
CONGIU FRANCESCO|Assessore|1
ATZORI MARTINA|Assessore|1
USAI PIERPAOLO|Assessore|0
LOI VALENTINA|Assessore|1"""),
  {"name": "Andrea Pisano", "role": "Sindaco"},
  {"name": "Ilaria Porcu", "role": "Vice Segretario Comunale", "title": "Dott.ssa"}, "unanimous", False, 4,
  {"present": 5, "voters": 5, "in_favour": 5, "against": 0, "abstained": 0})

k("consiglio-lonato-halley.pdf", "Consiglio deliberation 34/2025, 17 members in two unnumbered columns (Pres./Ass. X), Presidente del Consiglio presiding, 11 for 4 against",
  "Comune di Lonato del Garda", C, 34, "2025-07-28", "20:30",
  "VARIAZIONE DI ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO PER L'ESERCIZIO 2025 (ART. 175, COMMA 8 E ART. 193 DEL D.LGS. 267/2000)",
  att("""TREBESCHI ROBERTO||1
ABENI GIULIA||1
BAZZOLI MARCO||1
BERTAZZI ANNA||1
BONTEMPI LUCA||0
CAVAGNINI SERGIO||1
FERRARI CHIARA||1
GHIDINI PAOLO||1
LOMBARDI MARTA||1
MOMBELLI DARIO||1
PEZZOTTI ELISA||1
RIZZI FABIO||0
SALVADORI IRENE||1
TONONI LAURA||1
VENTURELLI NICOLA||1
ZAMBONI ENRICO||1
ZANOLA SARA||1"""),
  {"name": "Laura Tononi", "role": "Presidente del Consiglio Comunale", "title": "Sig.ra"},
  {"name": "Alberto Comini", "role": "Segretario Generale", "title": "Dott."}, "majority", True, 4,
  {"present": 15, "voters": 15, "in_favour": 11, "against": 4})

k("consiglio-montagnana-dedagroup.pdf", "Consiglio deliberation 21/2025, 13 members, table Presente/Assente/Da remoto with Sì, Sindaco presiding, Vice Segretario, time in words",
  "Comune di Montagnana", C, 21, "2025-04-29", "19:00",
  "Approvazione del rendiconto della gestione per l'esercizio finanziario 2024",
  att("""BORTOLAMI GIANNI|SINDACO|1
ZANELLATO MARTA|VICE SINDACO|1
FAVARO PIETRO|CONSIGLIERE|1
BEGGIATO LISA|CONSIGLIERE|1
CAPUZZO MATTEO|CONSIGLIERE|1
RIZZATO ELENA|CONSIGLIERE|1
MANTOAN GIORGIO|CONSIGLIERE|1
SPINELLO ALICE|CONSIGLIERE|1
CREMA DAVIDE|CONSIGLIERE|1
SGARAVATTO LUIGI|CONSIGLIERE|0
TREVISAN CARLA|CONSIGLIERE|1
BONATO FILIPPO|CONSIGLIERE|1
LAZZARIN SONIA|CONSIGLIERE|1"""),
  {"name": "Gianni Bortolami", "role": "SINDACO", "title": "Dott."},
  {"name": "Chiara Lunardi", "role": "VICE SEGRETARIO COMUNALE", "title": "Dott.ssa"}, "unanimous", True, 3,
  {"present": 12, "in_favour": 12, "against": 0, "abstained": 0})

k("consiglio-correggio-prosa.pdf", "Consiglio deliberation 67/2025, 17 members, attendance in prose, counted vote 15/13/10/3/2, not immediately executive",
  "Comune di Correggio", C, 67, "2025-11-27", "20:45",
  "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
  att("""ORLANDINI STEFANO|Sindaco|1
BONACINI ANNA||1
CATELLANI LUCA|Presidente del Consiglio|1
DAVOLI MARINA||1
FONTANESI PAOLO||1
GIBERTI SERENA||1
IOTTI ROBERTO||1
LUSUARDI GIADA||1
MAGNANI ENRICO||1
PRANDI VALERIA||1
RINALDI MATTEO||1
SACCANI FRANCESCA||1
TEDESCHI GIANLUCA||1
VIGNALI ELENA||1
ZANICHELLI ALESSIO||1
FERRETTI DANIELE||0
BARILLI LAURA||0"""),
  {"name": "Luca Catellani", "role": "Presidente del Consiglio Comunale"},
  {"name": "Stefania Morini", "role": "Segretario Generale", "title": "Dott.ssa"}, "majority", False, 3,
  {"present": 15, "voters": 13, "in_favour": 10, "against": 3, "abstained": 2})

k("consiglio-sanminiato-studiok.pdf", "Consiglio deliberation 45/2025, 17 members numbered 1) to 17) in two columns with P/A/P*, two remote, 12 for 4 against",
  "Comune di San Miniato", C, 45, "2025-09-30", "18:10",
  "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028",
  att("""CECCHI DANIELE||1
MARTINI CRISTINA||1
BACCI FILIPPO||1
PAOLI ELEONORA||1
GUERRINI MASSIMO||1
LAZZERINI CHIARA||1
FIASCHI GABRIELE||1
BALDINI SIMONA||1
NICCOLAI ENRICO||0
ROSSI VALENTINA||1
MORELLI PIETRO||1
BIAGINI SARA||1
CIONI MARCO||1
FREDIANI ELISA||1
TADDEUCCI LUCA||1
GORI MARTINA||1
BUTI ALESSANDRO||1"""),
  {"name": "Gabriele Fiaschi", "role": "Presidente del Consiglio Comunale"},
  {"name": "Manuela Bertini", "role": "Vice Segretario Generale", "title": "Dott.ssa"}, "majority", True, 5,
  {"present": 16, "voters": 16, "in_favour": 12, "against": 4})

k("consiglio-tempio-apkappa.pdf", "Consiglio deliberation 12/2025, 17 members in a numbered table with Carica and Presente SI/NO, three absent",
  "Comune di Tempio Pausania", C, 12, "2025-03-20", "17:30",
  "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2025",
  att("""PIRINA SALVATORE|Sindaco|1
CAREDDU MARIA GRAZIA|Consigliere|1
ADDIS ROBERTO|Consigliere|1
SANNA FRANCESCA|Consigliere|1
DEIANA MICHELE|Presidente del Consiglio|1
FRESI ANTONELLA|Consigliere|1
MURGIA PAOLO|Consigliere|1
PINNA SILVIA|Consigliere|0
COSSU GIANFRANCO|Consigliere|1
SOTGIU LAURA|Consigliere|1
MANCA STEFANO|Consigliere|1
PIRAS ELENA|Consigliere|0
TAMPONI GAVINO|Consigliere|1
SECHI MARTA|Consigliere|1
DETTORI ANDREA|Consigliere|0
SATTA CLAUDIA|Consigliere|1
MOLINAS PIETRO|Consigliere|1"""),
  {"name": "Michele Deiana", "role": "Presidente del Consiglio Comunale", "title": "Dott."},
  {"name": "Giovanna Maria Cabras", "role": "Segretario Generale", "title": "Dott.ssa"}, "unanimous", True, 3,
  {"present": 14, "voters": 14, "in_favour": 14})

json.dump(keys, open(os.path.join(D, "keys.json"), "w"), ensure_ascii=False, indent=2)

# checks
bad = 0
for e in keys:
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(D, e["file"]), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", txt)
    flat2 = re.sub(r"-\s+", "-", flat)  # a hyphen at a line end
    low = flat.lower(); low2 = flat2.lower()
    a = e["act"]
    items = [("municipality", a["municipality"]), ("subject", a["subject"])]
    for p in a["attendees"]:
        items.append(("name", p["name"]))
        if "role" in p: items.append(("role", p["role"]))
    for who in ("president", "secretary"):
        for f in ("name", "role", "title"):
            if f in a[who]: items.append((who + "." + f, a[who][f]))
    for f, v in items:
        if f == "subject":
            ok = v in flat or v in flat2
        else:
            ok = v.lower() in low or v.lower() in low2
        if not ok:
            bad += 1; print("MISSING", e["file"], f, v)
    n = len(a["attendees"]); pres = sum(p["present"] for p in a["attendees"])
    print(e["file"], "attendees", n, "present", pres, "counts", a.get("vote_counts"))
print("bad", bad)
