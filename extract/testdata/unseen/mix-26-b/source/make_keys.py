# Writes ../keys.json and checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed).
import json, subprocess, os, re, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}

K = []
K.append({"file": "delibera-seriate-zucchetti.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 (Zucchetti-style, ReportLab): letterhead, number/date register box, OGGETTO in a two-cell row, roll table with X marks, prose vote, points 1-4, running head on page 2, publication box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Seriate", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 41, "date": "2026-03-12", "time": "17:30",
    "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \u201cAMICI DEL PARCO DEL SERIO\u201d PER LA GESTIONE DELL'AREA VERDE DI VIA NAZIONI UNITE \u2013 ANNI 2026-2028",
    "attendees": [A("VEZZOLI LUCA", "Sindaco"), A("MAFFEIS GIULIA", "Vice Sindaco"), A("ROTA ALESSANDRO", "Assessore", False),
                  A("PESENTI CHIARA", "Assessore"), A("BONOMI DAVIDE", "Assessore"), A("CARRARA ELENA", "Assessore")],
    "president": {"title": "Sig.", "role": "Sindaco", "name": "Luca Vezzoli"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Marta Locatelli"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "delibera-vigonza-civiliaopen.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (Civilia Open ODT through LibreOffice Writer): register box beside the title, 17-row roll table P/A, split vote in prose with counts, points 1)-3), header/footer on every page",
  "operative_points": 3,
  "act": {"municipality": "Comune di Vigonza", "organ": "Consiglio Comunale", "kind": "deliberazione",
    "number": 9, "date": "2026-02-27", "time": "20:30",
    "subject": "APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ARTT. 12, 18 E 27).",
    "attendees": [A("GRANDIS GIANFRANCO", "Sindaco"), A("ZANON FRANCESCA", "Presidente del Consiglio"),
                  A("BETTIN MARCO", "Consigliere"), A("CECCHINATO LAURA", "Consigliere"), A("DE BENETTI ANDREA", "Consigliere"),
                  A("FAVARO SILVIA", "Consigliere", False), A("GASPARINI MATTEO", "Consigliere"), A("LAZZARO ELISA", "Consigliere"),
                  A("MENEGHINI PAOLO", "Consigliere"), A("MILAN ROBERTA", "Consigliere"), A("NALE STEFANO", "Consigliere"),
                  A("PETTENUZZO GIORGIA", "Consigliere", False), A("RIGATO FILIPPO", "Consigliere"), A("SCHIAVON ANNA", "Consigliere"),
                  A("TONIOLO DAVIDE", "Consigliere"), A("VOLPATO IRENE", "Consigliere"), A("ZORZI NICOLA", "Consigliere")],
    "president": {"title": "Sig.ra", "role": "Presidente del Consiglio", "name": "Francesca Zanon"},
    "secretary": {"title": "Dott.", "role": "Vice Segretario Comunale", "name": "Paolo Scarpa"},
    "vote": "majority",
    "vote_counts": {"present": 15, "voters": 14, "in_favour": 10, "against": 4, "abstained": 1},
    "immediately_executive": True}})
