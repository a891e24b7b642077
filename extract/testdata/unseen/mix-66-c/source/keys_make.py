# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-cavedine-openpdf.pdf", "role": "act",
 "what": "Giunta comunale deliberation 112/2026 of Cavedine (TN), Trentino minute: date and hour in words and figures, roll that marks only the absences (Assenti giust. / ingiust.), OpenPDF with TrueType fonts embedded as CID (Identity-H), running head with the act's number and 'Pagina X di Y' on both pages",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cavedine", "organ": "Giunta comunale", "kind": "deliberazione", "number": 112, "date": "2026-10-06", "time": "18:00",
  "subject": "Lavori di sistemazione e allargamento della strada comunale Vigo Cavedine – Stravino. Approvazione del progetto esecutivo. CUP D47H26000310004.",
  "attendees": [A("PEDERZOLLI MARTA", "Sindaco"), A("BOLOGNANI FABIO", "Vicesindaco"), A("COMAI SILVIA", "Assessore"), A("CHISTÈ RENATO", "Assessore", False), A("TOMASI ELISA", "Assessore")],
  "president": {"title": "signora", "role": "Sindaco", "name": "Marta Pederzolli"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Paolo Zanetti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-montedinove-halley.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 57/2026 of Montedinove (AP), Halley-like 'copia di deliberazione' (Numero 57 Del 05-10-2026 in a box, roll with P/A marks, pareri and attestato di pubblicazione): a custom PDF writer with Type 3 fonts drawn from Liberation Sans outlines (ToUnicode), one Td per glyph and no space glyphs, the running foot drawn first on each page",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montedinove", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 57, "date": "2026-10-05", "time": "12:30",
  "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON IL COMUNE DI ROTELLA PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - PERIODO 01.11.2026 - 31.10.2029.",
  "attendees": [A("ALESSANDRINI ANTONIO", "SINDACO"), A("CAPRIOTTI LUCIA", "VICESINDACO"), A("VAGNONI MARCO", "ASSESSORE", False)],
  "president": {"title": "Signor", "role": "SINDACO", "name": "ALESSANDRINI ANTONIO"},
  "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "FELICI ROBERTA"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-fosdinovo-pdfbox.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 41/2026 of Fosdinovo (MS): PDFBox 3 with one Tm+Tj per glyph (spaces included), a two-column grid of labels (Numero | Data, Seduta | Ore), a roll of 13 in two side-by-side blocks with P/A, majority vote with counts and names, a 'Documento firmato digitalmente' note rotated up the left margin and a running head/foot with the act's number on both pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di Fosdinovo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 41, "date": "2026-09-29", "time": "21:00",
  "subject": "Approvazione del Regolamento comunale per la gestione e la valorizzazione dei castagneti di proprietà comunale.",
  "attendees": [A("BERTOLUCCI Gianna", "Sindaco"), A("AMBROSINI Luca", "Consigliere"), A("TONELLI Sara", "Consigliere"), A("BACCIOLI Marco", "Consigliere"),
                A("FRANCHINI Elisa", "Consigliere", False), A("GIROMINI Paolo", "Consigliere"), A("LAZZERINI Chiara", "Consigliere"),
                A("MARCHETTI Stefano", "Consigliere"), A("NERI Valentina", "Consigliere"), A("PAOLINI Andrea", "Consigliere", False),
                A("RICCI Federico", "Consigliere"), A("BELLOTTI Monica", "Consigliere"), A("VANNUCCI Roberto", "Consigliere")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Gianna Bertolucci"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Chiara Benedetti"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-fornidisopra-insiel.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica e Manutentiva of Forni di Sopra (UD), Reg. Gen. 287 and Reg. Area 94 of 02/10/2026, proposal 311 of 30/09/2026, in a two-column header grid (Area/Servizio left, registers right); ReportLab canvas with Tw on every justified line and Tc letter-spaced letterhead and headings; running head/foot with the number on both pages",
 "operative_points": 5,
 "act": {"municipality": "Comune di Forni di Sopra", "organ": "AREA TECNICA E MANUTENTIVA", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 287, "sector_number": 94, "date": "2026-10-02", "proposal_number": 311, "proposal_date": "2026-09-30",
  "subject": "Affidamento diretto del servizio di sgombero neve e spargimento di materiale antigelo sulle strade comunali e sui parcheggi pubblici per la stagione invernale 2026/2027 - CIG B9F2A41C7E. Impegno di spesa."}},
{"file": "determinazione-castellotesino-latex.pdf", "role": "act",
 "what": "determinazione 73/2026 'di data 1 ottobre 2026' of the Responsabile del Servizio Affari generali of Castello Tesino (TN): pdfLaTeX (Latin Modern), a ruled grid Servizio/Ufficio/Responsabile, letter-spaced headings (microtype), running head with the number and foot 'pag. X di Y' on both pages",
 "operative_points": 5,
 "act": {"municipality": "Comune di Castello Tesino", "organ": "SERVIZIO AFFARI GENERALI", "office": "Ufficio Cultura, Biblioteca e Turismo", "kind": "determinazione",
  "number": 73, "date": "2026-10-01",
  "subject": "Fornitura di arredi e scaffalature per la nuova sezione ragazzi della Biblioteca comunale di Castello Tesino. Affidamento diretto alla ditta Arredi Valsugana S.n.c. di Borgo Valsugana. CIG B8E3C2D917. Impegno di spesa."}},
{"file": "determinazione-montepaone-chromium.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Montepaone (CZ), 'N. 47/2026 R.S. del 06.10.2026' and 'Reg. Gen. n. 311 del 07.10.2026', proposal 402 of 05.10.2026, in a two-column header grid of small labels; letter-spaced letterhead (CSS letter-spacing) whose name pdftotext reads spaced out; foot in the @page margin boxes on both pages (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montepaone", "organ": "AREA TECNICA", "office": "Settore Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-10-07", "proposal_number": 402, "proposal_date": "2026-10-05",
  "subject": "Lavori di messa in sicurezza e riqualificazione del lungomare di Montepaone Lido – Approvazione dello stato finale e del certificato di regolare esecuzione – Liquidazione del saldo all'impresa. CUP J87H24000560002 – CIG A04F7C21B3."}},
{"file": "decreto-sequals-gofpdf.pdf", "role": "act",
 "what": "Decreto del Sindaco 9/2026 of Sequals / Secuals (PN), appointment of a responsible with an Elevata Qualificazione: Go + go-pdf/fpdf, core Times with Tw-justified MultiCell lines, running head with the decree's number and 'Pagina X di Y' foot on both pages; signature and acceptance alone on page 2",
 "operative_points": 5,
 "act": {"municipality": "Comune di Sequals", "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2026-10-05",
  "subject": "Nomina del Responsabile del Servizio Tecnico Manutentivo e conferimento dell'incarico di Elevata Qualificazione per il periodo dal 6 ottobre al 31 dicembre 2026."}},
{"file": "decreto-castelsaraceno-fpdf.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 11/2026 of Castelsaraceno (PZ), designation of the Responsabile per la Transizione al Digitale: number in a shaded box beside the letterhead (Prot. n. 3187 under it) and in the running foot, date only in words in the closing line, relata di notifica under the signature; fpdf2 with DejaVu as CID (Identity-H) fonts",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castelsaraceno", "organ": "Sindaco", "kind": "decreto sindacale", "number": 11, "date": "2026-10-02",
  "subject": "Designazione del Responsabile per la Transizione al Digitale (RTD) ai sensi dell'art. 17 del D.Lgs. 7 marzo 2005, n. 82."}},
{"file": "ordinanza-gorgoglione-xobject.pdf", "role": "act",
 "what": "ordinanza sindacale 23/2026 of Gorgoglione (MT), weight limit on a bridge: letterhead and foot are Form XObjects; the content stream runs backwards (foot, rotated 'Documento firmato digitalmente' margin note, Albo stamp 'Reg. pubbl. n. 512', signature, points last-first, premises, heading, letterhead last); Tw-justified lines (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Gorgoglione", "organ": "Sindaco", "kind": "ordinanza", "number": 23, "date": "2026-10-08",
  "subject": "Divieto di transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sul ponte della strada comunale Fondovalle del Sauro, in località Piano delle Fosse, per l'esecuzione di verifiche strutturali."}},
{"file": "avviso-capraiaisola-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the Area Amministrativa of Capraia Isola (LI) on the residents' ferry-fare cards for 2027: Word model with the letterhead as a table in the page header, letter-spaced 'AVVISO' (w:spacing), PAGE/NUMPAGES fields in the foot, numbered conditions under RENDE NOTO (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Capraia Isola", "organ": "Area Amministrativa", "office": "Servizi al Cittadino", "kind": "avviso", "date": "2026-10-05",
  "subject": "RILASCIO E RINNOVO DELLE TESSERE DI RESIDENTE PER LE TARIFFE AGEVOLATE DEL SERVIZIO DI COLLEGAMENTO MARITTIMO – ANNO 2027"}},
{"file": "avviso-spilinga-wkhtml.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 of Spilinga (VV) for school-book grants 2026/2027, Prot. n. 4412 and date in a row above the heading, articles in two columns side by side (wkhtmltopdf)",
 "act": {"municipality": "Comune di Spilinga", "organ": "Area Amministrativa", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "avviso", "number": 4, "date": "2026-10-07",
  "subject": "FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO – ANNO SCOLASTICO 2026/2027"}},
{"file": "attestazione-castelleonedisuasa-groff.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 418, 02/10-17/10/2026) and of executivity (12/10/2026, after ten days) of Giunta deliberation 63 of 29/09/2026, issued 19/10/2026; the act's particulars in a ruled tbl grid of labels (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Castelleone di Suasa", "organ": "Giunta Comunale", "kind": "attestazione", "number": 63, "date": "2026-09-29",
  "subject": "Concessione in comodato gratuito all'Associazione Pro Loco Castelleone di Suasa dei locali del piano terra dell'ex Convento di San Francesco per le attività di promozione turistica – periodo 2026-2028.",
  "immediately_executive": False}},
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
assert len(K) == 12
files = sorted(f for f in os.listdir(D) if f.endswith(".pdf"))
assert files == sorted(k["file"] for k in K), files
raise SystemExit(1 if bad else 0)
