#!/usr/bin/env python3
"""Write ../keys.json for set mix-139-b and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, proposing office, names, roles
and titles without regard to case or the shape of the apostrophe. Also checks
that the keyed attendees' presence agrees with the vote counts where the vote
is taken by everyone on the roll. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

BT = "Comune di Borgaro Torinese"
SI = "Comune di Siderno"
SP = "Comune di Spinetoli"


def roll(spec, roles=None):
    """spec: list of (name, role, present)."""
    return [{"name": n, "role": r, "present": p} for n, r, p in spec]


# --- Borgaro Torinese -------------------------------------------------------
BT_GIUNTA = [("GIACHINO Paolo", "Sindaco"), ("BORELLO Federica", "Vice Sindaco"), ("CRAVERO Stefano", "Assessore"),
             ("PAUTASSO Marta", "Assessore"), ("VOTTERO Luca", "Assessore"), ("GERBAUDO Silvia", "Assessore")]
BT_CC = ["GIACHINO Paolo", "ACTIS Daniela", "AIMONE Giulia", "ALLASIA Marco", "BARBERO Simone", "BERTOLA Chiara",
         "BOSCO Giorgio", "CHIADO' Roberto", "DEMARIA Alessia", "FERRERO Luigi", "GHIGLIONE Sara",
         "MARCHETTI Davide", "MUSSINO Elena", "PEROTTI Andrea", "ROSTAGNO Enrico", "TOSCO Valentina",
         "UGHETTO Franco"]
BT_ABS = {"MUSSINO Elena", "UGHETTO Franco"}
BT_CC_ROLE2 = {"GIACHINO Paolo": "Sindaco", "ACTIS Daniela": "Presidente del Consiglio"}
BT_CC_ROLE3 = {"GIACHINO Paolo": "Sindaco", "ACTIS Daniela": "Presidente"}
FERRUA = {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Paola Ferrua"}
GIACHINO = {"title": "Sig.", "role": "Sindaco", "name": "Paolo Giachino"}
ACTIS = {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Daniela Actis"}

# --- Siderno ----------------------------------------------------------------
SI_CC = ["MACRI' VINCENZO", "BARRANCA MICHELE", "TAVERNITI CARMELA", "CUSATO GIOVANNI", "FOTI ILENIA",
         "AGOSTINO ROCCO", "MITTIGA SONIA", "MUIA' PASQUALE", "PANETTA GIULIA", "ROMEO ANTONELLA",
         "SPANO' NICOLA", "VARACALLI FABIO", "ARCHINA' LOREDANA", "LUPIS DOMENICO", "SCALI SALVATORE",
         "PELLE BRUNO", "ZAVETTIERI MARCO"]
SI_ABS_16 = {"MUIA' PASQUALE", "ROMEO ANTONELLA", "PELLE BRUNO"}
SI_CC_MIXED = ["Macrì Vincenzo", "Barranca Michele", "Taverniti Carmela", "Cusato Giovanni", "Foti Ilenia",
               "Agostino Rocco", "Mittiga Sonia", "Muià Pasquale", "Panetta Giulia", "Romeo Antonella",
               "Spanò Nicola", "Varacalli Fabio", "Archinà Loredana", "Lupis Domenico", "Scali Salvatore",
               "Pelle Bruno", "Zavettieri Marco"]
SI_ABS_29 = {"Mittiga Sonia", "Varacalli Fabio", "Scali Salvatore", "Pelle Bruno"}
SERGI = {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Rosa Maria Sergi"}

# --- Spinetoli --------------------------------------------------------------
SP_CC = ["CAMELI ROBERTO", "VALLORANI SABRINA", "TRAINI MATTEO", "CAPRIOTTI LAURA", "PIGNOTTI EMIDIO",
         "ANGELINI GIORGIA", "CINCIRIPINI MARCO", "AMABILI STEFANO", "FANESI GIULIA", "MARCOZZI ALESSIO",
         "CICCHI DANIELA", "SCIARRONI PAOLO", "TASSOTTI LUCIA"]
SP_ABS = {"FANESI GIULIA", "TASSOTTI LUCIA"}
SP_GIUNTA = [("CAMELI ROBERTO", "Sindaco"), ("VALLORANI SABRINA", "Vice Sindaco"), ("TRAINI MATTEO", "Assessore"),
             ("CAPRIOTTI LAURA", "Assessore"), ("PIGNOTTI EMIDIO", "Assessore")]
CAMELI = {"title": "Sig.", "role": "Sindaco", "name": "Roberto Cameli"}
VOLTATTORNI = {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Elisa Voltattorni"}

KEYS = [
    {"file": "deliberazione-borgarotorinese-sicraweb-gc04.pdf", "role": "act",
     "what": "Giunta deliberation 4/2029 (esercizio provvisorio, PEG provvisorio), Sicraweb-like, HTML printed by headless Chromium with @page margin boxes; 'all'unanimità dei presenti' and a separate unanimous vote on immediate executivity",
     "operative_points": 4,
     "act": {"municipality": BT, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-10", "time": "14:30",
             "subject": "ESERCIZIO PROVVISORIO 2029. ASSEGNAZIONE PROVVISORIA DELLE RISORSE FINANZIARIE AI RESPONSABILI DI SETTORE NELLE MORE DELL'APPROVAZIONE DEL PIANO ESECUTIVO DI GESTIONE 2029/2031.",
             "attendees": roll([(n, r, n != "GERBAUDO Silvia") for n, r in BT_GIUNTA]),
             "president": GIACHINO, "secretary": FERRUA,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-borgarotorinese-sicraweb-cc02.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029 (regolamento orti urbani), python-docx .docx exported by LibreOffice; 17-name roll table, vote table Presenti/Votanti/Favorevoli/Contrari/Astenuti and a second table with other counts for immediate executivity",
     "operative_points": 3,
     "act": {"municipality": BT, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-17", "time": "20:45",
             "proposal_number": 3, "proposal_date": "2029-01-08", "proposing_office": "Settore Ambiente e Territorio",
             "subject": "Approvazione del Regolamento comunale per l'assegnazione e la gestione degli orti urbani.",
             "attendees": roll([(n, BT_CC_ROLE2.get(n, "Consigliere"), n not in BT_ABS) for n in BT_CC]),
             "president": ACTIS, "secretary": FERRUA,
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 13, "in_favour": 10, "against": 3, "abstained": 2},
             "immediately_executive": True}},
    {"file": "deliberazione-borgarotorinese-sicraweb-cc03.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 3/2029 (convenzione polizia locale con Caselle Torinese), ReportLab platypus in Times; two-column roll with P/A, two councillors leave before the vote, contrari named in the vote sentence, not immediately executive",
     "operative_points": 3,
     "act": {"municipality": BT, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-17", "time": "20:45",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI CASELLE TORINESE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - PERIODO 2029/2031.",
             "attendees": roll([(n, BT_CC_ROLE3.get(n), n not in BT_ABS) for n in BT_CC]),
             "president": ACTIS, "secretary": FERRUA,
             "vote": "majority",
             "vote_counts": {"present": 13, "voters": 13, "in_favour": 10, "against": 3, "abstained": 0},
             "immediately_executive": False}},
    {"file": "deliberazione-borgarotorinese-sicraweb-gc07.pdf", "role": "act",
     "what": "Giunta deliberation 7/2029 (contributo straordinario), HTML through wkhtmltopdf; roll with Sì/No, an Assessore leaves under art. 78 before the vote, Vice Segretario Generale",
     "operative_points": 4,
     "act": {"municipality": BT, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 7,
             "date": "2029-01-24", "time": "12:00",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE DI VOLONTARIATO \"BORGARO SOLIDALE ODV\" PER IL PROGETTO \"INVERNO SICURO 2029\".",
             "attendees": roll([(n, r, n != "CRAVERO Stefano") for n, r in BT_GIUNTA]),
             "president": GIACHINO,
             "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Gianluca Rivoira"},
             "vote": "unanimous",
             "vote_counts": {"present": 4, "in_favour": 4},
             "immediately_executive": True}},
    {"file": "deliberazione-siderno-halley-cc01.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (nota di aggiornamento al DUP), fpdf2 in Liberation Serif; Halley-like 'Numero / Del' boxes, two-column name-only roll, roll-call vote with SI/NO/ASTENUTO/ASSENTE beside each name",
     "operative_points": 2,
     "act": {"municipality": SI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-16", "time": "18:00",
             "proposal_number": 2, "proposal_date": "2029-01-09", "proposing_office": "Settore Economico Finanziario",
             "subject": "APPROVAZIONE NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (D.U.P.) 2029/2031.",
             "attendees": roll([(n, None, n not in SI_ABS_16) for n in SI_CC]),
             "president": {"title": "Dott.", "role": "Presidente del Consiglio", "name": "Michele Barranca"},
             "secretary": SERGI,
             "vote": "majority",
             "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-siderno-halley-cc02.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029 (bilancio di previsione), troff + tbl through groff -Tps and ps2pdf; three-across roll, a councillor enters during the discussion, vote in one sentence with names, separate vote with other counts",
     "operative_points": 3,
     "act": {"municipality": SI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-16", "time": "18:00",
             "subject": "APPROVAZIONE DEL BILANCIO DI PREVISIONE FINANZIARIO 2029/2031 E RELATIVI ALLEGATI.",
             "attendees": roll([(n, None, n not in SI_ABS_16) for n in SI_CC]),
             "president": {"title": "Dott.", "role": "Presidente del Consiglio Comunale", "name": "Michele Barranca"},
             "secretary": SERGI,
             "vote": "majority",
             "vote_counts": {"present": 15, "in_favour": 11, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-siderno-halley-gc03.pdf", "role": "act",
     "what": "Giunta deliberation 3/2029 (funzionario responsabile TARI), python-docx .docx exported by LibreOffice; 'N. 3 del Reg.' and 'Data' on one line, roles in capitals, dash-set points",
     "operative_points": 3,
     "act": {"municipality": SI, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-09", "time": "13:00",
             "proposal_number": 4, "proposal_date": "2029-01-05", "proposing_office": "Servizio Tributi",
             "subject": "NOMINA DEL FUNZIONARIO RESPONSABILE DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2029.",
             "attendees": roll([("MACRI' VINCENZO", "SINDACO", True), ("SAINATO ROSALBA", "VICE SINDACO", True),
                                ("AUDINO GIUSEPPE", "ASSESSORE", False), ("CODESPOTI CATERINA", "ASSESSORE", True),
                                ("IERINO' ANTONIO", "ASSESSORE", True), ("ZITO FRANCESCA", "ASSESSORE", True)]),
             "president": {"title": "Avv.", "role": "Sindaco", "name": "Vincenzo Macrì"},
             "secretary": SERGI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-siderno-halley-cc05.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 5/2029 (debito fuori bilancio), HTML printed by headless Chromium; number alone in a box, date in the session line, side-by-side roll with roles, Vice Segretario Generale, two councillors leave before the separate vote on immediate executivity",
     "operative_points": 4,
     "act": {"municipality": SI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5,
             "date": "2029-01-29", "time": "17:30",
             "proposal_number": 7, "proposal_date": "2029-01-22",
             "proposing_office": "Settore Affari Legali e Contenzioso",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000, DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI LOCRI N. 412/2028.",
             "attendees": roll([(n, {"Macrì Vincenzo": "Sindaco", "Barranca Michele": "Presidente"}.get(n, "Consigliere"),
                                 n not in SI_ABS_29) for n in SI_CC_MIXED]),
             "president": {"title": "Dott.", "role": "Presidente del Consiglio Comunale", "name": "Michele Barranca"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Antonio Mesiti"},
             "vote": "majority",
             "vote_counts": {"present": 13, "voters": 10, "in_favour": 10, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "deliberazione-spinetoli-jiride-cc01.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (aliquote IMU), flat ODT written by hand and exported by LibreOffice; letterhead in the page header, scrutatori named, vote listed line by line with the names, lettered points, separate vote with other counts",
     "operative_points": 3,
     "act": {"municipality": SP, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-11", "time": "21:00",
             "subject": "Approvazione delle aliquote dell'Imposta Municipale Propria (IMU) per l'anno 2029.",
             "attendees": roll([(n, "Sindaco" if n == "CAMELI ROBERTO" else "Consigliere", n not in SP_ABS)
                                for n in SP_CC]),
             "president": CAMELI, "secretary": VOLTATTORNI,
             "vote": "majority",
             "vote_counts": {"present": 11, "in_favour": 8, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-spinetoli-jiride-cc02.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029 (convenzione di segreteria con Castorano), content streams written by hand with pikepdf (standard Times, Tw justification, letterhead Form XObject painted last); roll as two sentences (presenti / assenti), 'voti unanimi dei votanti' with two abstentions",
     "operative_points": 3,
     "act": {"municipality": SP, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-11", "time": "21:00",
             "subject": "Approvazione dello schema di convenzione con il Comune di Castorano per la gestione in forma associata del servizio di segreteria comunale.",
             "attendees": roll([(n, "Sindaco" if n == "CAMELI ROBERTO" else None, True)
                                for n in SP_CC if n not in SP_ABS] +
                               [("FANESI GIULIA", None, False), ("TASSOTTI LUCIA", None, False)]),
             "president": CAMELI, "secretary": VOLTATTORNI,
             "vote": "unanimous",
             "vote_counts": {"present": 11, "voters": 9, "in_favour": 9, "abstained": 2},
             "immediately_executive": True}},
    {"file": "deliberazione-spinetoli-jiride-gc03.pdf", "role": "act",
     "what": "Giunta deliberation 3/2029 (rimborso spese legali al Segretario), ReportLab platypus in Helvetica; the Segretario stands aside and an Assessore acts as segretario verbalizzante",
     "operative_points": 3,
     "act": {"municipality": SP, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-15", "time": "13:00",
             "subject": "Rimborso delle spese di patrocinio legale sostenute dal Segretario Comunale in un procedimento concluso con sentenza di assoluzione.",
             "attendees": roll([(n, r, n != "PIGNOTTI EMIDIO") for n, r in SP_GIUNTA]),
             "president": CAMELI,
             "secretary": {"title": "Sig.", "role": "segretario verbalizzante", "name": "Matteo Traini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-spinetoli-jiride-gc05.pdf", "role": "act",
     "what": "Giunta deliberation 5/2029 (PIAO 2029-2031), fpdf2 core Helvetica; 'Atto n. 5 - Seduta del 22.01.2029', horizontal roll grid, vote table",
     "operative_points": 3,
     "act": {"municipality": SP, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 5,
             "date": "2029-01-22", "time": "12:30",
             "proposal_number": 6, "proposal_date": "2029-01-17", "proposing_office": "Area Amministrativa",
             "subject": "Approvazione del Piano Integrato di Attività e Organizzazione (PIAO) 2029-2031.",
             "attendees": roll([(n, r, True) for n, r in SP_GIUNTA]),
             "president": CAMELI, "secretary": VOLTATTORNI,
             "vote": "unanimous",
             "vote_counts": {"present": 5, "voters": 5, "in_favour": 5, "against": 0, "abstained": 0},
             "immediately_executive": True}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                checks += [(who + ".name", a[who]["name"], True), (who + ".role", a[who]["role"], True),
                           (who + ".title", a[who]["title"], True)]
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
        # internal consistency of the vote keys
        vc = a.get("vote_counts", {})
        if {"in_favour", "against", "abstained", "present"} <= vc.keys() and \
                vc["in_favour"] + vc["against"] + vc["abstained"] != vc["present"]:
            print("INCONSISTENT counts", k["file"], vc); miss += 1
        if "voters" in vc and "in_favour" in vc and "against" in vc and vc["in_favour"] + vc["against"] != vc["voters"]:
            print("INCONSISTENT voters", k["file"], vc); miss += 1
        if a.get("vote") == "unanimous" and vc.get("against"):
            print("INCONSISTENT unanimous with contrari", k["file"]); miss += 1
        for d in ("date", "proposal_date"):
            if d in a and not a[d].startswith("2029-01"):
                print("DATE outside January 2029", k["file"], d); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
