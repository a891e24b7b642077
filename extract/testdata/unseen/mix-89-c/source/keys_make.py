# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "manifesto-roccavaldina-kibernetes.pdf", "role": "notice",
 "what": "manifesto of the Sindaco (IL SINDACO ... RENDE NOTO) convening the comizi elettorali for 24-25 May 2026, double border, title in capitals over two lines; every glyph its own text object, lines justified by moving words; Albo stamp rotated 90° in the left margin (reportlab canvas)",
 "act": {"municipality": "Comune di Roccavaldina", "organ": "Sindaco", "kind": "avviso", "date": "2026-04-09",
  "subject": "COMIZI ELETTORALI PER L'ELEZIONE DIRETTA DEL SINDACO E DEL CONSIGLIO COMUNALE"}},
{"file": "verbale-siddi-groff.pdf", "role": "act",
 "what": "VERBALE N. 4 DEL 04/05/2026 of the Commissione Elettorale Comunale naming the scrutatori, roll as a boxed tbl table with SI/NO, supplementary member replacing the absent one, points 1.-3. (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Siddi", "organ": "Commissione Elettorale Comunale", "office": "Ufficio Elettorale", "kind": "verbale", "number": 4, "date": "2026-05-04", "time": "10:00",
  "subject": "Nomina degli scrutatori per le elezioni comunali del 24 e 25 maggio 2026.",
  "attendees": [A("ATZENI ROBERTO", "Sindaco - Presidente"), A("PIRAS MARIA LUISA", "Componente effettivo"), A("MELIS GIOVANNI", "Componente effettivo", False), A("CONTU ANTONELLA", "Componente effettivo")],
  "president": {"role": "Presidente", "name": "Roberto Atzeni"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Franca Lecis"},
  "vote": "unanimous"}},
{"file": "avviso-petrizzi-wkhtml.pdf", "role": "notice",
 "what": "AVVISO of the Servizi Demografici ed Elettorali on voting cards and extraordinary opening hours, Prot. n. 2318 del 12.5.2026, table of hours (wkhtmltopdf)",
 "act": {"municipality": "Comune di Petrizzi", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Demografici ed Elettorali", "kind": "avviso", "date": "2026-05-12",
  "subject": "RILASCIO DELLE TESSERE ELETTORALI E APERTURA STRAORDINARIA DELL'UFFICIO ELETTORALE"}},
{"file": "avviso-palazzoadriano-word.pdf", "role": "notice",
 "what": "Ufficio Tributi notice on the IMU 2026 first instalment (16 June 2026), issuer in the Word running head, title in capitals over two lines, rates table (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Palazzo Adriano", "organ": "SETTORE II – ECONOMICO FINANZIARIO", "office": "Ufficio Tributi", "kind": "avviso", "date": "2026-05-20",
  "subject": "IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO 2026 SCADENZA DELL'ACCONTO AL 16 GIUGNO 2026"}},
{"file": "avviso-ussaramanna-halley.pdf", "role": "notice",
 "what": "TARI 2026 instalments notice as an 80-column Courier report in capitals, dotted-leader label lines PROT./DATA, character-drawn table, letter-spaced 'A V V I S O' (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Ussaramanna", "organ": "AREA FINANZIARIA", "office": "UFFICIO TRIBUTI", "kind": "avviso", "date": "2026-04-15",
  "subject": "TASSA SUI RIFIUTI (TARI) ANNO 2026 - SCADENZE DI PAGAMENTO"}},
{"file": "bando-acquaro-latex.pdf", "role": "act",
 "what": "BANDO DI CONCORSO N. 1/2026 (one part-time administrative post), Prot. n. 1472, Acquaro 23/03/2026; letter-spaced headings and small-caps Area line (microtype), running head and 'Pag. X di Y' foot, date in words at the end (pdfLaTeX, Times)",
 "act": {"municipality": "Comune di Acquaro", "organ": "Area Amministrativa", "office": "Servizio Personale", "kind": "bando", "number": 1, "date": "2026-03-23",
  "subject": "PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE – AREA DEGLI ISTRUTTORI – A TEMPO PARZIALE (24 ORE) E INDETERMINATO"}},
{"file": "esito-maiera-fpdf.pdf", "role": "notice",
 "what": "AVVISO DI APPALTO AGGIUDICATO (esito di gara) with label grid (Oggetto, CUP/CIG, determinazione R.G. n. 97 del 31/03/2026, winner) and offers table; header()/footer() repeated (fpdf2)",
 "act": {"municipality": "Comune di Maierà", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-04-02",
  "subject": "Lavori di consolidamento del costone roccioso sottostante il centro storico – via Castello"}},
{"file": "graduatoria-calamonaci-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 58/2026: GRADUATORIA DEFINITIVA of a cantiere di servizi, 12 applicants by protocol and initials, merged header cells (Punteggio over ISEE/Nucleo/Totale) (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Calamonaci"}},
{"file": "convocazione-plataci-apkappa.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio Comunale convening the Consiglio for 29/04/2026 at 17:30 (second call 30/04), Prot. n. 1204, 'Plataci, 20/04/2026'; letterhead (with the Arbëresh name) and foot are Form XObjects; agenda and signature drawn before the letterhead and heading (reportlab)",
 "act": {"municipality": "Comune di Plataci", "kind": "convocazione", "date": "2026-04-20",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 29 aprile 2026."}},
{"file": "avviso-condro-chromium.pdf", "role": "notice",
 "what": "AVVISO of the Ufficio Elettorale on home voting and assisted voting, letter-spaced title, body in two CSS columns with a rule, protocol box at top right (headless Chromium)",
 "act": {"municipality": "Comune di Condrò", "organ": "Sindaco", "office": "Ufficio Elettorale Comunale", "kind": "avviso", "date": "2026-04-28",
  "subject": "ELEZIONI COMUNALI DEL 24 E 25 MAGGIO 2026 – VOTO DOMICILIARE E VOTO ASSISTITO"}},
{"file": "certificato-staiti-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 22 of 16/04/2026, published 17/04-02/05/2026 (register n. 118), label table, justified text (ReportLab platypus)",
 "act": {"municipality": "Comune di Staiti", "kind": "certificato", "number": 22, "date": "2026-04-16",
  "subject": "Approvazione dello schema di convenzione con l'Associazione \"Pro Loco Staiti\" per la gestione del Museo della civiltà contadina – anno 2026."}},
{"file": "avviso-tuili-writer.pdf", "role": "notice",
 "what": "numbered avviso 'N. 2/2026 Reg. Avvisi' of the Sindaco inviting applications to the albo dei presidenti di seggio, number box beside the letterhead, title in capitals (HTML opened by LibreOffice Writer)",
 "act": {"municipality": "Comune di Tuili", "organ": "Sindaco", "office": "Servizio Elettorale", "kind": "avviso", "number": 2, "date": "2026-10-05",
  "subject": "AGGIORNAMENTO DELL'ALBO DELLE PERSONE IDONEE ALL'UFFICIO DI PRESIDENTE DI SEGGIO ELETTORALE"}},
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
