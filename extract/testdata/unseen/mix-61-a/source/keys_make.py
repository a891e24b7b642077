# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-racalmuto-writer.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 58/2026 of Racalmuto (Sicily): number/date/proposal/office in a 2x2 box, roll table N. | Cognome e Nome | Carica | P | A with X marks and a last row 'Totale 4 1', points 1.-4., immediate executivity by separate vote (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Racalmuto", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 58, "date": "2026-05-12", "time": "12:30",
  "proposal_number": 64, "proposal_date": "2026-05-08", "proposing_office": "Area Tecnica",
  "subject": "Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria e adeguamento impiantistico del Teatro comunale “Regina Margherita” – CUP D47H26000210002.",
  "attendees": [A("MATTINA Vincenzo", "Sindaco"), A("PICONE Calogera", "Vice Sindaco"), A("FARRUGGIA Salvatore", "Assessore", False), A("MESSANA Giuseppe", "Assessore"), A("BURRUANO Rosalia", "Assessore")],
  "president": {"title": "Avv.", "role": "Sindaco", "name": "Vincenzo Mattina"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Carmela Lo Bue"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-altomonte-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Altomonte (Calabria) whose register data are a two-row grid of labels over values ('Reg. Gen.' | 'Data' | 'Reg. Sett.' over '311' | '12/05/2026' | '47'); OGGETTO rule-boxed, 5 numbered points, visto contabile box (wkhtmltopdf)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Altomonte", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-05-12",
  "subject": "Lavori di ripristino della pavimentazione in basoli di Via Santa Maria della Consolazione – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Pollino S.r.l. – CIG B8D41F2A93 – Impegno di spesa."}},
{"file": "ordinanza-galtelli-glyphs.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente of the Sindaco of Galtellì (Sardinia), 2 pages: the number is printed only in the running head 'Ordinanza n. 33/2026 – pag. X di 2'; the date ('Galtellì, 13 maggio 2026') is on page 2 above the signature; every glyph its own text object, lines justified by moving glyphs (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Galtellì", "organ": "Sindaco", "kind": "ordinanza", "number": 33, "date": "2026-05-13",
  "subject": "Chiusura temporanea al transito veicolare e pedonale della strada comunale Galtellì – Monte Tuttavista, nel tratto compreso tra il bivio per la località Sos Littos e l'area di sosta della cava dismessa, per lavori urgenti di consolidamento della scarpata."}},
{"file": "avviso-tusa-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the Area Tecnica of Tusa (Sicily) on façade-renovation grants: letter-spaced 'A V V I S O' (microtype), title on two lines the first of which ends with a dash, small-caps Area/Ufficio line, protocol and date on one line (pdfLaTeX, Latin Modern)",
 "act": {"municipality": "Comune di Tusa", "organ": "Area Tecnica", "office": "Ufficio Urbanistica ed Edilizia Privata", "kind": "avviso", "date": "2026-05-14",
  "subject": "CONTRIBUTI PER IL RECUPERO DELLE FACCIATE DEGLI EDIFICI – CENTRO STORICO E CASTEL DI TUSA, ANNUALITÀ 2026"}},
{"file": "determinazione-santaseverina-word.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Santa Severina (Calabria), a Word document: the page header holds a picture-only letterhead (crest and name are pixels) and a header table (Area/Servizio | Registro Generale N. 289 del 13/05/2026 | Registro di Area N. 61 del 12/05/2026); the Comune's name as text only in the body and the footer; points 1)-4) (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santa Severina", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Culturali, Turistici e Sportivi", "kind": "determinazione",
  "number": 289, "sector_number": 61, "date": "2026-05-13",
  "subject": "Concessione del contributo all'Associazione Turistica Pro Loco di Santa Severina per l'organizzazione dei festeggiamenti in onore di Sant'Anastasia – anno 2026. Impegno di spesa."}},
{"file": "deliberazione-caronia-groff.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 21/2026 of Caronia (Sicily), presided by the Presidente del Consiglio: boxed OGGETTO, date and time in words, roll of 12 in two side-by-side ruled blocks with P/A columns, majority vote with counts, separate immediate-executivity vote (groff -ms + tbl, gropdf, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Caronia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 21, "date": "2026-05-14", "time": "19:30",
  "proposal_number": 27, "proposal_date": "2026-04-28", "proposing_office": "Area Amministrativa",
  "subject": "Approvazione del Regolamento comunale per l’istituzione e il funzionamento della Consulta giovanile.",
  "attendees": [A("LA SPADA Carmelo", "Consigliere"), A("GUIDARA Lucia", "Consigliere"), A("CONTI Sebastiano", "Consigliere"), A("FERRARO Maria Rita", "Consigliere"),
                A("MANCUSO Calogero", "Consigliere", False), A("MARINO Salvatore", "Consigliere"), A("PIDALÀ Vincenza", "Consigliere"), A("SAMPERI Nicola", "Consigliere", False),
                A("TUDISCA Agata", "Consigliere"), A("ZINGALES Mario", "Consigliere"), A("CASTROVINCI Ilenia", "Consigliere"), A("BONOMO Giacomo", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Carmelo La Spada"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Antonino Pintabona"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-aslsulcis-chromium.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE 742/2026 of the Azienda Socio-Sanitaria Locale n. 7 del Sulcis (Sardinia): label/value grid (Numero, Struttura, Proposta 'PDET n. 801 del 11/05/2026', RUP), shaded OGGETTO, 5 numbered points (headless Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Azienda Socio-Sanitaria Locale n. 7 del Sulcis", "organ": "DIRETTORE DELLA S.C. SERVIZIO TECNICO, PATRIMONIO E LOGISTICA",
  "office": "S.C. Servizio Tecnico, Patrimonio e Logistica", "kind": "determinazione", "number": 742, "date": "2026-05-13",
  "proposal_number": 801, "proposal_date": "2026-05-11",
  "subject": "Lavori di adeguamento antincendio del Presidio Ospedaliero “Sirai” di Carbonia – Approvazione del certificato di regolare esecuzione e liquidazione dello stato finale alla ditta Sulcis Impianti S.r.l. – CUP B12C24000370002 – CIG B31A7E90F5."}},
{"file": "convocazione-terredelcampidano-fpdf.pdf", "role": "notice",
 "what": "letter of the Presidente convening the Assemblea of the Unione dei Comuni Terre del Campidano (Sardinia) for 20/05/2026 at 18:00, prot. 987 of 11/05/2026, 8-item agenda; letterhead and a foot repeating the protocol are drawn on both pages (fpdf2 header()/footer())",
 "act": {"municipality": "Unione dei Comuni Terre del Campidano", "kind": "convocazione", "date": "2026-05-11",
  "subject": "Convocazione dell'Assemblea dell'Unione in seduta ordinaria – 20 maggio 2026."}},
{"file": "deliberazione-cacip-openpdf.pdf", "role": "act",
 "what": "deliberation 27/2026 of the Consiglio di Amministrazione of CACIP – Consorzio Industriale Provinciale di Cagliari (Sardinia): label grid (Deliberazione n. | Seduta del | Ora di inizio), roll table with 'Presente'/'Assente' written out and titles in the name cells, Direttore Generale as secretary, 4 numbered points the last of which declares immediate executivity; running head from page 2 (Java, OpenPDF 1.3.30)",
 "operative_points": 4,
 "act": {"municipality": "Consorzio Industriale Provinciale di Cagliari", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 27, "date": "2026-05-13", "time": "10:30",
  "subject": "Agglomerato industriale di Macchiareddu - Lavori di rifacimento della segnaletica orizzontale e verticale della viabilità consortile - Approvazione del progetto esecutivo - CUP G27H26000310005.",
  "attendees": [A("Salvatore Mattana", "Presidente"), A("Maria Antonietta Deiana", "Vice Presidente"), A("Roberto Cocco", "Consigliere", False), A("Giulia Serra", "Consigliere"), A("Franco Melis", "Consigliere")],
  "president": {"title": "Dott.", "role": "Presidente", "name": "Salvatore Mattana"},
  "secretary": {"title": "Ing.", "role": "Direttore Generale", "name": "Efisio Loi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "attestazione-cattolicaeraclea-enscript.pdf", "role": "certificate",
 "what": "attestazione of publication and executivity of Giunta Municipale deliberation 44 of 07/05/2026 (register n. 356/2026, published 11/05-26/05/2026): an 80-column Courier form with dotted leaders and ===/--- rules (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Cattolica Eraclea", "organ": "GIUNTA MUNICIPALE", "kind": "attestazione", "number": 44, "date": "2026-05-07",
  "subject": "Adesione al progetto \"Biblioteche aperte d’estate 2026\" promosso dal Sistema bibliotecario provinciale e approvazione dello schema di accordo di collaborazione con l’Istituto Comprensivo \"Luigi Pirandello\".",
  "immediately_executive": True}},
{"file": "allegato-lungro-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 88 of 12/05/2026 of Lungro / Bashkia e Ungrës (Calabria, Arbëresh community): apportionment of grants to 7 cultural associations, spreadsheet with merged title rows and a totals row, landscape (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Lungro"}},
{"file": "decreto-seneghe-reportlab.pdf", "role": "act",
 "what": "decreto sindacale 'n. 4 del 11.5.2026' of Seneghe (Sardinia) appointing the head of the Area Tecnica: letterhead as a Form XObject, each justified line with its own Tw, headings letter-spaced with Tc, Albo stamp rotated 90° in the left margin and drawn first, signature drawn before the body, date also in words at the end (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Seneghe", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-05-11",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000 per il periodo dal 15 maggio al 31 dicembre 2026."}},
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
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