K.append({"file": "delibera-cerveteri-sicrawebevo.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 (Sicr@web EVO-style, OpenPDF): label grid (type, number, date, proposal), roll in prose (present, then absent), bullet points, rotated ID caption in the left margin, signatures alone on page 2",
  "operative_points": 4,
  "act": {"municipality": "Città di Cerveteri", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 38, "date": "2026-03-05", "time": "12:15",
    "subject": "Approvazione del progetto \"Estate Etrusca 2026\" - Centri estivi comunali per minori dai 3 ai 14 anni. Atto di indirizzo.",
    "proposing_office": "Area II Servizi alla Persona - Servizio Pubblica Istruzione",
    "proposal_number": 52, "proposal_date": "2026-03-02",
    "attendees": [A("FONTANA MARIA RITA", "Sindaco"), A("DE SANTIS CLAUDIO", "Vice Sindaco"), A("PALOMBI ROBERTA", "Assessore"),
                  A("ORSINI FEDERICO", "Assessore"), A("MARINI VALENTINA", "Assessore"),
                  A("CAPPELLI STEFANO", "Assessore", False), A("LUCIDI GIANLUCA", "Assessore", False)],
    "president": {"title": "Dott.ssa", "role": "Sindaco", "name": "Maria Rita Fontana"},
    "secretary": {"title": "Avv.", "role": "Segretario Generale", "name": "Giuseppe Ranieri"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-ottaviano-halleycloud.pdf", "role": "act",
  "what": "determinazione (Halley Cloud-style, fpdf2): Settore heading with Servizio below, two register boxes (sector n. 57 of 10/03/2026, general n. 348 of 11/03/2026), points 1.-5., visto contabile with commitment table on page 2",
  "operative_points": 5,
  "act": {"municipality": "Comune di Ottaviano", "organ": "Settore III - Lavori Pubblici e Manutenzioni",
    "office": "Servizio Manutenzione del Patrimonio", "kind": "determinazione",
    "number": 348, "sector_number": 57, "date": "2026-03-11",
    "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria \u201cMario Capasso\u201d di via Zabatta \u2013 Affidamento diretto ai sensi dell\u2019art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Edil Vesuviana S.r.l. \u2013 CIG B6A1F30C2D \u2013 Impegno di spesa"}})
K.append({"file": "determina-grassano-inforcoop.pdf", "role": "act",
  "what": "determinazione (Inforcoop-style, TCPDF): label grid with Area, Servizio, area register n. 31 of 05/03/2026 and general register n. 96 of 06/03/2026, OGGETTO in two cells, numbered list 1-4, visto and publication boxes",
  "operative_points": 4,
  "act": {"municipality": "Comune di Grassano", "organ": "Area Amministrativa", "office": "Affari Generali - Cultura e Turismo",
    "kind": "determinazione", "number": 96, "sector_number": 31, "date": "2026-03-06",
    "subject": "CONCESSIONE CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO GRASSANO PER L'ORGANIZZAZIONE DEL CARNEVALE GRASSANESE 2026. IMPEGNO E LIQUIDAZIONE DI SPESA."}})
K.append({"file": "determina-unionepratiarcati-jente.pdf", "role": "act",
  "what": "determinazione of an Unione's Polizia Locale (JEnte-style .docx through LibreOffice): running head with number and date, heading table (Settore, Ufficio, number, adoption date, proposal), bulleted dispositive part",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni Pratiarcati", "organ": "Settore Polizia Locale", "office": "Ufficio Verbali e Contenzioso",
    "kind": "determinazione", "number": 27, "date": "2026-03-04",
    "subject": "Affidamento del servizio di noleggio e manutenzione di n. 2 apparecchiature per il rilevamento della velocit\u00e0 per l\u2019anno 2026 \u2013 CIG B5C3E91A07 \u2013 Determina a contrarre e aggiudicazione",
    "proposal_number": 33, "proposal_date": "2026-03-02"}})
K.append({"file": "ordinanza-misterbianco-engineering.pdf", "role": "act",
  "what": "ordinanza sindacale 18/2026 (Engineering-style web print, wkhtmltopdf): letterhead with the proposing Area/Ufficio, register/protocol strip, number and date as a centred title, boxed OGGETTO, ORDINA points 1-5",
  "operative_points": 5,
  "act": {"municipality": "Comune di Misterbianco", "organ": "Sindaco", "kind": "ordinanza",
    "number": 18, "date": "2026-03-09",
    "subject": "Disciplina temporanea della circolazione veicolare in via Giacomo Matteotti e piazza Mazzini in occasione della manifestazione \u201cMisterbianco in Fiore\u201d del 14 e 15 marzo 2026.",
    "proposing_office": "Area Polizia Municipale \u2013 Ufficio Viabilit\u00e0 e Traffico"}})
K.append({"file": "avviso-unionevalledeltorto-gosign.pdf", "role": "act",
  "what": "numbered avviso pubblico 2/2026 of an Unione (web editor printed by Chromium, InfoCert GoSign signature box on page 2): protocol and Area/Servizio boxes, number as a title, subject as a title block, numbered sections (not dispositive points)",
  "act": {"municipality": "Unione dei Comuni Valle del Torto e dei Feudi", "organ": "Area Tecnica",
    "office": "Servizio Ambiente e Protezione Civile", "kind": "avviso", "number": 2, "date": "2026-03-05",
    "subject": "MANIFESTAZIONE DI INTERESSE PER LA FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER L\u2019AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE DEL VERDE E DI PULIZIA DELLE CUNETTE STRADALI NEI COMUNI DELL\u2019UNIONE \u2013 ANNO 2026"}})
K.append({"file": "attestazione-genzanodiroma-teamsystem.pdf", "role": "certificate",
  "what": "certificate of publication (TeamSystem-style albo print, groff): ruled label table (register n. 437/2026, act type, number and date, period), Oggetto, signed by the Messo",
  "act": {"municipality": "Comune di Genzano di Roma", "kind": "attestazione", "number": 7, "date": "2026-02-26",
    "subject": "APPROVAZIONE DEL PIANO TRIENNALE DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLE STRADE COMUNALI 2026-2028 E VARIAZIONE AL DOCUMENTO UNICO DI PROGRAMMAZIONE."}})
K.append({"file": "allegato-lissone-calc.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 52/2026: cemetery tariff schedule exported from a LibreOffice Calc sheet (sheet header/footer, bordered table with section rows)",
  "act": {"municipality": "Comune di Lissone"}})
K.append({"file": "convocazione-mercogliano-pecstamp.pdf", "role": "notice",
  "what": "convocation of the Consiglio printed from the PEC message (envelope header, protocol stamp, addressees, order of the day), Chromium",
  "act": {"municipality": "Comune di Mercogliano", "office": "Ufficio di Presidenza del Consiglio Comunale",
    "kind": "convocazione", "date": "2026-03-10",
    "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA"}})
K.append({"file": "avviso-terminiimerese-latex.pdf", "role": "notice",
  "what": "unnumbered avviso of the Avvocatura Comunale (notice by public proclamation), typeset in LaTeX: running head with protocol, centred title, numbered particulars",
  "act": {"municipality": "Comune di Termini Imerese", "office": "Avvocatura Comunale", "kind": "avviso", "date": "2026-03-06",
    "subject": "AVVISO DI NOTIFICAZIONE PER PUBBLICI PROCLAMI"}})

json.dump(K, open(os.path.join(O, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def strings(act):
    for k in ("municipality", "organ", "office", "subject", "proposing_office", "time"):
        if k in act:
            yield k, act[k]
    for a in act.get("attendees", []):
        yield "attendee", a["name"]; yield "role", a["role"]
    for k in ("president", "secretary"):
        if k in act:
            for f in ("title", "role", "name"):
                yield k + "." + f, act[k][f]

bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(O, k["file"]), "-"], capture_output=True, text=True).stdout)
    for f, s in strings(k.get("act", {})):
        if norm(s) not in txt and norm(s).lower() not in txt.lower():
            print("MISSING", k["file"], f, repr(s)); bad += 1
        elif norm(s) not in txt:
            print("case-only", k["file"], f, repr(s))
print("checked", len(K), "keys;", bad, "missing")
