# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-montemaggiorebelsito-writer.pdf", "role": "act",
 "what": "Sicilian VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 8 del 24.03.2026, date/time in words, roll table with presente/assente words (Presidente del Consiglio, Vice Presidente, 10 Consiglieri); the Sindaco and two Assessori 'altresì presenti' without vote (not attendees); majority vote with counts; HTML through LibreOffice Writer, 2 pages",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montemaggiore Belsito", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 8, "date": "2026-03-24", "time": "19:00",
  "proposal_number": 11, "proposal_date": "2026-03-10",
  "subject": "Riconoscimento della legittimità del debito fuori bilancio derivante dalla sentenza n. 412/2025 del Giudice di Pace di Termini Imerese, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000.",
  "attendees": [A("LO BUE Salvatore", "Presidente del Consiglio"), A("CIRRITO Maria Grazia", "Vice Presidente"), A("SCHITTINO Giuseppe", "Consigliere"), A("GULOTTA Antonina", "Consigliere"),
                A("TERRITO Calogero", "Consigliere", False), A("LA MANTIA Rosaria", "Consigliere"), A("SCIORTINO Francesco Paolo", "Consigliere"), A("MESSINEO Vincenza", "Consigliere"),
                A("PRESTIGIACOMO Angelo", "Consigliere", False), A("DI MAIO Salvatrice", "Consigliere"), A("BARBACCIA Antonino", "Consigliere"), A("CANNIZZARO Giovanna", "Consigliere")],
  "others_present": [{"role": "Sindaco", "name": "Antonio Mesi"}, {"role": "Assessore", "name": "Rosa Maria Guccione"}, {"role": "Assessore", "name": "Filippo Cascio"}],
  "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Salvatore Lo Bue"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosalia Di Gangi"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 7, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-aliterme-chromium.pdf", "role": "act",
 "what": "DELIBERAZIONE DELLA GIUNTA MUNICIPALE N. 27 del 19/03/2026 (Sicily), boxed Proposta n. 31 del 16/03/2026 with proposing Area; roll table Carica/Cognome e Nome/Presente/Assente with X marks; headless Chromium",
 "operative_points": 3,
 "act": {"municipality": "Comune di Alì Terme", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 27, "date": "2026-03-19", "time": "12:45",
  "proposal_number": 31, "proposal_date": "2026-03-16", "proposing_office": "Area Amministrativa",
  "subject": "Concessione contributo economico all'Associazione Turistica Pro Loco di Alì Terme per l'organizzazione dei festeggiamenti in onore di San Giuseppe – anno 2026.",
  "attendees": [A("Briguglio Tommaso", "Sindaco"), A("Saglimbeni Carmela", "Vice Sindaco"), A("Crisafulli Natale", "Assessore", False), A("Trimarchi Giovanna", "Assessore"), A("Bonarrigo Santi", "Assessore")],
  "president": {"role": "Sindaco", "name": "Tommaso Briguglio"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giovanni Lo Presti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-tresnuraghes-fpdf.pdf", "role": "act",
 "what": "Sardinian DELIBERAZIONE DELLA GIUNTA COMUNALE N. 22 del 20/03/2026, roll table with PRESENTE/ASSENTE words, letterhead and running foot repeated on both pages (fpdf2, CID TrueType), publication note at the end",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tresnuraghes", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-20", "time": "13:15",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della strada di accesso alla località Porto Alabe – CUP G87H26000120004.",
  "attendees": [A("PINNA GIOVANNI ANTONIO", "Sindaco"), A("MARRAS ANNA PAOLA", "Vicesindaco"), A("FLORIS SEBASTIANO", "Assessore", False), A("SECHI MARIA BONARIA", "Assessore")],
  "president": {"role": "Sindaco", "name": "Giovanni Antonio Pinna"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Giuseppina Deiana"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-giuliana-latex.pdf", "role": "act",
 "what": "Sicilian Consiglio comunale N. 5 del 26/03/2026 in seconda convocazione (first call of 25/03 deserted), chaired by the Vice Presidente because the Presidente is absent; roll in two columns (multicol) with P/A marks; pdfLaTeX",
 "operative_points": 3,
 "act": {"municipality": "Comune di Giuliana", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5, "date": "2026-03-26", "time": "18:30",
  "proposal_number": 7, "proposal_date": "2026-03-12",
  "subject": "Approvazione del Piano Economico Finanziario (PEF) 2026-2029 del servizio integrato di gestione dei rifiuti e delle tariffe TARI per l’anno 2026.",
  "attendees": [A("MARINO Giuseppe", "Presidente", False), A("CIACCIO Leonarda", "Vice Presidente"), A("RIGGIO Vito", "Consigliere"), A("GIAMBALVO Rosalia", "Consigliere"),
                A("SANFILIPPO Antonino", "Consigliere", False), A("ORLANDO Maria Concetta", "Consigliere"), A("TUMMINELLO Gaspare", "Consigliere"), A("CUSUMANO Pietra", "Consigliere", False),
                A("LA SALA Ignazio", "Consigliere"), A("BONANNO Carmela", "Consigliere")],
  "others_present": [{"title": "Avv.", "role": "Sindaco", "name": "Francesco Scarpinato"}, {"role": "Assessore", "name": "Domenico Lo Iacono"}],
  "president": {"title": "Sig.ra", "role": "Vice Presidente", "name": "Leonarda Ciaccio"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Calogero Territo"},
  "vote": "unanimous", "vote_counts": {"present": 7, "voters": 7, "in_favour": 7, "against": 0, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-busetopalizzolo-glyphs.pdf", "role": "act",
 "what": "Sicilian Consiglio comunale n. 11 del 27/03/2026 whose roll of 12 is split over the page break (7 on page 1, 5 on page 2 after '(segue appello)'); every glyph drawn by its own text object, justified lines spread word by word; running head 'Delibera C.C. n. 11 del 27/03/2026 – pag. x di 2'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Buseto Palizzolo", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-27", "time": "19:15",
  "proposal_number": 14, "proposal_date": "2026-03-13",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Sezione strategica e Sezione operativa.",
  "attendees": [A("POMA Baldassare", "Presidente del Consiglio"), A("RUSSO Maria Antonietta", "Vice Presidente"), A("AGUECI Vito", "Consigliere"), A("CULCASI Giuseppa", "Consigliere", False),
                A("MAZZARA Leonardo", "Consigliere"), A("BARBERA Anna Maria", "Consigliere"), A("COPPOLA Salvatore", "Consigliere"), A("GIACALONE Rosalba", "Consigliere", False),
                A("PICCIONE Francesco", "Consigliere"), A("VULTAGGIO Caterina", "Consigliere", False), A("CANINO Domenico", "Consigliere"), A("SUCAMELI Giovanna", "Consigliere")],
  "others_present": [{"role": "Sindaco", "name": "Roberto Maltese"}, {"role": "Assessore", "name": "Vito Bica"}, {"role": "Assessore", "name": "Ignazia Pipitone"}],
  "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Baldassare Poma"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Antonella Spanò"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 6, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-mazzarrone-wkhtml.pdf", "role": "act",
 "what": "Sicilian determinazione of the III Settore – Tecnico in a label grid: 'N. 47/2026 Reg. Settore', 'Reg. Gen. 311 del 12/03/2026', 'Data adozione: 10/03/2026'; visto contabile at the foot; wkhtmltopdf",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mazzarrone", "organ": "III SETTORE – TECNICO", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-12",
  "subject": "Lavori di manutenzione straordinaria degli impianti di pubblica illuminazione di via Roma e via Cava – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Elettro Sud di Cannizzo G. & C. s.n.c. – CIG B8A41E27C9. Impegno di spesa."}},
{"file": "determinazione-cesaro-enscript.pdf", "role": "act",
 "what": "Sicilian DETERMINA N. 58/2026 R.G. / 'n. 12 del 3.2.2026 (Registro Area)' in a 73-column Courier report (enscript + Ghostscript), registration note at the foot dated 4.2.2026",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cesarò", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZI SOCIALI E SCUOLA", "kind": "determinazione",
  "number": 58, "sector_number": 12, "date": "2026-02-04",
  "subject": "Servizio di trasporto scolastico alunni pendolari - Rimborso abbonamenti mesi di ottobre, novembre e dicembre 2025 - Liquidazione."}},
{"file": "ordinanza-roccalumera-groff.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 9 DEL 23.03.2026 (Prot. n. 2874) of a Sicilian Comune; groff -ms, gropdf",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccalumera", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-23",
  "subject": "Chiusura temporanea al transito veicolare e pedonale del lungomare Giovanni Cucinotta nel tratto compreso tra via Umberto I e il torrente Pagliara per lavori di consolidamento della scogliera."}},
{"file": "certificato-seui-formxobj.pdf", "role": "certificate",
 "what": "Sardinian CERTIFICATO DI PUBBLICAZIONE of the deliberazione della Giunta Comunale N. 18 del 17/03/2026, published 18/03-02/04/2026 (reg. n. 241), issued 03/04/2026; letterhead and foot are Form XObjects drawn after the body, body lines drawn bottom-up, rotated Albo stamp in the left margin",
 "act": {"municipality": "Comune di Seui", "organ": "Giunta Comunale", "kind": "attestazione", "number": 18, "date": "2026-03-17",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di via Sa Tanca all'Associazione culturale Su Cuaddu de Seui – periodo 2026-2028."}},
{"file": "allegato-bortigali-calc.pdf", "role": "attachment",
 "what": "ALLEGATO A to deliberazione della Giunta Comunale n. 21 del 18/03/2026: tariffs of on-demand services 2026; openpyxl sheet with merged title cells printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di Bortigali"}},
{"file": "convocazione-villafrati-word.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio Comunale convening the ordinary session of 30/03/2026 at 19:00 (seconda convocazione 31/03/2026), Prot. n. 2145 del 18/03/2026, 6-item agenda; Word header/footer (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Villafrati", "kind": "convocazione", "date": "2026-03-18",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria – 30 marzo 2026."}},
{"file": "avviso-furnari-tw.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of a Sicilian Comune (summer stay for the elderly 2026), boxed letterhead, justified Times paragraphs (ReportLab sets Tw on every line)",
 "act": {"municipality": "Comune di Furnari", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Servizi Sociali", "kind": "avviso", "date": "2026-03-19",
  "subject": "per l'iscrizione al servizio di soggiorno climatico estivo per anziani ultrasessantacinquenni – anno 2026"}},
]
# deliberate exceptions (see NOTES.md): Montemaggiore prints only the plural "gli Assessori" for the others present
EXCEPT = {("deliberazione-montemaggiorebelsito-writer.pdf", "Assessore")}
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
    for p in a.get("attendees", []) + a.get("others_present", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (k["file"], s) not in EXCEPT and (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
