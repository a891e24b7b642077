# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K = [
{"file": "deliberazione-aliterme-writer.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 'N. 41 | del 12.5.2026' of Alì Terme (Sicily) in a box with proposal and proposing office (merged row); time '13,00'; roll table with vertically merged headings and a merged 'Presenze' P/A header, Totale row; 4 points, immediate executivity under L.R. 44/1991 (python-docx -> LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Alì Terme", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 41, "date": "2026-05-12", "time": "13:00",
  "proposal_number": 52, "proposal_date": "2026-05-08", "proposing_office": "Area Amministrativa – Servizi Sociali",
  "subject": "Approvazione del progetto “Estate Serena 2026” per le attività ricreative in favore della popolazione anziana e assegnazione delle risorse al Responsabile dell’Area Amministrativa.",
  "attendees": att([("Carlo Giuseppe Rigano", "Sindaco", True), ("Tindara Crisafulli", "Vice Sindaco", True), ("Salvatore Bonaccorso", "Assessore", False), ("Maria Grazia Cannistrà", "Assessore", True)]),
  "president": {"role": "Sindaco", "name": "Carlo Giuseppe Rigano"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Lo Presti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-aliterme-writer.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Alì Terme: 'DETERMINAZIONE N. 58 del 14.5.2026' (sector) and 'Reg. Gen. 311 del 14.5.2026' side by side in a box, proposal in a merged row; points 1)-4) (python-docx -> LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Alì Terme", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione", "number": 311, "sector_number": 58, "date": "2026-05-14",
  "proposal_number": 77, "proposal_date": "2026-05-13",
  "subject": "Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023 dei lavori di ripristino della ringhiera del lungomare di Alì Terme danneggiata dalle mareggiate – CIG B8C3D41F27 – Impegno di spesa."}},
{"file": "certificato-aliterme-enscript.pdf", "role": "certificate",
 "what": "CERTIFICATO DI ESECUTIVITÀ of Giunta Municipale deliberation n. 38 of 28.4.2026 (Albo n. 402/2026, published 29.4-14.5.2026, executive 10.5.2026), dotted label leaders, subject wrapped under a hanging indent, signed 15.5.2026; Courier report, enscript + Ghostscript",
 "act": {"municipality": "Comune di Alì Terme", "organ": "Giunta Municipale", "kind": "certificato", "number": 38, "date": "2026-04-28",
  "subject": "Concessione del patrocinio gratuito e dell’uso della piazza Municipio all’Associazione Pro Loco Alì Terme per la manifestazione \"Sagra del pesce azzurro\" - edizione 2026."}},
{"file": "deliberazione-pietrapaola-reportlab.pdf", "role": "act",
 "what": "deliberation 22/2026 of the Commissario Straordinario 'adottata con i poteri della Giunta Comunale' (no roll, no vote), number/date/proposal in a box, time '10,30'; ReportLab canvas: letterhead a Form XObject, signatures and a rotated Albo stamp drawn before the body, each justified line with its own Tw; immediate executivity in a closing sentence",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pietrapaola", "organ": "Commissario Straordinario", "kind": "deliberazione", "number": 22, "date": "2026-05-07", "time": "10:30",
  "proposal_number": 25, "proposal_date": "2026-05-05", "proposing_office": "Area Amministrativa – Servizio Personale",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e della dotazione organica.",
  "attendees": [],
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Francesco Mazzei"},
  "immediately_executive": True}},
{"file": "decreto-pietrapaola-reportlab.pdf", "role": "act",
 "what": "decreto of the Commissario Straordinario 'N. 5 DEL 11/05/2026' under the same Form XObject letterhead; subject and body drawn glyph by glyph (one Tm per glyph, no space characters, justified by moving glyphs); rotated Albo stamp; points 1)-4) (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pietrapaola", "organ": "Commissario Straordinario", "kind": "decreto", "number": 5, "date": "2026-05-11",
  "subject": "Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000 per il periodo dal 12 maggio al 31 dicembre 2026."}},
{"file": "avviso-pietrapaola-wkhtml.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of the Area Amministrativa (summer stay for the elderly), 'Prot. n. 2184 del 12/05/2026' under the area block, letter-spaced title, subject in capitals over two lines, 3 numbered paragraphs (wkhtmltopdf)",
 "act": {"municipality": "Comune di Pietrapaola", "organ": "Area Amministrativa", "office": "Servizio Politiche Sociali", "kind": "avviso", "date": "2026-05-12",
  "subject": "PER L’ISCRIZIONE AL SERVIZIO DI SOGGIORNO CLIMATICO MARINO IN FAVORE DEGLI ANZIANI RESIDENTI – ESTATE 2026"}},
{"file": "determinazione-calvera-chromium.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' (sector 12) of the Area Amministrativa of Calvera in a label grid (Area/Servizio rows with merged cells, Proposta n. 53 del 14/05/2026), shaded OGGETTO box, letterhead and headings letter-spaced (the letterhead reads 'C O M U N E D I C A LV E R A'; the plain name is in the page foot) (CSS letter-spacing), 3 points (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Calvera", "organ": "Area Amministrativa", "office": "Servizio Pubblica Istruzione e Trasporti", "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-05-15",
  "proposal_number": 53, "proposal_date": "2026-05-14",
  "subject": "Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione del canone dei mesi di marzo e aprile 2026 alla ditta Autolinee Sinni s.r.l. – CIG B57A2E90C1."}},
{"file": "deliberazione-calvera-chromium.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 'n. 29 del 11.5.2026' of Calvera (Basilicata): time in words ('addì undici del mese di maggio, alle ore diciotto'), roll in prose with the Vice Sindaco 'assente giustificato', unanimous vote, 4 points, immediate executivity (headless Chromium, letter-spaced letterhead and headings; plain name in the page foot)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Calvera", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 29, "date": "2026-05-11", "time": "18:00",
  "subject": "Approvazione dello schema di convenzione con l’Associazione “Protezione Civile Valle del Sinni” per il servizio di avvistamento e prevenzione degli incendi boschivi – campagna AIB 2026.",
  "attendees": att([("Andrea Ciancia", "Sindaco", True), ("Giuseppina Nicodemo", "Assessore", True), ("Rocco Di Sanzo", "Vice Sindaco", False)]),
  "president": {"role": "Sindaco", "name": "Andrea Ciancia"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Michele Prestera"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "bando-calvera-latex.pdf", "role": "act",
 "what": "Bando n. 1/2026 (framed box with Prot. n. 1377 del 13/05/2026 at the top right) of the Area Amministrativa, letter-spaced letterhead, title in capitals over three lines, articles in two columns (multicol), running foot; pdfLaTeX",
 "act": {"municipality": "Comune di Calvera", "organ": "Area Amministrativa", "office": "Servizio Pubblica Istruzione", "kind": "bando", "number": 1, "date": "2026-05-13",
  "subject": "BANDO PER L’ASSEGNAZIONE DI BORSE DI STUDIO AGLI STUDENTI RESIDENTI FREQUENTANTI LE SCUOLE SECONDARIE DI SECONDO GRADO E L’UNIVERSITÀ – ANNO SCOLASTICO E ACCADEMICO 2025/2026"}},
{"file": "deliberazione-altamarmilla-fpdf.pdf", "role": "act",
 "what": "Giunta dell'Unione deliberation 14/2026 of the Unione dei Comuni Alta Marmilla (Sardinia): Numero/Data/Proposta cells, roll as a table Comune | Sindaco | Carica | Presente SI/NO, 'Presenti 5 – Assenti 1', unanimous vote, 3 points, no immediate executivity, publication note; letterhead as running head on every page, 'Pag. 1 di 1' foot (fpdf2, DejaVu as CID Identity-H)",
 "operative_points": 3,
 "act": {"municipality": "Unione dei Comuni Alta Marmilla", "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 14, "date": "2026-05-13", "time": "16:30",
  "proposal_number": 17, "proposal_date": "2026-05-08", "proposing_office": "Area Tecnica",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della viabilità rurale intercomunale Ales – Gonnosnò – Curcuris – CUP H47H26000180002.",
  "attendees": att([("Marco Pisanu", "Presidente", True), ("Franca Mura", "Vice Presidente", True), ("Gianluca Atzori", "Componente", True), ("Sergio Cocco", "Componente", False), ("Paola Zedda", "Componente", True), ("Ignazio Murgia", "Componente", True)]),
  "president": {"role": "Presidente dell’Unione", "name": "Marco Pisanu"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell’Unione", "name": "Alessandra Sanna"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "determinazione-altamarmilla-fpdf.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of the Unione: register table with a merged 'DETERMINAZIONE' row, 'Registro generale N. 88' / 'Registro di settore N. 31', proposal n. 96; subject over four lines; points 1)-4); same running head and foot (fpdf2, CID fonts)",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni Alta Marmilla", "organ": "Area Tecnica", "office": "Servizio Viabilità e Patrimonio", "kind": "determinazione", "number": 88, "sector_number": 31, "date": "2026-05-15",
  "proposal_number": 96, "proposal_date": "2026-05-14",
  "subject": "Affidamento del servizio di ingegneria e architettura per la progettazione esecutiva dei lavori di manutenzione straordinaria della viabilità rurale intercomunale Ales – Gonnosnò – Curcuris – CUP H47H26000180002 – CIG B93F0A5D12. Determinazione a contrarre e aggiudicazione."}},
{"file": "decreto-altamarmilla-groff.pdf", "role": "act",
 "what": "decreto of the Presidente dell'Unione 'N. 3 DEL 14.5.2026' (RPCT appointment), italic subject after a bold OGGETTO:, points 1.-4. as hanging paragraphs, running foot (groff -ms through gropdf)",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni Alta Marmilla", "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2026-05-14",
  "subject": "Nomina del Responsabile della prevenzione della corruzione e della trasparenza dell’Unione dei Comuni Alta Marmilla."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
EXC = {}  # deliberate exceptions: none
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    strs += [("attendee", x["name"]) for x in a.get("attendees", [])]
    strs += [(f, a[f]["name"]) for f in ("president", "secretary") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low) and (k["file"], f) not in EXC]
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
