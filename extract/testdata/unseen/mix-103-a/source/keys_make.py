# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
S_P1 = "Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria della strada comunale Prizzi – Filaga – CUP G97H25001230004."
K = [
{"file": "deliberazione-prizzi-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation n. 27 del 10.03.2026 of Prizzi (Sicilia), proposal 31 of the Area Tecnica; roll table with P/A marks; justified lines set Tw, letterhead letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Prizzi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-10", "time": "12:30",
  "proposal_number": 31, "proposal_date": "2026-03-06", "proposing_office": "Area Tecnica",
  "subject": S_P1,
  "attendees": [A("Marino Giuseppe", "Sindaco"), A("Cuccia Rosalia", "Vice Sindaco"), A("Lo Bue Antonino", "Assessore", False),
                A("Sciortino Carmela", "Assessore"), A("Comparetto Filippo", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Marino"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Concetta Gennaro"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-prizzi-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 41 of 11/03/2026, general register n. 178 of 12/03/2026: 80-column Courier report in capitals, '=' rules and '+---+' box (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Prizzi", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONE E PATRIMONIO", "kind": "determinazione",
  "number": 178, "sector_number": 41, "date": "2026-03-12",
  "subject": "AFFIDAMENTO DIRETTO DELLA FORNITURA DI CONGLOMERATO BITUMINOSO A FREDDO PER LA MANUTENZIONE DELLE STRADE COMUNALI - CIG B9F2A71C3D - IMPEGNO DI SPESA."}},
{"file": "ordinanza-prizzi-halley.pdf", "role": "act",
 "what": "ordinanza sindacale n. 9 del 12 marzo 2026 (traffic ban for the Easter 'Ballu di li Diavuli'): every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Prizzi", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-12",
  "subject": "Divieto di transito veicolare in Corso Umberto I e Piazza Duomo in occasione della manifestazione «U Ballu di li Diavuli» del 5 aprile 2026."}},
{"file": "certificato-prizzi-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 27 of 10.03.2026 (Albo register n. 261, 12.03–27.03.2026), Courier form with blanks between underscores",
 "act": {"municipality": "Comune di Prizzi", "kind": "attestazione", "number": 27, "date": "2026-03-10", "subject": S_P1}},
{"file": "deliberazione-bagnasco-ancitel.pdf", "role": "act",
 "what": "Consiglio comunale deliberation n. 4 of Bagnasco (Piemonte), date and time in words ('addì nove del mese di marzo alle ore diciotto e minuti trenta'); roll in a two-column table with X marks; majority vote with abstention (HTML -> LibreOffice Writer)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Bagnasco", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 4, "date": "2026-03-09", "time": "18:30",
  "subject": "Approvazione delle modifiche al Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.",
  "attendees": [A("GALLO Roberto", "Sindaco"), A("BERTOLINO Elisa", "Consigliere"), A("ODELLO Franco", "Consigliere"), A("FERRARIS Marta", "Consigliere"),
                A("GARELLI Piero", "Consigliere", False), A("CANAVESE Luca", "Consigliere"), A("BONELLI Sara", "Consigliere"), A("RINALDI Marco", "Consigliere"),
                A("BASSO Giorgio", "Consigliere", False), A("PEIRANO Ilaria", "Consigliere"), A("REVELLI Andrea", "Consigliere")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Roberto Gallo"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Paolo Bruno"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "determinazione-bagnasco-ancitel.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.', area register n. 12, in a grey-labelled grid (Area / Servizio / Registro Generale / Registro di Area / Data) (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bagnasco", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Demografici e Scolastici", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-11",
  "subject": "Servizio di mensa scolastica a.s. 2025/2026 – Liquidazione fatture del mese di febbraio 2026 alla ditta Ristoval S.r.l. – CIG B1D4E09A27."}},
{"file": "decreto-bagnasco-ancitel.pdf", "role": "act",
 "what": "decreto del Sindaco whose number is printed only in the running head ('Decreto n. 2/2026') and whose date only at the end ('Bagnasco, 10 marzo 2026') (pdfLaTeX, fancyhdr, letter-spaced title)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bagnasco", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-10",
  "subject": "Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000 – periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "avviso-bagnasco-ancitel.pdf", "role": "notice",
 "what": "unnumbered AVVISO to citizens on a bulky-waste collection day, letter-spaced heading, Area/Servizio at the top right (Chromium)",
 "act": {"municipality": "Comune di Bagnasco", "organ": "Area Tecnica", "office": "Servizio Ambiente", "kind": "avviso", "date": "2026-03-11",
  "subject": "RACCOLTA STRAORDINARIA DEI RIFIUTI INGOMBRANTI – SABATO 21 MARZO 2026"}},
{"file": "deliberazione-vidor-sicraweb.pdf", "role": "act",
 "what": "Giunta comunale deliberation n. 22 del 12/03/2026 of Vidor (Veneto) over 2 pages, running head with number/date and running foot 'Pagina x di 2' on both pages; roll in prose with one absent justified (fpdf2, DejaVu TTF)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vidor", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-12", "time": "18:00",
  "subject": "Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco di Vidor per la manifestazione «Festa di Primavera sul Piave» 2026.",
  "attendees": [A("Bonato Michele", "Sindaco"), A("Dal Col Anna", "Vicesindaco"), A("Zanchetta Luca", "Assessore"), A("Cescon Giulia", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Michele Bonato"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Enrico Fava"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-vidor-sicraweb.pdf", "role": "act",
 "what": "determinazione whose numbers are printed only in the Word footer ('Reg. Gen. n. 63 del 11/03/2026 – n. 14 del Settore') and whose Settore/Ufficio only in the Word header (python-docx -> LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vidor", "organ": "SETTORE ECONOMICO-FINANZIARIO", "office": "Ufficio Tributi", "kind": "determinazione",
  "number": 63, "sector_number": 14, "date": "2026-03-11",
  "subject": "Rimborso di somme indebitamente versate a titolo di IMU per l’anno 2024 – Impegno e liquidazione."}},
{"file": "ordinanza-vidor-sicraweb.pdf", "role": "act",
 "what": "ordinanza n. 7/2026 of the Area Tecnica (traffic ban for gas works); letterhead, number/date box and signature are Form XObjects drawn before the body (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vidor", "organ": "AREA TECNICA", "office": "Servizio Viabilità e Manutenzioni", "kind": "ordinanza", "number": 7, "date": "2026-03-12",
  "subject": "Istituzione del divieto di transito veicolare in via Erizzo, nel tratto compreso tra piazza Capitello e via Sant'Andrea, dal 16 al 27 marzo 2026 per lavori di posa della rete del gas metano."}},
{"file": "convocazione-vidor-sicraweb.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 19/03/2026 at 20:30, prot. 2731 of 11 March 2026, agenda of 5 items (groff -ms + Ghostscript)",
 "act": {"municipality": "Comune di Vidor", "kind": "convocazione", "date": "2026-03-11", "time": "20:30",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
