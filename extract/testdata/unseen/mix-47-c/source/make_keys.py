# Writes ../keys.json (the answers) and checks every keyed string against pdftotext -layout (whitespace collapsed).
import json, subprocess, re, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "delibera-bellano-dasein.pdf", "role": "act",
  "what": "Giunta deliberation 27/2026 (LibreOffice Writer, Dasein-like): register box ORIGINALE/N./Data, subject under OGGETTO:, roll as a table with X in Presente/Assente columns, 5 numbered points, running head and signature footer",
  "operative_points": 5,
  "act": {"municipality": "Comune di Bellano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-12", "time": "18:30",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEL LUNGOLAGO DI VIA VITTORIO VENETO – CUP F47H25001230004",
   "attendees": [A("PEDRAZZINI MARCO", "Sindaco"), A("TENDERINI ELISA", "Vice Sindaco"), A("CODEGA GIANLUIGI", "Assessore", False), A("MANZONI FEDERICA", "Assessore"), A("BUZZELLA ROBERTO", "Assessore")],
   "president": {"title": "Sig.", "role": "Sindaco", "name": "Marco Pedrazzini"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Spreafico"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-borghettosantospirito-isiweb.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (Chromium from HTML, ISIweb-like): label grid Numero/Data/Seduta, OGGETTO box, roll of 13 in two numbered columns with P/A, vote counts in prose, 4 numbered points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Borghetto Santo Spirito", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-02-27", "time": "20:45",
   "subject": "APPROVAZIONE DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICHE",
   "attendees": [A("CANEPA GIANCARLO", "Sindaco"), A("ODDERA FABRIZIO", "Presidente"), A("PERSICO LUCIA", "Consigliere"), A("VIGNOLO ANDREA", "Consigliere"),
     A("FERRO DANIELA", "Consigliere"), A("BRUZZONE LUCA", "Consigliere", False), A("ARECCO STEFANO", "Consigliere"), A("ROSSELLO MATTEO", "Consigliere"),
     A("BOTTARO ILARIA", "Consigliere", False), A("GAGGERO SIMONE", "Consigliere"), A("DELFINO CHIARA", "Consigliere"), A("MURATORE PIETRO", "Consigliere"), A("SCARRONE MARTA", "Consigliere")],
   "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Fabrizio Oddera"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Paolo Marenco"},
   "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1}, "immediately_executive": True}},
 {"file": "delibera-palazzosangervasio-reportlab.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 (ReportLab): number and date in words under the title, OGGETTO: in a box, roll as prose (present, then the absent one), 4 lettered points a)-d), relata box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Palazzo San Gervasio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-17", "time": "13:15",
   "subject": "Concessione contributo straordinario all'Associazione Pro Loco di Palazzo San Gervasio per l'organizzazione della manifestazione «Palazzo in Festa 2026». Atto di indirizzo.",
   "attendees": [A("MASTRO Michele", "Sindaco"), A("LAROCCA Anna", "Vice Sindaco"), A("CILLIS Donato", "Assessore"), A("TANCREDI Rosa", "Assessore", False)],
   "president": {"title": "Avv.", "role": "Sindaco", "name": "Michele Mastro"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Vito Summa"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-inzago-genexus.pdf", "role": "act",
  "what": "determinazione, general register 112 and sector register 38 of 10/03/2026, proposal 141 of 06/03/2026 (OpenPDF, GeneXus-like boxed label grid under Settore/Servizio heading), 4 numbered points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Inzago", "organ": "Settore Gestione del Territorio", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
   "number": 112, "sector_number": 38, "date": "2026-03-10",
   "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – PERIODO APRILE/OTTOBRE 2026 – IMPEGNO DI SPESA – CIG B7A1C2D3E4",
   "proposal_number": 141, "proposal_date": "2026-03-06"}},
 {"file": "determina-monteriggioni-jsreport.pdf", "role": "act",
  "what": "determinazione 203/2026 (wkhtmltopdf, jsreport-like HTML template): Area bar and Servizio under it, number and date in the title line and the running head, subject as an unlabelled title block, 3 bulleted points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Monteriggioni", "organ": "Area Servizi alla Persona", "office": "Servizio Pubblica Istruzione e Trasporto Scolastico", "kind": "determinazione",
   "number": 203, "date": "2026-03-11",
   "subject": "INTEGRAZIONE DELL'IMPEGNO DI SPESA PER IL SERVIZIO DI MENSA SCOLASTICA A.S. 2025/2026 – LOTTO UNICO – CIG A0B1C2D3E5 – SECONDO SEMESTRE"}},
 {"file": "determina-salemi-tinymce.pdf", "role": "act",
  "what": "determinazione, sector n. 57 of 09/03/2026, general register n. 298 of 10/03/2026 (TCPDF writeHTML of editor-made HTML): two-cell register table, OGGETTO:, 3 points numbered 1)-3) in one paragraph",
  "operative_points": 3,
  "act": {"municipality": "Comune di Salemi", "organ": "Settore II – Servizi Finanziari", "office": "Servizio Tributi", "kind": "determinazione",
   "number": 298, "sector_number": 57, "date": "2026-03-10",
   "subject": "Rimborso somme indebitamente versate a titolo di TARI anno 2024 – contribuente omissis (pos. 4471) – Impegno e liquidazione."}},
 {"file": "ordinanza-trevignanoromano-powerpdf.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente 14/2026 (Word .docx converted by LibreOffice, as a Power PDF print of a Word file): protocol in the page header, OGGETTO: with hanging indent, 3 numbered ORDINA points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Trevignano Romano", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-03-13",
   "subject": "Chiusura temporanea del parco giochi comunale di Via della Rena per pericolo di caduta di alberature a seguito degli eventi atmosferici del 10 marzo 2026."}},
 {"file": "avviso-valdimerse-starttoscana.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 of an Unione (fpdf2, START Toscana market-survey model): protocol box, Area/Servizio heading, banner title, Oggetto: between rules, numbered sections and a lot table",
  "act": {"municipality": "Unione dei Comuni della Val di Merse", "organ": "Area Tecnica", "office": "Servizio Associato Viabilità e Protezione Civile", "kind": "avviso",
   "number": 3, "date": "2026-03-16",
   "subject": "INDAGINE DI MERCATO PER L'AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLA VIABILITÀ DI COMPETENZA DELL'UNIONE – STAGIONI INVERNALI 2026/2027 E 2027/2028"}},
 {"file": "attestazione-nepi-harbour.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 33 of 05/03/2026, published 09/03-24/03/2026 (reg. 412/2026): monospace Courier text print of a text-mode application, fields as label: value",
  "act": {"municipality": "Comune di Nepi", "kind": "attestazione", "number": 33, "date": "2026-03-05",
   "subject": "ADESIONE ALLA CAMPAGNA \"PULIAMO IL MONDO 2026\" - ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLA GIORNATA ECOLOGICA COMUNALE"}},
 {"file": "allegato-aidone-excel.pdf", "role": "attachment",
  "what": "Allegato A) to determinazione 74/2026: list of 28 beneficiaries of school-book grants, an Excel sheet printed by LibreOffice Calc (header, repeated column titles, page footer)",
  "act": {"municipality": "Comune di Aidone"}},
 {"file": "convocazione-cercemaggiore-pdflatex.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 26/03/2026 (pdflatex letter layout): protocol and date on one line, addressees block, centred title, numbered agenda",
  "act": {"municipality": "Comune di Cercemaggiore", "kind": "convocazione", "date": "2026-03-16",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA"}},
 {"file": "avviso-pescolanciano-quarkxpress.pdf", "role": "notice",
  "what": "unnumbered poster notice of a water cut (hand-written PostScript distilled by Ghostscript, QuarkXPress-like A4 poster): coloured band letterhead, huge AVVISO, red two-line title",
  "act": {"municipality": "Comune di Pescolanciano", "office": "Ufficio Tecnico Comunale", "kind": "avviso", "date": "2026-03-17",
   "subject": "SOSPENSIONE TEMPORANEA DELL’EROGAZIONE IDRICA NEL CENTRO STORICO"}},
]
json.dump(K, open("keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; vals = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: vals.append((f, a[f]))
    for p in a.get("attendees", []): vals += [("att", p["name"]), ("role", p["role"])]
    for r in ("president", "secretary"):
        if r in a: vals += [(r, a[r]["name"]), (r, a[r]["role"]), (r, a[r].get("title", ""))]
    for f, v in vals:
        if norm(v) not in txt: print("MISSING", k["file"], f, repr(v)); bad += 1
print("missing:", bad)
