# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed); exits 1 on a miss
import json, subprocess, re, os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, D); D += "/.."
from rolls import SESTO, BUSTO, FAENZA, SANLAZZARO, ARDA, VALSA
def A(name, role, present=True, group=None):
    d = {"name": name, "role": role, "present": present}
    if group: d["group"] = group
    return d
K = [
{"file": "deliberazione-sestosangiovanni-writer.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 'N. 14 del 9.3.2026' (PGT variant): 25-member roll table with Carica and Gruppo consiliare columns and X marks, Presidente del Consiglio presiding, amendment rejected before the proposal, a councillor leaves before the vote, counts naming those against and the abstainer (HTML opened in LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Città di Sesto San Giovanni", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-09", "time": "19:00",
  "subject": "Approvazione del Piano di Governo del Territorio (PGT) – variante generale al Piano delle Regole e al Piano dei Servizi – controdeduzioni alle osservazioni.",
  "attendees": [A(n, r, bool(p), g) for n, r, g, p, nt in SESTO],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Manuela Caruso"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Gianfranco Lattuada"},
  "vote": "majority", "vote_counts": {"present": 21, "voters": 20, "in_favour": 13, "against": 7, "abstained": 1},
  "voted_against": ["Ornaghi", "Crippa", "Biffi", "Zanaboni", "Longoni", "Tagliabue", "Pirovano"], "abstained_names": ["Vergani"],
  "immediately_executive": True}},
{"file": "deliberazione-bustoarsizio-chromium.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation N. 22/2026: register grid with small grey labels, 21-member roll in two CSS columns grouped under council-group headings with P/A marks, majority vote naming those against, not immediately executive; fixed running foot on both pages (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Città di Busto Arsizio", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-16", "time": "20:30",
  "subject": "Regolamento per la concessione di contributi e vantaggi economici ad enti e associazioni senza scopo di lucro – modifiche agli articoli 5, 9 e 14.",
  "attendees": [A(n, None if r == "Consigliere" else r, bool(p), g.upper()) for n, r, g, p in BUSTO],
  "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Claudio Rimoldi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Paola Vignati"},
  "vote": "majority", "vote_counts": {"present": 18, "voters": 18, "in_favour": 12, "against": 6, "abstained": 0},
  "voted_against": ["Azzimonti", "Candiani", "Lualdi", "Crespi", "Tettamanti", "Provasoli"],
  "immediately_executive": False}},
{"file": "deliberazione-faenza-civilia.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation n. 19 (budget variation) over three pages: date and time in words ('addì ventisei del mese di marzo, alle ore diciotto e trenta'), 25-member roll as a two-pair table, amendment approved before the proposal, two councillors leave, counts naming those against; justified lines set Tw, letterhead letter-spaced with Tc, running foot on every page (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Faenza", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-26", "time": "18:30",
  "subject": "Bilancio di previsione 2026-2028: variazione ai sensi dell'art. 175 del D.Lgs. 267/2000 e applicazione di quota dell'avanzo di amministrazione vincolato.",
  "attendees": [A(n, r, bool(p)) for n, r, p in FAENZA],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Niccolò Bosi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Roberta Fiorentini"},
  "vote": "majority", "vote_counts": {"present": 20, "voters": 20, "in_favour": 14, "against": 6, "abstained": 0},
  "voted_against": ["Bassi", "Minardi", "Pezzi", "Sangiorgi", "Emiliani", "Camanzi"],
  "immediately_executive": True}},
{"file": "deliberazione-sanlazzarodisavena-wkhtml.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 11 of 12/03/2026 with proposal 27 of 26/02/2026 in a one-row register box; roll table Componente | Carica | Presenza (Presente/Assente words) | Note with 'Assente giustificata' and two 'esce alle ore' notes; counts naming those against and the abstainer (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di San Lazzaro di Savena", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-12", "time": "18:00",
  "proposal_number": 27, "proposal_date": "2026-02-26",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEI DEHORS E DELL'OCCUPAZIONE DI SUOLO PUBBLICO PER ATTIVITÀ DI SOMMINISTRAZIONE.",
  "attendees": [A(n, r, bool(p)) for n, r, p, nt in SANLAZZARO],
  "president": {"role": "Presidente del Consiglio", "name": "Luca Marchi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Antonella Dall'Olio"},
  "vote": "majority", "vote_counts": {"present": 13, "voters": 12, "in_favour": 9, "against": 3, "abstained": 1},
  "voted_against": ["Barbieri", "Rubbi", "Taddia"], "abstained_names": ["Bonora"],
  "immediately_executive": True}},
{"file": "deliberazione-bassavaldarda-latex.pdf", "role": "act",
 "what": "deliberation N. 4/2026 of the Consiglio of an Unione dei Comuni (Polizia Locale agreement): roll of 15 councillors with their Comune in two side-by-side tables, amendment rejected first, a councillor leaves, majority naming those against; letter-spaced headings (microtype), fancyhdr running head (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Unione dei Comuni Bassa Val d’Arda Fiume Po", "organ": "Consiglio dell’Unione", "kind": "deliberazione", "number": 4, "date": "2026-03-19", "time": "20:45",
  "subject": "Approvazione della convenzione per la gestione in forma associata del servizio di Polizia Locale tra i Comuni aderenti all’Unione – periodo 2026-2030.",
  "attendees": [A(n, None, bool(p)) for n, r, c, p in ARDA],
  "president": {"role": "Presidente dell’Unione", "name": "Fabio Bergonzi"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Maurizio Carbonetti"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 12, "in_favour": 10, "against": 2, "abstained": 0},
  "voted_against": ["Cammi", "Ziliani"],
  "immediately_executive": True}},
{"file": "deliberazione-valsamoggia-sipal.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation N. 9 (Consulta dei Municipi): date in words ('addì cinque del mese di marzo, alle ore venti e trenta'), 17-member ruled roll with X marks, amendment approved first, a councillor leaves, counts naming those against and the abstainer; every glyph its own Tm+Tj (reportlab, producer set)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valsamoggia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-05", "time": "20:30",
  "subject": "ISTITUZIONE DELLA CONSULTA DEI MUNICIPI E APPROVAZIONE DEL RELATIVO REGOLAMENTO DI FUNZIONAMENTO.",
  "attendees": [A(n, r, bool(p)) for n, r, p in VALSA],
  "president": {"role": "Presidente del Consiglio Comunale", "name": "Federica Gamberini"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Alessandro Nerozzi"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
  "voted_against": ["Magli", "Fiorini", "Bonfiglioli"], "abstained_names": ["Poggi"],
  "immediately_executive": False}},
{"file": "convocazione-cesanomaderno-word.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio Comunale for 23/03/2026 at 20:45 (second call 24/03), prot. 11402 of 13/03/2026, numbered agenda of 6 items; Word header table and footer (python-docx, LibreOffice)",
 "act": {"municipality": "Città di Cesano Maderno", "kind": "convocazione", "date": "2026-03-13",
  "meeting_date": "2026-03-23", "meeting_time": "20:45",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria per il giorno 23 marzo 2026."}},
{"file": "determinazione-limbiate-enscript.pdf", "role": "act",
 "what": "determinazione dirigenziale 'N. 47/2026 R.S. DEL 06/03/2026', 'N. 263/2026 R.G. DEL 09/03/2026', proposal 301 of 04/03/2026, in a character-drawn box: 80-column Courier report (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Limbiate", "organ": "SETTORE SERVIZI FINANZIARI E TRIBUTI", "office": "SERVIZIO ECONOMATO E PROVVEDITORATO", "kind": "determinazione",
  "number": 263, "sector_number": 47, "date": "2026-03-09", "proposal_number": 301, "proposal_date": "2026-03-04",
  "subject": "SERVIZIO DI TRASCRIZIONE E RESOCONTAZIONE INTEGRALE DELLE SEDUTE DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI CONSILIARI - PERIODO 01/04/2026 - 31/03/2028 - AFFIDAMENTO DIRETTO - CIG B9F2A17C3D."}},
{"file": "ordinanza-sandonatomilanese-groff.pdf", "role": "act",
 "what": "ordinanza N. 38/2026 of 18 March 2026 of the Comandante della Polizia Locale (parking ban for an open sitting of the Consiglio Comunale), groff -ms with hyphenated justified paragraphs and non-embedded base-14 fonts (gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Città di San Donato Milanese", "organ": "Comandante della Polizia Locale", "office": "Ufficio Viabilità", "kind": "ordinanza", "number": 38, "date": "2026-03-18",
  "subject": "Istituzione temporanea del divieto di sosta con rimozione forzata in piazza delle Arti e in via Cesare Battisti in occasione della seduta aperta del Consiglio Comunale del 25 marzo 2026."}},
{"file": "attestazione-buccinasco-jiride.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 402/2026, 02/03–17/03/2026) of Consiglio Comunale deliberation 8 of 24/02/2026: bordered label grid, 'ALBO PRETORIO ON LINE' stamp rotated 90° in the left margin (fpdf2, producer set)",
 "act": {"municipality": "Comune di Buccinasco", "kind": "attestazione", "number": 8, "date": "2026-02-24",
  "subject": "Approvazione dell'aggiornamento del Piano di Emergenza Comunale di Protezione Civile."}},
{"file": "avviso-meda-xobject.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 of 11 March 2026 calling for candidates to a Consiglio committee; letterhead and foot are Form XObjects; signature, body and foot drawn before the subject, number box and letterhead (reportlab)",
 "act": {"municipality": "Città di Meda", "organ": "Settore Affari Generali", "office": "Ufficio Segreteria e Organi Istituzionali", "kind": "avviso", "number": 3, "date": "2026-03-11",
  "subject": "NOMINA DI TRE COMPONENTI ESTERNI DELLA COMMISSIONE CONSILIARE DI GARANZIA E CONTROLLO – PRESENTAZIONE DELLE CANDIDATURE"}},
{"file": "allegato-sangiovanniinpersiceto-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio Comunale deliberation 17 of 19/03/2026: table of 7 amendments to the green-areas regulation with their votes, spreadsheet printed landscape by LibreOffice Calc with the file name as running head",
 "act": {"municipality": "Comune di San Giovanni in Persiceto"}},
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
    for p in a.get("attendees", []):
        strs += [("att", p["name"])] + ([("role", p["role"])] if p["role"] else []) + ([("group", p["group"])] if "group" in p else [])
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    for f in ("voted_against", "abstained_names"):
        strs += [(f, v) for v in a.get(f, [])]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
