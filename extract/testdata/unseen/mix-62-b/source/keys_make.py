# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-castelvetro-gestatti.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 74 of 09/06/2026 of Castelvetro di Modena (Emilia-Romagna): letterhead beside a crest box, number/date/subject in a ruled grid, roll table Cognome e nome | Carica | Presenza with marks P and AG (legend under the table), signatures alone on page 2 (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelvetro di Modena", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 74, "date": "2026-06-09", "time": "15:30",
  "subject": "APPROVAZIONE DEL PROGETTO \"CASTELVETRO ESTATE RAGAZZI 2026\" E DELLE TARIFFE DEI CENTRI ESTIVI COMUNALI PER I BAMBINI DELLA SCUOLA PRIMARIA.",
  "attendees": [A("PALTRINIERI FEDERICO", "Sindaco"), A("GHIDONI ELISA", "Vice Sindaco"), A("BERSELLI MATTEO", "Assessore", False),
                A("CORRADINI SILVIA", "Assessore"), A("TAGLIAZUCCHI ANDREA", "Assessore")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Federico Paltrinieri"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Monica Barbieri"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-gualtieri-padaniaweb.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 31 of Gualtieri (RE), session date in words ('addì otto del mese di giugno', 2026) at 20:45; number in a label box with no date; roll numbered 1-13 in two side-by-side tables with P/A columns; vote counts in a small five-column table; running foot from a CSS page-margin box (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Gualtieri", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 31, "date": "2026-06-08", "time": "20:45",
  "subject": "Approvazione del Regolamento comunale per la disciplina del servizio di trasporto scolastico.",
  "attendees": [A("Fiaccadori Renzo", "Sindaco"), A("Malaguti Sara", "Consigliere"), A("Bigi Cristian", "Consigliere"), A("Ferrari Lucia", "Consigliere"),
                A("Zanichelli Pietro", "Consigliere", False), A("Spaggiari Valentina", "Consigliere"), A("Rinaldini Luca", "Consigliere"),
                A("Catellani Ilaria", "Consigliere"), A("Montanari Giorgio", "Consigliere"), A("Soliani Debora", "Consigliere", False),
                A("Pedroni Stefano", "Consigliere"), A("Azzali Mirco", "Consigliere"), A("Ghirelli Paola", "Consigliere")],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Sara Malaguti"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Alberto Rossi"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-pizzighettone-sipal.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Pizzighettone (CR): 'Registro generale n. 287 del 10/06/2026' and 'Registro di settore n. 58 del 09/06/2026' on one line in a grey band; every line its own BT/ET with Tw justification, headings letter-spaced with Tc; accounting visa at the foot (ReportLab canvas)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pizzighettone", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 287, "sector_number": 58, "date": "2026-06-10",
  "subject": "LAVORI DI CONSOLIDAMENTO DELLA CINTA MURARIA – TRATTO DELLE CASEMATTE DI VIA GHISALBERTI – AFFIDAMENTO DIRETTO DEL SERVIZIO DI VERIFICA DEL PROGETTO ESECUTIVO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 – IMPEGNO DI SPESA – CUP G27B25000210004 – CIG B9F1A27C35"}},
{"file": "decreto-costigliole-astidoc.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO 'n. 7 del 5.6.2026' of Costigliole d'Asti (Piedmont) appointing the head of the financial Area (Elevata Qualificazione); letter-spaced headings (microtype \\textls), date also in words at the end, running foot with the act's number (pdfLaTeX, Times)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Costigliole d’Asti", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-06-05",
  "subject": "Nomina del Responsabile dell’Area Economico-Finanziaria e conferimento dell’incarico di Elevata Qualificazione per il periodo 8 giugno – 31 dicembre 2026."}},
{"file": "avviso-portotolle-polesineweb.pdf", "role": "notice",
 "what": "unnumbered avviso di deposito of variant n. 6 to the Piano degli Interventi (L.R. Veneto 11/2004, art. 18) of Porto Tolle (RO), 11/06/2026: letterhead, foot and protocol stamp (Prot. n. 0009114) are Form XObjects; the page is drawn out of reading order (foot, signature, body bottom-up, stamp, letterhead, title with its second line first); RENDE NOTO letter-spaced with Tc (ReportLab)",
 "act": {"municipality": "Comune di Porto Tolle", "organ": "AREA TECNICA", "office": "Servizio Urbanistica e Edilizia Privata", "kind": "avviso", "date": "2026-06-11",
  "subject": "AVVISO DI DEPOSITO DELLA VARIANTE N. 6 AL PIANO DEGLI INTERVENTI (P.I.) ADOTTATA CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 18 DEL 28/05/2026"}},
{"file": "certificato-castelnuovoscrivia-certipa.pdf", "role": "certificate",
 "what": "CERTIFICATO DI ESECUTIVITÀ of Consiglio Comunale deliberation 22 of 21/05/2026 (Castelnuovo Scrivia, AL): boxed tbl grid Atto / Numero / Data seduta / Oggetto / Pubblicazione (Albo n. 614, 27/05-11/06/2026), [X] executive 07/06/2026 after ten days, [ ] immediately executive; signed 11/06/2026; certificate's own number 41/2026 only in the foot (groff -ms + tbl)",
 "act": {"municipality": "Comune di Castelnuovo Scrivia", "organ": "Consiglio Comunale", "kind": "certificato", "number": 22, "date": "2026-05-21",
  "subject": "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025 e della relazione illustrativa della Giunta comunale.",
  "immediately_executive": False}},
{"file": "allegato-quistello-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 212 of 10/06/2026 of Quistello (MN): apportionment of grants to 36 sports associations, merged title rows, header row repeated on page 2, totals row with a SUM formula, 'Det. n. 212/2026 – Allegato A' in the running head, 'Pagina x di y' in the foot (openpyxl .xlsx -> LibreOffice Calc, landscape)",
 "act": {"municipality": "Comune di Quistello"}},
{"file": "ordinanza-tregnago-kronos.pdf", "role": "act",
 "what": "ORDINANZA N. 19/2026 of the Sindaco of Tregnago (VR) forbidding fires in the summer: a PDF written by hand, every word its own Tm+Tj with no space characters, lines justified by moving words, the page drawn bottom-up, Albo stamp rotated 90° in the left margin drawn first; date only at the foot ('Tregnago, 11 giugno 2026')",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tregnago", "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2026-06-11",
  "subject": "Divieto di accensione di fuochi e di abbruciamento di residui vegetali all'aperto nel periodo di grave pericolosità per gli incendi boschivi in Val d'Illasi – estate 2026."}},
{"file": "determinazione-conselice-romagnatti.pdf", "role": "act",
 "what": "DETERMINAZIONE DEL RESPONSABILE DI SETTORE 'N. 311/2026 R.G. del 10/06/2026' of Conselice (RA): label grid Settore / Servizio / Proposta (n. 362 del 08/06/2026) / Oggetto, bulleted dispositive part, accounting visa under a rule, wkhtmltopdf foot with the number",
 "operative_points": 4,
 "act": {"municipality": "Comune di Conselice", "organ": "SETTORE SERVIZI ALLA PERSONA", "office": "Servizio Casa e Politiche Abitative", "kind": "determinazione",
  "number": 311, "date": "2026-06-10", "proposal_number": 362, "proposal_date": "2026-06-08",
  "subject": "FONDO REGIONALE PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE – ANNO 2026. APPROVAZIONE DELLA GRADUATORIA DEI BENEFICIARI E IMPEGNO DI SPESA."}},
{"file": "convocazione-brebbia-verbanopa.pdf", "role": "notice",
 "what": "letter of the Sindaco of Brebbia (VA) convening the Consiglio comunale for 18/06/2026 at 21:00 (second call 19/06), Prot. n. 3021/2.3 of 10 June 2026, nine-item agenda; letterhead by header() and a protocol/page foot by footer() on both pages; DejaVu embedded as CID fonts (fpdf2)",
 "act": {"municipality": "Comune di Brebbia", "kind": "convocazione", "date": "2026-06-10",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria – seduta del 18 giugno 2026."}},
{"file": "deliberazione-follina-trevisodoc.pdf", "role": "act",
 "what": "Giunta comunale deliberation of Follina (TV): the number only in the Word page header ('Deliberazione n. 58'), the date only in words ('L'anno duemilaventisei addì nove del mese di giugno alle ore 18.00'), roll in prose (present; 'assenti giustificati'), Vice Segretario; not declared immediately executive (python-docx -> LibreOffice, Carlito)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Follina", "organ": "Giunta comunale", "kind": "deliberazione", "number": 58, "date": "2026-06-09", "time": "18:00",
  "subject": "Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco di Follina per la manifestazione \"Follina in Fiore – Mercatino dell'Abbazia 2026\".",
  "attendees": [A("TOMASI Mario", "Sindaco"), A("DE BASTIANI Anna", "Vicesindaco"), A("ZANETTE Luca", "Assessore"),
                A("BOTTEON Elisa", "Assessore", False), A("CASAGRANDE Piero", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Mario Tomasi"},
  "secretary": {"title": "dott.", "role": "Vice Segretario comunale", "name": "Francesco Dal Cin"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "bando-varzi-oltreponet.pdf", "role": "act",
 "what": "BANDO N. 2/2026 of Varzi (PV) for municipal study grants, title on two lines under the heading, approving determinazione in brackets, Area/Servizi and 'Prot. n. 2688 – Varzi, 10/06/2026' above; letterhead and 'Pagina x di y' foot drawn by a page event on both pages; Liberation Serif embedded Identity-H (Java + OpenPDF 1.3.30)",
 "act": {"municipality": "Comune di Varzi", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Scolastici, Culturali e Sportivi", "kind": "bando", "number": 2, "date": "2026-06-10",
  "subject": "ASSEGNAZIONE DI BORSE DI STUDIO COMUNALI A STUDENTI MERITEVOLI RESIDENTI FREQUENTANTI LE SCUOLE SECONDARIE – A.S. 2025/2026"}},
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
    for f in ("number", "sector_number", "proposal_number"):
        if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], txt): miss.append((f, a[f]))
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
