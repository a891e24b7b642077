# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed):
# subjects exactly, the other strings (municipality, organ, office, proposing office, names, roles,
# titles) without regard to case. Exits 1 if a string is missing that is not a listed exception.
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."


def A(name, role=None, present=True):
    a = {"name": name}
    if role is not None:
        a["role"] = role
    a["present"] = present
    return a


C = "Consigliere"
K = [
{"file": "deliberazione-priologargallo-word.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 27/2026 of Priolo Gargallo (SR), a Sicilian council of 16 (the Sindaco is not a member): 'Consiglieri assegnati n. 16 – in carica n. 16 – presenti n. 12', roll as a three-column table (Consigliere | Carica | Presente/Assente), presided by the Presidente del Consiglio; vote 9-3 with the three against named, separate vote for immediate executivity (L.R. 44/1991); Word model (python-docx) exported by LibreOffice, running foot with page fields",
 "operative_points": 3,
 "act": {"municipality": "Comune di Priolo Gargallo", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 27, "date": "2026-06-08", "time": "18:30",
  "proposal_number": 31, "proposal_date": "2026-05-22", "proposing_office": "Settore I – Affari Generali",
  "subject": "Approvazione del Regolamento comunale per la concessione in uso temporaneo dei beni immobili comunali alle associazioni del territorio.",
  "attendees": [A("GIANNINOTO Salvatore", "Presidente del Consiglio"), A("CARUSO Maria Concetta", "Vice Presidente"),
                A("BASILE Corrado", C), A("DI MAURO Antonella", C), A("SPADA Giuseppe", C, False),
                A("FORMOSA Letizia", C), A("LO BELLO Sebastiano", C), A("CONDORELLI Rita", C, False),
                A("MESSINA Paolo", C), A("SCIFO Vincenzo", C), A("TRINGALI Daniela", C),
                A("PUGLISI Marco", C, False), A("ALÌ Carmela", C), A("GIARRATANA Fabio", C),
                A("VINCI Alessia", C), A("ROMANO Emanuele", C, False)],
  "president": {"title": "dott.", "role": "Presidente del Consiglio Comunale", "name": "Salvatore Gianninoto"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Giovanna Ferlito"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 12, "in_favour": 9, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-ficarazzi-reportlab.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 64/2026 of Ficarazzi (PA): number, date, hour and 'Immediatamente esecutiva: SI' in a ruled box at the top right beside the letterhead; roll as a three-column table (Componenti | Carica | Presente/Assente); proposal named only in the premises; ReportLab canvas with Tw-justified lines and Tc-spaced headings",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ficarazzi", "organ": "Giunta Municipale", "kind": "deliberazione",
  "number": 64, "date": "2026-06-05", "time": "13:00",
  "proposal_number": 77, "proposal_date": "2026-05-29",
  "proposing_office": "III Settore – Servizi alla Persona, Turismo e Spettacolo",
  "subject": "Approvazione del Piano comunale degli interventi per la stagione estiva 2026 e assegnazione delle risorse al Responsabile del III Settore.",
  "attendees": [A("LO CICERO Francesco Saverio", "Sindaco"), A("BARONE Giovanna", "Vice Sindaco"),
                A("D’AGOSTINO Filippo", "Assessore"), A("MANISCALCO Rosaria", "Assessore", False),
                A("TERESI Calogero", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Francesco Saverio Lo Cicero"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Ignazio Tumminello"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-palmacampania-latex.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 19/2026 of Palma Campania (NA), council of 17: roll set as a numbered list (1.-17.) in two columns, 'NAME – role  presente'; date only in words in the body ('addì nove del mese di giugno'), 'n. 19 del 9.6.2026' in the running foot; the minute taken by the Vice Segretario Generale; vote 11-3-1 with those against and the abstainer named; pdfLaTeX with a letter-spaced letterhead",
 "operative_points": 3,
 "act": {"municipality": "Comune di Palma Campania", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 19, "date": "2026-06-09", "time": "17:30",
  "proposal_number": 24, "proposal_date": "2026-05-28", "proposing_office": "Settore II – Servizi Finanziari",
  "subject": "Variazione al bilancio di previsione finanziario 2026/2028 ai sensi dell’art. 175, comma 2, del D.Lgs. n. 267/2000 e applicazione di quota dell’avanzo di amministrazione vincolato.",
  "attendees": [A("NAPPI Vincenzo", "Sindaco"), A("AURIEMMA Carmela", "Presidente"), A("AMBROSIO Gennaro", C),
                A("BIFULCO Teresa", C), A("CIRILLO Pasquale", C), A("DE SIMONE Anna", C, False),
                A("ESPOSITO Luigi", C), A("FERRARO Immacolata", C), A("IERVOLINO Salvatore", C),
                A("MAIELLO Rosa", C), A("NAPOLITANO Ciro", C), A("PIZZELLA Antonio", C, False),
                A("RUSSO Michele", C), A("SORRENTINO Assunta", C), A("TUFANO Raffaele", C),
                A("VITIELLO Giuseppina", C), A("ZURLO Domenico", C)],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Carmela Auriemma"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Generale", "name": "Raffaele Iovino"},
  "vote": "majority", "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-frassotelesino-enscript.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Frasso Telesino (BN), 'N. SETTORIALE 42 DEL 03/06/2026 | Reg. Gen. 311 del 04/06/2026' in a box drawn with + - |: an 80-column Courier report in capitals over two pages, enscript + Ghostscript (apostrophes become U+2019 in the text layer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Frasso Telesino", "organ": "AREA AMMINISTRATIVA",
  "office": "SERVIZI SOCIALI, PUBBLICA ISTRUZIONE E CULTURA", "kind": "determinazione",
  "number": 311, "sector_number": 42, "date": "2026-06-04",
  "subject": "SERVIZIO DI REFEZIONE SCOLASTICA PER LA SCUOLA DELL\u2019INFANZIA E LA SCUOLA PRIMARIA - A.S. 2025/2026 - LIQUIDAZIONE FATTURE DEI MESI DI APRILE E MAGGIO 2026 ALLA DITTA \"SANNIO RISTORAZIONE S.R.L.\" - CIG B1D7F30A62."}},
{"file": "deliberazione-decollatura-wkhtml.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 71/2026 of Decollatura (CZ), 'n. 71 del 4.6.2026', hour '12,40': the roll lists only the absent members ('Sono presenti tutti i componenti ... ad eccezione dei seguenti', a small table COMPONENTI ASSENTI with an absent 'Assessore esterno'), 'Presenti n. 3 – Assenti n. 2'; a Sindaca presides (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Decollatura", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 71, "date": "2026-06-04", "time": "12:40",
  "subject": "Concessione in comodato d’uso gratuito dei locali dell’ex scuola elementare di località Adami all’Associazione di Protezione Civile “Monte Reventino” – Approvazione schema di contratto.",
  "attendees": [A("SCALISE Maria Teresa", "Assessore", False), A("GIGLIOTTI Pietro", "Assessore esterno", False)],
  "president": {"title": "prof.ssa", "role": "Sindaca", "name": "Angela Mazzei"},
  "secretary": {"title": "avv.", "role": "Segretario Comunale", "name": "Gianluca Pirrò"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-toranocastello-openpdf.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 14/2026 of Torano Castello (CS), council of 11: 'DELIBERAZIONE N. 14 DEL 11-06-2026'; ruled roll table CONSIGLIERE | CARICA | PRESENTE / ASSENTE with P/A marks and a legend, 'Assegnati n. 11 - In carica n. 11 - Presenti n. 9'; vote 7-2 with the two against named; every glyph placed with its own Tm, no space characters; Albo stamp rotated up the left margin, written first (OpenPDF)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torano Castello", "organ": "Consiglio Comunale", "kind": "deliberazione",
  "number": 14, "date": "2026-06-11", "time": "18:05",
  "subject": "Riconoscimento della legittimità del debito fuori bilancio derivante dalla sentenza del Giudice di Pace di Cosenza n. 412/2026, ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000.",
  "attendees": [A("FERRARO Ernesto", "Sindaco"), A("GENCARELLI Lucia", C), A("BRUNO Francesco", C),
                A("SPOSATO Marianna", C), A("DE ROSE Antonio", C, False), A("MAZZUCA Silvia", C),
                A("PERRI Giovanni", C), A("IUELE Rosanna", C), A("CARUSO Domenico", C, False),
                A("FALCONE Nicola", C), A("OLIVETI Carmine", C)],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Ernesto Ferraro"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Francesca Intrieri"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-unionebassasabina-chromium.pdf", "role": "act",
 "what": "deliberation 18/2026 of the Giunta of an Unione di Comuni (six Sindaci): number, date and hour in a label grid, roll as a three-column table (Componente | Carica | Presente/Assente) whose Carica cell names each member's Comune on a second line; running head repeated on both pages (Chromium, table header)",
 "operative_points": 4,
 "act": {"municipality": "Unione di Comuni della Bassa Sabina", "organ": "Giunta dell’Unione", "kind": "deliberazione",
  "number": 18, "date": "2026-06-10", "time": "16:30",
  "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di Polizia Locale tra i Comuni aderenti – periodo 2026/2028.",
  "attendees": [A("DI FAZIO Giorgio", "Presidente"), A("SANTORI Elena", "Vice Presidente"), A("COLETTI Massimo", "Assessore"),
                A("MARINANGELI Roberto", "Assessore", False), A("PETRUCCI Sara", "Assessore"), A("GRECHI Fabio", "Assessore")],
  "president": {"title": "dott.", "role": "Presidente dell’Unione", "name": "Giorgio Di Fazio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell’Unione", "name": "Paola Cherubini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-olevanoromano-groff.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 58/2026 of Olevano Romano (RM): date only in words ('addì undici del mese di giugno'), hour '12.15', the figures in the page foot; boxed roll table COGNOME E NOME | CARICA | PRESENTE/ASSENTE with an 'Assente giust.'; not declared immediately executive (groff -ms + tbl, Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Olevano Romano", "organ": "Giunta Comunale", "kind": "deliberazione",
  "number": 58, "date": "2026-06-11", "time": "12:15",
  "subject": "Approvazione delle tariffe di ingresso al Museo Civico e alla Pinacoteca comunale e delle agevolazioni per le scuole – anno 2026.",
  "attendees": [A("OTTAVIANI Alessandro", "Sindaco"), A("CAPPELLI Monica", "Vice Sindaco"), A("FIORENTINI Luca", "Assessore"),
                A("PROIETTI Daniela", "Assessore", False), A("ROSSETTI Claudio", "Assessore")],
  "president": {"role": "Sindaco", "name": "Alessandro Ottaviani"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rossella Giorgi"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "deliberazione-presaintdidier-fpdf.pdf", "role": "act",
 "what": "Giunta comunale deliberation 45/2026 of Pré-Saint-Didier (AO): French and Italian letterhead side by side, bilingual labels (OGGETTO / OBJET), roll as a three-column table with bilingual headings (Presente/Assente – Présent/Absent), number and date in the running head of both pages; CID TrueType fonts (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pré-Saint-Didier", "organ": "Giunta comunale", "kind": "deliberazione",
  "number": 45, "date": "2026-06-03", "time": "17:30",
  "subject": "Approvazione del calendario e delle tariffe del servizio di navetta estiva verso la località Orrido e la frazione Elevaz – stagione 2026.",
  "attendees": [A("VUILLERMOZ Élise", "Sindaca"), A("CUNÉAZ Marco", "Vicesindaco"), A("GLAREY Paolo", "Assessore"),
                A("THÉRISOD Nadia", "Assessora", False), A("BERTHOD Ivo", "Assessore")],
  "president": {"role": "Sindaca", "name": "Élise Vuillermoz"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Luca Chabod"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-valpelline-gofpdf.pdf", "role": "act",
 "what": "determinazione of the Responsabile del servizio tecnico of Valpelline (AO): French/Italian letterhead and labels, a label grid under the title with 'N. 63/2026 R.G.', date, the Servizio's number 21 and proposal 70 of 05/06/2026; Area and Servizio at the top left; signature and accounting visa on page 2 (Go, go-pdf/fpdf, Tw justification)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Valpelline", "organ": "AREA TECNICA", "office": "Servizio lavori pubblici, manutenzioni e ambiente",
  "kind": "determinazione", "number": 63, "sector_number": 21, "date": "2026-06-08",
  "proposal_number": 70, "proposal_date": "2026-06-05",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione estiva 2026 - CIG B4F2A17C90 - Impegno di spesa."}},
{"file": "deliberazione-basiliano-fodt.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 23/2026 of Basiliano / Comun di Basilian (UD), council of 13: 'N. 23 del 10.06.2026', hour '20.00'; ruled roll table Consigliere | Carica | Presente/Assente with merged rows 'Maggioranza' / 'Minoranza' spanning the columns; vote 8-3-1 with those against and the abstainer named; running head with number and date (flat ODF, LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Basiliano", "organ": "Consiglio comunale", "kind": "deliberazione",
  "number": 23, "date": "2026-06-10", "time": "20:00",
  "subject": "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026/2028 – Prima integrazione.",
  "attendees": [A("COSSETTINI Daniele", "Sindaco"), A("TOSOLINI Chiara", "Vicesindaco"), A("DEL NEGRO Paolo", C),
                A("MICULAN Sara", C), A("BERTOLISSI Marco", C), A("PERESSINI Anna", C, False),
                A("CRAGNOLINI Luca", C), A("ZORATTI Elisa", C), A("FABBRO Matteo", C),
                A("PITTARO Gianni", C), A("TONEATTO Laura", C), A("ZANIN Roberto", C), A("COSSIO Valentina", C)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Daniele Cossettini"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Michela Tomada"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-povoletto-handmade.pdf", "role": "act",
 "what": "Giunta comunale deliberation 77/2026 of Povoletto / Comun di Povolêt (UD): 'Numero 77 | Data 09/06/2026' in a ruled strip, hour '18.45'; a PDF written object by object: letterhead and foot as Form XObjects, each page drawn out of reading order (rotated Albo stamp first, dispositive part before premises, letterhead last), roll table drawn column by column; Tw/Tc",
 "operative_points": 3,
 "act": {"municipality": "Comune di Povoletto", "organ": "Giunta comunale", "kind": "deliberazione",
  "number": 77, "date": "2026-06-09", "time": "18:45",
  "subject": "Concessione di un contributo straordinario alla Pro Loco di Povoletto per l’organizzazione della manifestazione “Povoletto in festa” 2026 – Indirizzi.",
  "attendees": [A("ZULIANI Paolo", "Sindaco"), A("BRAIDOTTI Marta", "Vicesindaco"), A("COMELLI Fabio", "Assessore"),
                A("DE CECCO Giulia", "Assessore", False), A("MIANI Stefano", "Assessore")],
  "president": {"role": "Sindaco", "name": "Paolo Zuliani"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Nadia Querini"},
  "vote": "unanimous", "immediately_executive": True}},
]

# deliberate exceptions: (file, field, string) expected NOT to be found as keyed
EXCEPTIONS = set()

if __name__ == "__main__":
    json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
    open(D + "/keys.json", "a").write("\n")

    def norm(s):
        return re.sub(r"\s+", " ", s).strip()
    bad = 0
    for k in K:
        txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
        low = txt.lower()
        a = k.get("act", {})
        strs = []
        for f in ("municipality", "organ", "office", "proposing_office", "subject"):
            if f in a:
                strs.append((f, a[f]))
        for p in a.get("attendees", []):
            strs.append(("att", p["name"]))
            if "role" in p:
                strs.append(("role", p["role"]))
        for f in ("president", "secretary"):
            if f in a:
                strs += [(f, v) for v in a[f].values()]
        miss = []
        for f, s in strs:
            found = (s in txt) if f == "subject" else (s.lower() in low)
            if not found and (k["file"], f, s) not in EXCEPTIONS:
                miss.append((f, s))
        exc = [f for f, s in strs if (k["file"], f, s) in EXCEPTIONS
               and not ((s in txt) if f == "subject" else (s.lower() in low))]
        if miss:
            bad += 1
        print(k["file"], "MISSING: %s" % miss if miss else "ok",
              "(listed exception, not found as keyed: %s)" % ", ".join(exc) if exc else "")
    sys.exit(1 if bad else 0)
