# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def VC(p, v, f, c, a): return {"present": p, "voters": v, "in_favour": f, "against": c, "abstained": a}
K = [
{"file": "deliberazione-rezzoaglio-writer.pdf", "role": "act",
 "what": "Giunta deliberation 18 of 24/03/2026 of Rezzoaglio (GE): roll table with separate Presente / Assente columns filled SI/NO and a totals row; date in words in the preamble (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rezzoaglio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-24", "time": "17:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale di Magnasco – CUP B47H26000120004.",
  "attendees": [A("CELLA GIOVANNI", "Sindaco"), A("FOPPIANI LAURA", "Vice Sindaco"), A("MONTEVERDE PIETRO", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Giovanni Cella"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Alessandro Cordano"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-carro-halley.pdf", "role": "act",
 "what": "Consiglio deliberation 7 of 27.3.2026 of Carro (SP) approving the 2025 accounts: the Sindaco in a box of his own above the Consiglieri table (Pres./Ass. X marks); counts 9/8/6/2/1; running head and foot 'pagina n di 2' on both pages (fpdf2, Liberation Sans TTF)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Carro", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-27", "time": "21:00",
  "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025.",
  "attendees": [A("GIANNONI ANTONIO", "Sindaco"), A("BERTONI ELISA", "Consigliere"), A("CANESE MARCO", "Consigliere"), A("DELPINO ROBERTA", "Consigliere"),
                A("FERRARI LUCA", "Consigliere", False), A("GHIGLIONE SIMONE", "Consigliere"), A("LAGOMARSINO ANNA", "Consigliere"), A("MASSA DAVIDE", "Consigliere"),
                A("PARODI CHIARA", "Consigliere", False), A("ROLLANDI FABIO", "Consigliere"), A("SCIUTTO PAOLO", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Antonio Giannoni"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Marina Cavallini"},
  "vote": "majority", "vote_counts": VC(9, 8, 6, 2, 1), "immediately_executive": True}},
{"file": "deliberazione-castelbianco-jiride.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026 of Castelbianco (SV): roll with the role before the name ('Sindaco VIGNOLA MAURIZIO presente'); date and time only in words; lines justified with Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castelbianco", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-31", "time": "12:30",
  "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX SCUOLA DI VESALLO ALL'ASSOCIAZIONE \"AMICI DELLA VAL PENNAVAIRE\" PER IL TRIENNIO 2026-2028.",
  "attendees": [A("VIGNOLA MAURIZIO", "Sindaco"), A("RAINERI SILVIA", "Vice Sindaco"), A("PASTORINO GIACOMO", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Maurizio Vignola"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Gianluca Ferrando"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-bosia-enscript.pdf", "role": "act",
 "what": "Consiglio deliberation 9/2026 of Bosia (CN) on the TARI tariffs: 80-column Courier report, roll printing only the two absent members; counts 9/7/7/0/2 (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bosia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "20:45",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO RIFIUTI E DELLE TARIFFE TARI PER L’ANNO 2026.",
  "attendees": [A("GALLO STEFANO", "Sindaco"), A("BOFFA CARLO", "Consigliere", False), A("MARENGO LUCIA", "Consigliere", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "GALLO STEFANO"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Roberto Bergese"},
  "vote": "majority", "vote_counts": VC(9, 7, 7, 0, 2), "immediately_executive": True}},
{"file": "deliberazione-moncenisio-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 11 of 19/03/2026 of Moncenisio (TO): boxed register line, roll table with a single P/A column (headless Chromium, DejaVu Serif)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Moncenisio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-19", "time": "10:00",
  "subject": "Adesione al progetto transfrontaliero “Sentieri del Cenisio” e approvazione dello schema di accordo di partenariato.",
  "attendees": [A("BELLET Mauro", "Sindaco"), A("GROS Annalisa", "Vicesindaco", False), A("REY Daniele", "Assessore")],
  "president": {"role": "Sindaco", "name": "Mauro Bellet"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Paola Vinassa"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-anteysaintandre-wkhtml.pdf", "role": "act",
 "what": "Consiglio deliberation 6 of 30/03/2026 of Antey-Saint-André (AO): Italian/French letterhead, roll in two side-by-side columns of name and P/A mark; counts 9/9/8/1/0; no immediate executivity (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Antey-Saint-André", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 6, "date": "2026-03-30", "time": "20:30",
  "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE UNICO PATRIMONIALE.",
  "attendees": [A("CHATRIAN Luca", "Sindaco"), A("VUILLERMOZ Marta", "Vicesindaco"), A("BARMASSE Fabrizio", "Consigliere"), A("BICH Roberta", "Consigliere"),
                A("CARREL Nicola", "Consigliere", False), A("DUJANY Elena", "Consigliere"), A("GORRET Ivana", "Consigliere"), A("HERIN Sergio", "Consigliere", False),
                A("MEYNET Chiara", "Consigliere"), A("PESSION Alex", "Consigliere"), A("PERRON Giorgio", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Luca Chatrian"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Ente locale", "name": "Fabio Sarteur"},
  "vote": "majority", "vote_counts": VC(9, 9, 8, 1, 0), "immediately_executive": False}},
{"file": "attestazione-valgrisenche-ascot.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 14 of 17/03/2026 of Valgrisenche (AO), published 20/03-04/04/2026 (register 97/2026): every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Valgrisenche", "kind": "attestazione", "number": 14, "date": "2026-03-17",
  "subject": "Affidamento in concessione del servizio di gestione del rifugio comunale Bezzi per le stagioni estive 2026-2028."}},
{"file": "deliberazione-gorreto-sicraweb.pdf", "role": "act",
 "what": "Consiglio deliberation 5 of 28/03/2026 of Gorreto (GE): letterhead and foot as Form XObjects, roll table (Sindaco inside it, 'MARRE' PIERLUIGI - Sindaco') and signatures drawn before heading and subject; counts 9/9/9/0/0 (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gorreto", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5, "date": "2026-03-28", "time": "18:00",
  "subject": "Approvazione della convenzione per la gestione associata del servizio di segreteria comunale con i Comuni di Fascia e Rondanina.",
  "attendees": [A("MARRE' PIERLUIGI", "Sindaco"), A("BRIGNOLE ADRIANA", "Consigliere"), A("CAMPORA SERGIO", "Consigliere"), A("DAGNINO ROSA", "Consigliere", False),
                A("FIGINI MATTEO", "Consigliere"), A("GRASSO ELENA", "Consigliere"), A("MOLINARI FRANCO", "Consigliere"), A("REBORA GIULIA", "Consigliere"),
                A("TASSO ROBERTO", "Consigliere", False), A("VALLE IRENE", "Consigliere"), A("ZANONI CARLO", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Pierluigi Marre'"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Vincenzo Piccardo"},
  "vote": "unanimous", "vote_counts": VC(9, 9, 9, 0, 0), "immediately_executive": True}},
{"file": "deliberazione-cerveno-latex.pdf", "role": "act",
 "what": "Giunta deliberation 25 of 02.04.2026 of Cerveno (BS): roll in one prose sentence, role before name in small caps; premises set in two columns; running head 'G.C. n. 25/2026' (pdfLaTeX, lmodern, multicol)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cerveno", "organ": "Giunta comunale", "kind": "deliberazione", "number": 25, "date": "2026-04-02", "time": "18:15",
  "subject": "Approvazione del programma delle manifestazioni culturali e turistiche per l’estate 2026 ed erogazione di contributi alla Pro Loco.",
  "attendees": [A("Rizzi Marco", "Sindaco"), A("Bettoni Federica", "Vicesindaco"), A("Ducoli Paolo", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Marco Rizzi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Angela Gheza"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-ornica-word.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Ornica (BG): sector n. 12 and general register n. 41 of 23/03/2026 in a three-cell grid, Area/Servizio in the Word running head, register number repeated in the foot (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ornica", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 41, "sector_number": 12, "date": "2026-03-23",
  "subject": "Affidamento diretto del servizio di sgombero neve sulle strade comunali per la stagione invernale 2026/2027 - CIG B9F21C7A03 - Impegno di spesa."}},
{"file": "convocazione-morterone-groff.pdf", "role": "notice",
 "what": "letter of the Sindaco of Morterone (LC) convening the Consiglio comunale for 2 April 2026 at 20:30 (second call 3 April), prot. 402 of 25/03/2026; 4-item agenda (groff -ms, Times, ps2pdf)",
 "act": {"municipality": "Comune di Morterone", "kind": "convocazione", "date": "2026-03-25",
  "subject": "Convocazione del Consiglio Comunale – sessione ordinaria del 2 aprile 2026."}},
{"file": "allegato-cravanzana-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 16 of 26/03/2026 of Cravanzana (CN): tariffs of the services on individual demand 2026, merged title rows, ruled table, euro amounts in the it_IT locale, landscape fit-to-page (openpyxl .xlsx, LibreOffice Calc)",
 "act": {"municipality": "Comune di Cravanzana"}},
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
    def found(f, s):
        if f == "subject": return s in txt
        if s.lower() in low: return True
        # a role printed only as the heading of its column ("CONSIGLIERI", "Consiglieri") counts as printed
        return f == "role" and s.endswith("e") and (s[:-1] + "i").lower() in low
    miss = [(f, s) for f, s in strs if not found(f, s)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
