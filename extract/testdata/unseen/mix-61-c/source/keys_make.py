# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-chianni-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026 (approval of the 2025 accounts), pdfLaTeX: running head and foot on every page, the roll is a longtable broken after row 6, so its 11 members stand 6 on page 1 and 5 on page 2 under a repeated header; date and time in words and figures; majority vote with counts (3 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Chianni", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-04-29", "time": "21:00",
  "subject": "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025 ai sensi dell’art. 227 del D.Lgs. n. 267/2000.",
  "attendees": [A("GIOVANNETTI Marco", "Sindaco"), A("BARSOTTI Elena", "Consigliera"), A("CECCHI Andrea", "Consigliere"), A("PAOLETTI Silvia", "Consigliera"),
                A("NICCOLAI Riccardo", "Consigliere", False), A("GUERRIERI Lorenzo", "Consigliere"), A("TADDEI Francesca", "Consigliera"), A("SIMONCINI Paolo", "Consigliere"),
                A("BERTINI Luca", "Consigliere"), A("LUPI Chiara", "Consigliera", False), A("FAGIOLINI Matteo", "Consigliere")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Marco Giovannetti"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Antonella Bacci"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-provteramo-chromium.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE 874/2026 of a Provincia's Settore B2 (road works), sector register 97; the proposal number and date (612 of 05/05/2026) stand only in a boxed side column beside the premises (headless Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Provincia di Teramo", "organ": "SETTORE B2 – VIABILITÀ, INFRASTRUTTURE E PROTEZIONE CIVILE", "office": "Servizio Manutenzione Strade Provinciali – Zona Vomano",
  "kind": "determinazione", "number": 874, "sector_number": 97, "date": "2026-05-08", "proposal_number": 612, "proposal_date": "2026-05-05",
  "subject": "S.P. 26/a “Val Vomano” – Lavori di messa in sicurezza del piano viabile e delle barriere di protezione tra il km 3+400 e il km 5+100. Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023. CIG B9D4E7A21C – CUP H57H26000150003."}},
{"file": "convocazione-esinofrasassi-groff.pdf", "role": "notice",
 "what": "letter of the Presidente of an Unione Montana convening its Giunta for 12/05/2026 at 17:00, prot. 2317 of 6 May 2026, with a 5-item agenda (groff -ms + tbl, gropdf)",
 "act": {"municipality": "Unione Montana Esino-Frasassi", "kind": "convocazione", "date": "2026-05-06",
  "subject": "Convocazione della Giunta dell'Unione – seduta del 12 maggio 2026."}},
{"file": "ordinanza-roccamorice-openpdf.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente 9/2026 of the Sindaco 'in qualità di Ufficiale del Governo' (art. 54 TUEL): eviction from a building in danger of collapse; Java + OpenPDF, DejaVu fonts embedded as CID TrueType (Identity-H), running foot with 'pag. X di Y' (2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roccamorice", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-05-11",
  "subject": "Sgombero e interdizione all'uso del fabbricato sito in via della Torre n. 14 (foglio 7, particella 412) per grave pericolo per la pubblica incolumità a seguito del crollo parziale della copertura."}},
{"file": "avviso-montappone-duecolonne.pdf", "role": "notice",
 "what": "unnumbered AVVISO to citizens on the new door-to-door waste collection calendar; full-width title, body in two columns separated by a rule, date and signature across the foot (ReportLab platypus frames)",
 "act": {"municipality": "Comune di Montappone", "organ": "AREA TECNICA", "office": "Servizio Ambiente e Igiene Urbana", "kind": "avviso", "date": "2026-05-07",
  "subject": "NUOVO CALENDARIO DELLA RACCOLTA DIFFERENZIATA PORTA A PORTA DAL 18 MAGGIO 2026"}},
{"file": "deliberazione-picinisco-timbro.pdf", "role": "act",
 "what": "Giunta comunale deliberation 41 of 5.5.2026, time in words ('alle ore dodici e minuti trenta'); every line set on its own and justified with Tw; the Albo's publication stamp rotated 90° along the left margin of both pages (ReportLab canvas, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Picinisco", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-05-05", "time": "12:30",
  "subject": "Approvazione dello schema di convenzione con l’Associazione Pro Loco di Picinisco per la gestione dell’Ufficio Informazioni e Accoglienza Turistica – stagione 2026.",
  "attendees": [A("CARDARELLI Daniele", "Sindaco"), A("DI TOMMASO Loreta", "Vice Sindaco"), A("VISOCCHI Giuseppe", "Assessore", False)],
  "president": {"title": "Avv.", "role": "Sindaco", "name": "Daniele Cardarelli"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Luigi Mancini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-roscigno-enscript.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica e Manutentiva, general register 143 of 06/05/2026, area register 38 of 05/05/2026 in a character-drawn box; 80-column Courier report (enscript + Ghostscript, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roscigno", "organ": "AREA TECNICA E MANUTENTIVA", "office": "Servizio Manutenzione Strade e Patrimonio", "kind": "determinazione",
  "number": 143, "sector_number": 38, "date": "2026-05-06",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI SFALCIO E DECESPUGLIAMENTO DEI BORDI STRADALI DELLE STRADE COMUNALI E VICINALI - ANNO 2026 - IMPEGNO DI SPESA - CIG B9A12C47E0"}},
{"file": "attestazione-castelverrino-fpdf.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 96/2026, 04/05–19/05/2026) of Giunta deliberation 12 of 30/04/2026, in a ruled label/value form with letter-spaced headings (fpdf2)",
 "act": {"municipality": "Comune di Castelverrino", "kind": "attestazione", "number": 12, "date": "2026-04-30",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e della dotazione organica."}},
{"file": "allegato-radicondoli-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 88 of 04/05/2026: grants to 9 local associations, a spreadsheet with merged title rows and a totals row printed by LibreOffice Calc",
 "act": {"municipality": "Comune di Radicondoli"}},
{"file": "decreto-bonificaufita-wkhtml.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE n. 7 of 8 May 2026 of a land-reclamation consortium appointing a RUP; register grid with Numero/Data and a 'Struttura' row spanning three cells (wkhtmltopdf)",
 "operative_points": 5,
 "act": {"municipality": "Consorzio di Bonifica dell’Ufita", "organ": "Presidente", "kind": "decreto", "number": 7, "date": "2026-05-08",
  "subject": "Nomina del Responsabile Unico del Progetto per i lavori di ripristino funzionale del canale di bonifica “Fiumarella” in agro di Flumeri e Grottaminarda – CUP G27H26000090002."}},
{"file": "deliberazione-paupisi-word.pdf", "role": "act",
 "what": "Giunta comunale deliberation 52 of 07/05/2026, letterhead in the Word page header, number/date grid with the OGGETTO in a merged row, roll table with X under P/A (python-docx, LibreOffice, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Paupisi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2026-05-07", "time": "13:15",
  "subject": "Concessione di un contributo economico all’Istituto Comprensivo “Luigi Sodo” per le attività del Piano Estate 2026 rivolte agli alunni residenti. Indirizzi al Responsabile dell’Area Amministrativa.",
  "attendees": [A("PASSARIELLO Salvatore", "Sindaco"), A("IANNOTTI Carmela", "Vice Sindaco"), A("DE LUCIA Antonio", "Assessore", False), A("MARRO Giovanna", "Assessore esterno")],
  "president": {"role": "Sindaco", "name": "Salvatore Passariello"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Mazzone"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "bando-pennainteverina-writer.pdf", "role": "act",
 "what": "numbered BANDO N. 2/2026 for the allotment of municipal social gardens, Area/Servizi and protocol 1188 of 12 May 2026 in the right cell of the letterhead table (HTML opened by LibreOffice Writer)",
 "act": {"municipality": "Comune di Penna in Teverina", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Sociali e Scolastici", "kind": "bando", "number": 2, "date": "2026-05-12",
  "subject": "ASSEGNAZIONE IN COMODATO D’USO GRATUITO DEGLI ORTI SOCIALI COMUNALI DI VIA DEL CASALE – TRIENNIO 2026-2028"}},
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
