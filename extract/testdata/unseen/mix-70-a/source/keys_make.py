# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def roll(rows): return [A(n, r, p) for n, r, p in rows]
def cons(names, absent=()): return [(n, "Consigliere", n not in absent) for n in names]
def vc(present, voters=None, fav=None, against=None, abst=None):
    d = {"present": present}
    for k, v in (("voters", voters), ("in_favour", fav), ("against", against), ("abstained", abst)):
        if v is not None: d[k] = v
    return d
CC = "Consiglio Comunale"
K = [
{"file": "deliberazione-santantimo-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026 of Sant'Antimo (NA): roll of 25 in three side-by-side numbered tables with X under P/A, Presidente del Consiglio presiding, vote per alzata di mano with counts and the names of those against and abstaining, separate vote for immediate executivity (headless Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sant'Antimo", "organ": CC, "kind": "deliberazione", "number": 14, "date": "2026-03-24", "time": "17:30",
  "proposal_number": 19, "proposal_date": "2026-03-05", "proposing_office": "Settore III – Entrate e Attività Produttive",
  "subject": "Approvazione del Regolamento per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Modifiche agli articoli 12, 19 e 34.",
  "attendees": roll([("RUSSO Aniello", "Sindaco", True), ("PEZZELLA Gennaro", "Presidente", True)] + cons(
      ["FLAGIELLO Teresa", "PUCA Salvatore", "CHIANESE Vincenzo", "VERDE Rosaria", "PETITO Luigi", "AULETTA Domenico", "CICCARELLI Anna",
       "CAPPUCCIO Francesco", "DI SPIRITO Carmela", "MARRAZZO Pasquale", "OREFICE Giuseppina", "CAPASSO Antonio", "CRISPINO Maria Rosaria",
       "COSTANZO Ciro", "MAISTO Raffaele", "GUARINO Immacolata", "SILVESTRE Nicola", "PIROZZI Luisa", "CASTALDO Mario", "D'AGOSTINO Carla",
       "IAVARONE Stefano", "RUGGIERO Elena", "CASO Giovanni"],
      absent=("CAPPUCCIO Francesco", "CRISPINO Maria Rosaria", "SILVESTRE Nicola", "RUGGIERO Elena"))),
  "president": {"title": "avv.", "role": "Presidente del Consiglio comunale", "name": "Gennaro Pezzella"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Carmela Di Lorenzo"},
  "vote": "majority", "vote_counts": vc(21, 19, 15, 4, 2), "immediately_executive": True}},
{"file": "deliberazione-poggiomarino-word.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Poggiomarino (NA) over three pages: header grid and premises on page 1, the appello nominale table on page 2, vote and dispositive part on page 3; Assessori esterni named apart; running head and 'Pag. x di 3' foot (python-docx, LibreOffice)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Poggiomarino", "organ": CC, "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "18:00",
  "proposal_number": 12, "proposal_date": "2026-03-16", "proposing_office": "Settore IV – Lavori Pubblici e Protezione Civile",
  "subject": "Approvazione dell'aggiornamento 2026 del Piano Comunale di Protezione Civile e del relativo modello di intervento per il rischio vulcanico e idrogeologico.",
  "attendees": roll([("ANNUNZIATA Luigi", "Sindaco", True), ("CAROTENUTO Anna", "Presidente del Consiglio", True)] + cons(
      ["BORRIELLO Gaetano", "SORRENTINO Marianna", "DE FALCO Ciro", "NAPPO Gelsomina", "AMBROSIO Pasquale", "BOCCIA Filomena", "SICIGNANO Raffaele",
       "IZZO Carmela", "CIRILLO Francesco", "MIRANDA Teresa", "LA MARCA Giovanni", "ROSSI Antonietta", "FABBROCINI Salvatore", "VOLLARO Rosa",
       "GIUGLIANO Michele"], absent=("NAPPO Gelsomina", "CIRILLO Francesco", "FABBROCINI Salvatore"))),
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Anna Carotenuto"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Vincenzo Ammendola"},
  "vote": "unanimous", "vote_counts": vc(14, 14, 14, 0, 0), "immediately_executive": True}},
{"file": "deliberazione-surbo-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 18/2026 of Surbo (LE): appello nominale with two councillors entering the hall after it, roll in two side-by-side tabulars (SI/NO), majority vote with names against and abstaining, separate vote for immediate executivity (pdfLaTeX, letter-spaced headings)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Surbo", "organ": CC, "kind": "deliberazione", "number": 18, "date": "2026-03-27", "time": "18:30",
  "proposal_number": 22, "proposal_date": "2026-03-20", "proposing_office": "Settore Economico-Finanziario",
  "subject": "Variazione al bilancio di previsione finanziario 2026/2028 ai sensi dell’art. 175, comma 2, del D.Lgs. n. 267/2000 – Applicazione quota vincolata del risultato di amministrazione.",
  "attendees": roll([("LEO Ornella", "Sindaco", True), ("RIZZO Cosimo", "Presidente", True)] + cons(
      ["GRECO Luigi", "QUARTA Marta", "PELLEGRINO Antonio", "MIGLIETTA Sara", "CAPONE Daniele", "DE PASCALIS Rita", "MARTELLA Giorgio",
       "SPEDICATO Anna", "NUZZO Francesco", "COLUCCIA Valentina", "PERRONE Marco", "LEZZI Tiziana", "CALO Stefano", "MANGIA Giuseppina", "TOMA Alessio"],
      absent=("GRECO Luigi", "QUARTA Marta", "LEZZI Tiziana"))),
  "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Cosimo Rizzo"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Fabio Manca"},
  "vote": "majority", "vote_counts": vc(16, 14, 11, 3, 2), "immediately_executive": True}},
{"file": "deliberazione-veglie-wkhtml.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 12/2026 of Veglie (LE): numbered roll table (Qualifica, Presente SI/NO) and a separate table of two Assessori esterni without vote; lettered points a)-d) (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Veglie", "organ": CC, "kind": "deliberazione", "number": 12, "date": "2026-03-31", "time": "17:00",
  "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di Polizia Locale tra i Comuni di Veglie, Leverano e Porto Cesareo per il triennio 2026–2028.",
  "attendees": roll([("FAI Claudio", "Sindaco", True), ("MARRA Antonio", "Presidente del Consiglio", True)] + cons(
      ["PAGLIARA Rosanna", "SPAGNOLO Luca", "DE LUCA Maria Grazia", "MONTINARO Pietro", "STEFANELLI Gabriella", "ZECCA Francesco", "VETRUGNO Paola",
       "CARROZZO Emanuele", "LONGO Federica", "POLITI Andrea", "RUSSO Daniela", "SAMBATI Giovanni", "ERRICO Lucia", "MANCA Vito", "CAPOCCIA Roberta"],
      absent=("MONTINARO Pietro", "LONGO Federica", "SAMBATI Giovanni", "MANCA Vito"))),
  "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale", "name": "Antonio Marra"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Loredana Quarta"},
  "vote": "majority", "vote_counts": vc(13, 13, 10, 3, 0), "immediately_executive": True}},
{"file": "deliberazione-villabate-kibernetes.pdf", "role": "act",
 "what": "Sicilian Consiglio comunale deliberation 11/2026 of Villabate (PA): 16 councillors with Presidente and Vice Presidente, Sindaco and Assessori present for the Amministrazione (not members); every glyph placed alone, roll's right column drawn first, Albo stamp rotated up the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Villabate", "organ": CC, "kind": "deliberazione", "number": 11, "date": "2026-03-26", "time": "19:00",
  "proposal_number": 14, "proposal_date": "2026-03-12", "proposing_office": "Settore II - Affari Legali e Contenzioso",
  "subject": "Riconoscimento della legittimità del debito fuori bilancio ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 derivante dalla sentenza n. 1127/2025 del Giudice di Pace di Palermo.",
  "attendees": roll([("LO CASCIO Salvatore", "Presidente", True), ("GIAMMANCO Rosalia", "Vice Presidente", True)] + cons(
      ["BUTTITTA Giuseppe", "DI MAGGIO Francesca", "SCIORTINO Ignazio", "LA ROSA Valentina", "AMATO Vincenzo", "MILAZZO Concetta", "TRAINA Fabio",
       "CUSIMANO Giovanna", "BONANNO Marco", "PICCIONE Daniela", "RANDAZZO Carlo", "SPATAFORA Eleonora", "CARUSO Gaetano", "VITALE Antonina"],
      absent=("DI MAGGIO Francesca", "MILAZZO Concetta", "RANDAZZO Carlo"))),
  "president": {"title": "dott.", "role": "Presidente del Consiglio comunale", "name": "Salvatore Lo Cascio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Giuseppa Cannella"},
  "vote": "majority", "vote_counts": vc(13, 13, 9, 4, 0), "immediately_executive": True}},
{"file": "deliberazione-pedara-enscript.pdf", "role": "act",
 "what": "Sicilian Consiglio comunale deliberation 15/2026 of Pedara (CT): 90-column Courier report in capitals, roll of 16 in two columns drawn with + - |, the Presidente absent and the Vice Presidente presiding, unanimous vote, no immediate executivity (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pedara", "organ": CC, "kind": "deliberazione", "number": 15, "date": "2026-04-02", "time": "19:00",
  "proposal_number": 21, "proposal_date": "2026-03-16", "proposing_office": "AREA AMMINISTRATIVA - SERVIZI DEMOGRAFICI",
  "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CELEBRAZIONE DEI MATRIMONI CIVILI E LA COSTITUZIONE DELLE UNIONI CIVILI IN LUOGHI DIVERSI DALLA CASA COMUNALE.",
  "attendees": roll([("RUSSO SALVATORE", "PRESIDENTE", False), ("NICOTRA ALFIO", "VICE PRESIDENTE", True)] + [(n, "CONSIGLIERE", p) for n, p in (
      ("BONACCORSO AGATA", True), ("PAPPALARDO GIUSEPPE", True), ("DI MAURO ROSARIA", True), ("LEONARDI ANTONINO", True), ("SCUDERI CARMELA", False),
      ("MUSUMECI ORAZIO", True), ("SANTONOCITO LUCIA", True), ("CONTI SEBASTIANO", True), ("GRASSO VENERA", True), ("TOMASELLI MARIO", True),
      ("BARBAGALLO ANNA", False), ("LA SPINA DOMENICO", True), ("MANGANO ROSSELLA", True), ("SPAMPINATO GIOVANNI", True))]),
  "president": {"title": "SIG.", "role": "VICE PRESIDENTE DEL CONSIGLIO COMUNALE", "name": "NICOTRA ALFIO"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO GENERALE", "name": "ROSARIO GRECO"},
  "vote": "unanimous", "vote_counts": vc(13, 13, 13), "immediately_executive": False}},
{"file": "deliberazione-cellinosanmarco-groff.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 of Cellino San Marco (BR): tbl grid 'Reg. Delib. n. / Seduta del', roll of 13 in two side-by-side groups with X under P and A ('X giust.'), majority vote with names, separate vote for immediate executivity (groff -ms, tbl)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cellino San Marco", "organ": CC, "kind": "deliberazione", "number": 7, "date": "2026-03-25", "time": "19:00",
  "subject": "Approvazione del Piano Economico Finanziario (PEF) 2026-2029 del servizio integrato di gestione dei rifiuti urbani e delle tariffe TARI 2026.",
  "attendees": roll([("CAMASSA Marco", "Sindaco", True), ("MORLEO Angela", "Presidente", True)] + cons(
      ["ZIZZI Cosimo", "SPECCHIA Luana", "GUADALUPI Vito", "PENNETTA Rosa", "MAZZOTTA Oronzo", "CAVALLO Lucia", "CARLUCCIO Giorgio", "LEUCCI Paola",
       "SCHIAVONE Antonio", "PROTOPAPA Ilenia", "CALABRESE Donato"], absent=("GUADALUPI Vito", "LEUCCI Paola"))),
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio comunale", "name": "Angela Morleo"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giancarlo Rubino"},
  "vote": "majority", "vote_counts": vc(11, 10, 8, 2, 1), "immediately_executive": True}},
{"file": "deliberazione-melitodiportosalvo-halley.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 16/2026 of Melito di Porto Salvo (RC): roll in prose (first name first), date in words and in a label grid, Assessori esterni named apart; letterhead and foot are reused Form XObjects, blocks drawn in reverse order, lines justified with Tw, headings spaced with Tc (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Melito di Porto Salvo", "organ": CC, "kind": "deliberazione", "number": 16, "date": "2026-03-28", "time": "10:30",
  "proposal_number": 19, "proposal_date": "2026-03-10", "proposing_office": "Area Tecnica - Servizio Demanio Marittimo e Urbanistica",
  "subject": "Adozione del Piano comunale di spiaggia per l'utilizzo delle aree demaniali marittime (PCS) ai sensi della L.R. n. 17/2005 e del PIR approvato dal Consiglio regionale.",
  "attendees": roll([("Giuseppe Meduri", "Sindaco", True), ("Francesca Nucera", "Presidente del Consiglio", True)] + cons(
      ["Antonino Tripodi", "Domenica Pangallo", "Carmelo Verduci", "Caterina Iaria", "Bruno Modafferi", "Angela Zappia", "Rocco Sergi", "Teresa Foti",
       "Natale Idone", "Maria Stelitano", "Fortunato Romeo", "Saverio Laganà", "Giovanna Scordo", "Domenico Plutino", "Antonella Malara"],
      absent=("Giovanna Scordo", "Domenico Plutino", "Antonella Malara"))),
  "president": {"title": "dott.ssa", "role": "Presidente del Consiglio comunale", "name": "Francesca Nucera"},
  "secretary": {"title": "avv.", "role": "Segretario Generale", "name": "Demetrio Cuzzocrea"},
  "vote": "majority", "vote_counts": vc(14, 14, 10, 4), "immediately_executive": True}},
{"file": "deliberazione-sangavinomonreale-datagraph.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 10/2026 of San Gavino Monreale (SU): register box 'N. 10 del 23-03-2026' in the running head of every page, roll of 13 in two numbered columns with P / A / AG and a legend, vote as a small table (fpdf2, Identity-H CID fonts)",
 "operative_points": 3,
 "act": {"municipality": "Comune di San Gavino Monreale", "organ": CC, "kind": "deliberazione", "number": 10, "date": "2026-03-23", "time": "17:30",
  "proposal_number": 14, "proposal_date": "2026-03-09", "proposing_office": "Settore Servizi Sociali, Culturali e Sportivi",
  "subject": "Approvazione del Regolamento comunale per la concessione in uso temporaneo dei locali della ex Casa Sirigu e del Centro di aggregazione sociale di via Roma.",
  "attendees": roll([("SIDA Stefano", "Sindaco", True), ("PODDA Manuela", "Presidente", True)] + cons(
      ["ATZENI Roberto", "CONCU Simona", "FLORIS Giampaolo", "MURGIA Alessandra", "PILLONI Efisio", "SERRA Monica", "TOCCO Daniele", "MELIS Giovanna",
       "PISANU Marco", "LECCA Federica", "SCANU Ignazio"], absent=("FLORIS Giampaolo", "TOCCO Daniele"))),
  "president": {"role": "Presidente del Consiglio comunale", "name": "Manuela Podda"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Maria Bonaria Piras"},
  "vote": "unanimous", "vote_counts": vc(11, 11, 11, 0, 0), "immediately_executive": True}},
{"file": "deliberazione-qualiano-fodt.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 21/2026 of Qualiano (NA): roll as numbered lines 'NAME – role – presente' in a two-column Writer section, number 'N. 21 del 3.4.2026' right-aligned and in the running head (flat ODF, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Qualiano", "organ": CC, "kind": "deliberazione", "number": 21, "date": "2026-04-03", "time": "16:00",
  "proposal_number": 26, "proposal_date": "2026-03-18", "proposing_office": "Settore V – Ambiente, Verde Pubblico e Igiene Urbana",
  "subject": "Approvazione del Regolamento per l'adozione e la cura di aree verdi e aiuole comunali da parte di cittadini, associazioni e imprese (patti di collaborazione).",
  "attendees": roll([("DE LUCIA Raffaele", "Sindaco", True), ("PALMA Rosaria", "Presidente del Consiglio", True)] + cons(
      ["MIGLIACCIO Giovanni", "DI MARINO Assunta", "TAGLIALATELA Luca", "CAIAZZO Vincenza", "GRIECO Antonio", "ONOFRIO Maria", "NOCERINO Gennaro",
       "PUNZO Sabrina", "VALLEFUOCO Ciro", "LETTIERI Angela", "CERULLO Paolo", "MAIONE Rita", "SIMEOLI Salvatore", "ESPOSITO Patrizia", "CACCIAPUOTI Franco"],
      absent=("TAGLIALATELA Luca", "CERULLO Paolo"))),
  "president": {"title": "prof.ssa", "role": "Presidente del Consiglio", "name": "Rosaria Palma"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Gennaro Fiorillo"},
  "vote": "unanimous", "vote_counts": vc(15, 15, 15), "immediately_executive": True}},
{"file": "determinazione-arbus-openpdf.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Arbus (SU): register grid with merged cells, sector n. 47 of 19/03/2026 and general register n. 311 of 20/03/2026 on one row, proposal 58 of 18/03/2026, visto contabile box (OpenPDF, Identity-H CID fonts)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Arbus", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-20", "proposal_number": 58, "proposal_date": "2026-03-18",
  "subject": "Lavori di messa in sicurezza della strada comunale Arbus – Sant'Antonio di Santadi. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edilstrade Montevecchio S.r.l. e impegno di spesa. CUP B47H26000120004 – CIG B9D4E17A25."}},
{"file": "determinazione-borgia-chromium.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Borgia (CZ): 'N. 112/2026 R.G. del 07/04/2026' and 'Numero di Area: 29 del 03/04/2026' in a box at the top right, Area and Servizio under the letterhead (headless Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Borgia", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "determinazione",
  "number": 112, "sector_number": 29, "date": "2026-04-07", "proposal_number": 35, "proposal_date": "2026-04-02",
  "subject": "Servizio di trasporto scolastico per gli alunni della scuola dell'infanzia e primaria del capoluogo e della frazione Roccelletta – Proroga tecnica dal 13 aprile al 10 giugno 2026 – Impegno di spesa. CIG B8F21C0D93."}},
]
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
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
