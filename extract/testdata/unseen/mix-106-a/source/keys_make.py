# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
# ---------------- Comune di Roccagloriosa (SA) - "Halley" house style
{"file": "deliberazione-roccagloriosa-halley.pdf", "role": "act",
 "what": "Giunta deliberation n. 23 del 24.3.2026 of Roccagloriosa (SA): register box at top right, roll as a ruled table Cognome e Nome | Carica | P | A with X marks and totals beside it; reportlab, every justified line sets Tw, letterhead and heading set Tc",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccagloriosa", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-24", "time": "12:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Roccagloriosa – Acquavena. CUP D27H26000120004.",
  "attendees": [A("Lamberti Gerardo", "Sindaco"), A("Feola Antonietta", "Vicesindaco"), A("Cammarano Pasquale", "Assessore"), A("De Luca Lucia", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Gerardo Lamberti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Carmela Pinto"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-roccagloriosa-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 31 del 23/03/2026 and REG. GEN. 118 del 25/03/2026 side by side in a character-drawn box; 80-column Courier report (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccagloriosa", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONE E PATRIMONIO", "kind": "determinazione",
  "number": 118, "sector_number": 31, "date": "2026-03-25",
  "subject": "FORNITURA DI MATERIALE ELETTRICO PER LA MANUTENZIONE DELLA PUBBLICA ILLUMINAZIONE NELLE FRAZIONI - AFFIDAMENTO DIRETTO - IMPEGNO DI SPESA - CIG B9D4F2A71C"}},
{"file": "ordinanza-roccagloriosa-halley.pdf", "role": "act",
 "what": "ordinanza sindacale n. 7 del 26.3.2026 (traffic during paving works): number only in the box beside the letterhead; HTML printed by wkhtmltopdf",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roccagloriosa", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-26",
  "subject": "Regolamentazione temporanea della circolazione veicolare in via Roma e in Piazza Municipio per i lavori di rifacimento della pavimentazione in pietra."}},
{"file": "attestazione-roccagloriosa-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 23 of 24.3.2026 (the deliberation of this set), register n. 142/2026, published 27.3-11.4.2026; label table, letterhead in the Word page header (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Roccagloriosa", "kind": "attestazione", "number": 23, "date": "2026-03-24",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Roccagloriosa – Acquavena. CUP D27H26000120004."}},
# ---------------- Comune di Terranova di Pollino (PZ) - "APSystems" house style
{"file": "deliberazione-terranovadipollino-apsystems.pdf", "role": "act",
 "what": "Consiglio deliberation n. 9 del 26 marzo 2026, date in words ('addì ventisei del mese di marzo', 'alle ore 18,00'); roll numbered 1-11 in two columns with P/A marks, roles only in a legend; majority vote with counts; pdfLaTeX, signatures alone on page 2",
 "operative_points": 2,
 "act": {"municipality": "Comune di Terranova di Pollino", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "18:00",
  "subject": "Approvazione del Regolamento comunale per la disciplina del servizio di trasporto scolastico.",
  "attendees": [A("FILARDI Rocco", "Sindaco"), A("LAROCCA Maria Grazia", "Consigliere"), A("CIANCIA Giuseppe", "Consigliere"), A("AIELLO Nicola", "Consigliere"),
                A("BRUNO Teresa", "Consigliere"), A("GIOIA Francesco", "Consigliere"), A("NAPOLI Angela", "Consigliere"), A("RINALDI Domenico", "Consigliere", False),
                A("TROIANO Vincenzo", "Consigliere"), A("LAURIA Anna", "Consigliere"), A("SASSONE Pietro", "Consigliere", False)],
  "president": {"role": "Sindaco", "name": "Rocco Filardi"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Michele Abbate"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-terranovadipollino-apsystems.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' del 27/03/2026, area register n. 12, proposal n. 58 del 24/03/2026, Area and Servizio all in a grey-labelled grid; HTML printed by headless Chromium",
 "operative_points": 3,
 "act": {"municipality": "Comune di Terranova di Pollino", "organ": "Area Amministrativa", "office": "Servizio Affari Generali e Cultura", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-27", "proposal_number": 58, "proposal_date": "2026-03-24",
  "subject": "Liquidazione del contributo concesso all'Associazione Pro Loco Terranova per l'organizzazione della Festa della Madonna del Pollino e delle manifestazioni estive 2025."}},
{"file": "decreto-terranovadipollino-apsystems.pdf", "role": "act",
 "what": "decreto sindacale n. 4 of 25 March 2026 (appointment of the head of the Area Tecnica), two pages; running head with number and date and 'Pagina X di 2' foot repeated on both pages (fpdf2, Liberation Serif TTF)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Terranova di Pollino", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-25",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267."}},
{"file": "avviso-terranovadipollino-apsystems.pdf", "role": "notice",
 "what": "unnumbered AVVISO (letter-spaced 'A V V I S O') on the assignment of firewood under the civic use right; groff -ms -> gropdf, hyphenated justified text",
 "act": {"municipality": "Comune di Terranova di Pollino", "organ": "AREA TECNICA", "office": "Ufficio Usi Civici e Patrimonio Boschivo", "kind": "avviso", "date": "2026-03-27",
  "subject": "ASSEGNAZIONE DI LEGNA DA ARDERE PER USO CIVICO DI LEGNATICO – STAGIONE SILVANA 2026/2027"}},
# ---------------- Comune di Castellino del Biferno (CB) - "Studio K" house style
{"file": "deliberazione-castellinodelbiferno-studiok.pdf", "role": "act",
 "what": "Giunta deliberation 'Numero 18 – Data 23-03-2026'; roll in prose (present in one sentence, the absent justified in the next); letterhead and foot are Form XObjects, the dispositive part and the signatures are drawn before the heading (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castellino del Biferno", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-23", "time": "13:00",
  "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI VIA ROMA ALL'ASSOCIAZIONE CULTURALE \"AMICI DEL BIFERNO\".",
  "attendees": [A("Di Iorio Giovanni", "Sindaco"), A("Palladino Carmine", "Vicesindaco"), A("Ciccone Rosanna", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Giovanni Di Iorio"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Luigi Mastrangelo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-castellinodelbiferno-studiok.pdf", "role": "act",
 "what": "determinazione of the financial service whose numbers are printed only in a ruled box at the end of the page (service n. 22 del 24-03-2026, Registro Generale n. 64 del 26-03-2026); HTML opened as a Writer document, exported by LibreOffice",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castellino del Biferno", "organ": "Responsabile del Servizio", "office": "SERVIZIO ECONOMICO-FINANZIARIO E TRIBUTI", "kind": "determinazione",
  "number": 64, "sector_number": 22, "date": "2026-03-26",
  "subject": "RIMBORSO AI CONTRIBUENTI DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO D'IMPOSTA 2025."}},
{"file": "ordinanza-castellinodelbiferno-studiok.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente n. 5 del 25-03-2026 (boxed at the right of 'IL SINDACO' and repeated in the foot); every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin (reportlab, Producer set)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castellino del Biferno", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-25",
  "subject": "Ordinanza contingibile e urgente per la rimozione di alberi pericolanti lungo la strada comunale Piana del Biferno."}},
{"file": "convocazione-castellinodelbiferno-studiok.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale for 2 April 2026 at 18:30, agenda of 5 items; protocol n. 812 del 26-03-2026 only in the foot; letter-spaced headings (Tc) in fpdf2 with DejaVu Sans",
 "act": {"municipality": "Comune di Castellino del Biferno", "kind": "convocazione", "date": "2026-03-26",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
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
