# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-santangelolodigiano-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 34 of 12.3.2026, letterhead in capitals with a typographic apostrophe (COMUNE DI SANT’ANGELO LODIGIANO); roll table with P/A cross columns (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sant’Angelo Lodigiano", "organ": "Giunta comunale", "kind": "deliberazione", "number": 34, "date": "2026-03-12", "time": "17:30",
  "subject": "Approvazione dello schema di convenzione con l’Associazione “Amici del Castello Bolognini” per la gestione delle visite guidate al Castello Morando Bolognini – anno 2026.",
  "attendees": [A("BIANCHI Cristiano", "Sindaco"), A("FERRARI Elisa", "Vice Sindaco"), A("ROSSETTI Marco", "Assessore", False), A("GUARNIERI Paola", "Assessore"), A("BOSONI Luca", "Assessore")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Cristiano Bianchi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Antonella Sacchi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-casteldaiano-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 21, R.G. 97 of 05/03/2026, proposal 112 of 02/03/2026; spaced-letter letterhead and R.G. number repeated in the running head of both pages (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castel d’Aiano", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici, Patrimonio e Ambiente", "kind": "determinazione",
  "number": 97, "sector_number": 21, "date": "2026-03-05", "proposal_number": 112, "proposal_date": "2026-03-02",
  "subject": "Sgombero neve e trattamento antigelo delle strade comunali nelle frazioni di Rocca di Roffeno, Santa Lucia e Villa d’Aiano – stagione invernale 2025/2026 – integrazione impegno di spesa a favore della ditta Tondi Scavi s.r.l. – CIG B9D4417C2A."}},
{"file": "deliberazione-sangiovannidifassa-civilia.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7 of 24.02.2026 of a Comune born of a merger with an Italian-Ladin name (San Giovanni di Fassa – Sèn Jan); heading letter-spaced with Tc, paragraphs justified with Tw; roll in prose; majority vote with counts",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Giovanni di Fassa – Sèn Jan", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-02-24", "time": "20:00",
  "subject": "Approvazione del Regolamento per l’applicazione dell’imposta di soggiorno comunale a decorrere dal 1° giugno 2026.",
  "attendees": [A("Giulia Pederiva", "Sindaca"), A("Stefano Zulian", "Vicesindaco"), A("Franco Rizzi", "consigliere"), A("Martina Lorenz", "consigliera"), A("Paolo Detomas", "consigliere"),
                A("Ilaria Soraperra", "consigliera"), A("Nicola Chiocchetti", "consigliere"), A("Sara Bernard", "consigliera"), A("Luigi Vian", "consigliere"), A("Erika Weiss", "consigliera"),
                A("Tobia Trottner", "consigliere", False), A("Chiara Cincelli", "consigliera", False), A("Mirko Dantone", "consigliere", False)],
  "president": {"title": "signora", "role": "Sindaca", "name": "Giulia Pederiva"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Mauro Vadagnini"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "ordinanza-artegna-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale 6 of 9 March 2026, Italian with a Friulian heading line (Comun di Dartigne / Ordenance dal Sindic); every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Artegna", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-09",
  "subject": "Divieto di accensione di fuochi all’aperto e di abbruciamento di residui vegetali su tutto il territorio comunale per elevato rischio di incendi boschivi."}},
{"file": "avviso-sampeyre-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO on TARI 2026 of a Comune with its Occitan name (Comuna de Sant Peire); letter-spaced name and heading, small-caps running head and Area line; protocol 1384 in the footer (pdfLaTeX)",
 "act": {"municipality": "Comune di Sampeyre", "organ": "Area Amministrativa", "office": "Servizio Tributi", "kind": "avviso", "date": "2026-03-18",
  "subject": "TARIFFE DEL SERVIZIO DI RACCOLTA DEI RIFIUTI URBANI (TARI) PER L’ANNO 2026 E SCADENZE DI PAGAMENTO"}},
{"file": "determinazione-montescudomontecolombo-chromium.pdf", "role": "act",
 "what": "determinazione of Settore 3 of a hyphenated merged Comune (Montescudo-Monte Colombo): small-caps letterhead, label grid 'N. 58/2026 R.G.' / '16 marzo 2026' / 'Sett. 3 n. 14', body in two CSS columns (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montescudo-Monte Colombo", "organ": "Settore 3 – Servizi alla Persona", "office": "Ufficio Scuola e Trasporti", "kind": "determinazione",
  "number": 58, "sector_number": 14, "date": "2026-03-16",
  "subject": "Servizio di trasporto scolastico per gli alunni delle scuole dell’infanzia e primarie di Montescudo, Monte Colombo e Taverna – proroga tecnica del contratto fino al 30 giugno 2026 – CIG B6F02D7E19."}},
{"file": "deliberazione-unionemontanagrappa-wkhtml.pdf", "role": "act",
 "what": "Giunta deliberation 18 of 19/03/2026 of an Unione Montana; grey-label register grid (ORGANO / DELIBERAZIONE N. / SEDUTA DEL / ORE 18.30); roll table two members per row; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Unione Montana del Grappa", "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 18, "date": "2026-03-19", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEGLI INTERVENTI DI MANUTENZIONE DELLA RETE SENTIERISTICA DEL MASSICCIO DEL GRAPPA – CUP E85B26000120002.",
  "attendees": [A("ZANON Alberto", "Presidente"), A("BONATO Silvia", "Assessore"), A("MARCON Enrico", "Vice Presidente"), A("CECCATO Denis", "Assessore", False),
                A("POSSAMAI Rita", "Assessore"), A("FAVERO Giorgio", "Assessore")],
  "president": {"role": "Presidente", "name": "Alberto Zanon"},
  "secretary": {"title": "dott.", "role": "Segretario dell’Unione", "name": "Claudio Tessaro"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-valledeilaghi-word.pdf", "role": "act",
 "what": "Comitato esecutivo deliberation 23 of 11 March 2026 of a Comunità della Valle (Trentino); spaced-capital name in the Word running head, number/date only in the foot and heading; roll table with merged header cell (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comunità della Valle dei Laghi", "organ": "Comitato esecutivo", "kind": "deliberazione", "number": 23, "date": "2026-03-11", "time": "17:00",
  "subject": "Concessione di contributi alle associazioni di volontariato sociale della Valle dei Laghi per l’anno 2026 – approvazione della graduatoria.",
  "attendees": [A("Bressan Attilio", "Presidente"), A("Pisoni Mariangela", "Vicepresidente"), A("Chistè Renato", "Componente", False), A("Beatrici Nadia", "Componente")],
  "president": {"title": "signor", "role": "Presidente", "name": "Attilio Bressan"},
  "secretary": {"title": "dott.ssa", "role": "Segretario generale", "name": "Laura Graziadei"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "allegato-bimpiave-calc.pdf", "role": "attachment",
 "what": "Allegato A to Assemblea deliberation 5 of 27/02/2026 of a Consorzio BIM: table of the 2026 hydro-power levies over 18 Comuni, merged title and header cells, totals row (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Consorzio dei Comuni del Bacino Imbrifero Montano del Piave"}},
{"file": "certificato-santambrogioditorino-enscript.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 312/2026) of Consiglio comunale deliberation 8 of 26/02/2026, published 03/03–18/03/2026, dated 19/03/2026: 80-column Courier form with a spaced-letter name in a character-drawn box (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Sant’Ambrogio di Torino", "kind": "certificato", "number": 8, "date": "2026-02-26",
  "subject": "APPROVAZIONE DEL PIANO TRIENNALE DI MANUTENZIONE DEI SENTIERI DI ACCESSO ALLA SACRA DI SAN MICHELE 2026-2028."}},
{"file": "convocazione-santannadalfaedo-groff.pdf", "role": "notice",
 "what": "letter convening the Consiglio comunale for 27/03/2026 at 20:30, protocol 2217 of 20/03/2026, five agenda items; letterhead in imitated small caps (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Sant’Anna d’Alfaedo", "organ": "Consiglio comunale", "kind": "convocazione", "date": "2026-03-20",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria – seduta del 27 marzo 2026."}},
{"file": "decreto-santonofrio-apkappa.pdf", "role": "act",
 "what": "decreto sindacale 3 of 25/03/2026 appointing an Area head; letterhead 'CITTÀ DI SANT’ONOFRIO' spaced letters and the foot are Form XObjects; signature and dispositive part drawn before heading and premises",
 "operative_points": 3,
 "act": {"municipality": "Città di Sant’Onofrio", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-25",
  "subject": "Nomina del Responsabile dell’Area Economico-Finanziaria e attribuzione dell’incarico di Elevata Qualificazione per il periodo 1° aprile – 31 dicembre 2026."}},
]
# keyed strings that are deliberately not contiguous in the text layer (see NOTES.md): checked with spaces and box-drawing '|' removed
SPACED = {("certificato-santambrogioditorino-enscript.pdf", "municipality")}
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
    miss = []
    for f, s in strs:
        if (k["file"], f) in SPACED:
            if s.lower().replace(" ", "") not in re.sub(r"[ |]", "", low): miss.append((f, s))
        elif (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low): miss.append((f, s))
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
