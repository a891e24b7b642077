#!/usr/bin/env python3
"""Write ../keys.json for set mix-138-b and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, proposing office, names, roles and
titles without regard to case or the shape of the apostrophe. A role or name
that wraps inside a table cell (the rolls without header row) is interleaved by
-layout with the text of the neighbouring columns on the same line; for
attendees only, when the plain match fails, the words are matched in order with
at most three foreign words between two of them. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from chieti_data import GIUNTA, council, title_case  # noqa: E402

BES = "Comune di Besana in Brianza"
CHI = "Comune di Chieti"
ACI = "Comune di Aci Sant'Antonio"


def roll(pairs, absent, roles=True):
    return [{"name": n, "role": (r if roles else None), "present": n not in absent} for n, r in pairs]


# ---------------------------------------------------------------- Besana in Brianza
BES_COUNCIL = [("FUMAGALLI ROBERTA", "Sindaco"), ("VILLA DAVIDE", "Presidente del Consiglio"),
               ("CAZZANIGA ELENA", "Consigliere"), ("BRAMBILLA MARCO", "Consigliere"),
               ("MAGNI SILVIA", "Consigliere"), ("RIVA ALESSANDRO", "Consigliere"),
               ("COLOMBO FEDERICA", "Consigliere"), ("PEREGO LUCA", "Vice Presidente del Consiglio"),
               ("SALA CHIARA", "Consigliere"), ("MOTTA GIOVANNI", "Consigliere"), ("RADAELLI PAOLA", "Consigliere"),
               ("GALBIATI STEFANO", "Consigliere"), ("ORNAGO MARTA", "Consigliere"),
               ("BONFANTI CLAUDIO", "Consigliere"), ("CORBETTA FRANCA", "Consigliere"),
               ("TAGLIABUE MATTEO", "Consigliere"), ("CEREDA ANDREA", "Consigliere")]


def side_by_side(present, absent, roles):
    """PRESENTI list first, then ASSENTI; roles only where printed in brackets."""
    return ([{"name": n, "role": roles.get(n), "present": True} for n in present] +
            [{"name": n, "role": roles.get(n), "present": False} for n in absent])


B2_PRES = ["FUMAGALLI ROBERTA", "CAZZANIGA ELENA", "BRAMBILLA MARCO", "MAGNI SILVIA", "RIVA ALESSANDRO",
           "COLOMBO FEDERICA", "PEREGO LUCA", "SALA CHIARA", "MOTTA GIOVANNI", "ORNAGO MARTA", "BONFANTI CLAUDIO",
           "CORBETTA FRANCA", "TAGLIABUE MATTEO", "CEREDA ANDREA"]
B2_ABS = ["VILLA DAVIDE", "RADAELLI PAOLA", "GALBIATI STEFANO"]
B3_PRES = B2_PRES[:9] + ["GALBIATI STEFANO"] + B2_PRES[9:]
B3_ABS = ["VILLA DAVIDE", "RADAELLI PAOLA"]
B_ROLES = {"FUMAGALLI ROBERTA": "Sindaco", "VILLA DAVIDE": "Presidente"}

B5_PRES = ["Fumagalli Roberta", "Cazzaniga Elena", "Brambilla Marco", "Magni Silvia", "Riva Alessandro",
           "Colombo Federica", "Sala Chiara", "Motta Giovanni", "Radaelli Paola", "Galbiati Stefano",
           "Ornago Marta", "Bonfanti Claudio", "Cereda Andrea"]
B5_ABS = ["Villa Davide", "Perego Luca", "Corbetta Franca", "Tagliabue Matteo"]
B5_ROLES = {"Fumagalli Roberta": "Sindaco", "Villa Davide": "Presidente del Consiglio",
            "Perego Luca": "Vice Presidente del Consiglio"}

BES_GIUNTA = [("FUMAGALLI ROBERTA", "Sindaco"),
              ("MARIANI GIORGIO", "Vice Sindaco – Assessore al Bilancio, Programmazione Finanziaria e Personale"),
              ("NOVA CRISTINA", "Assessore ai Servizi Sociali, Politiche Familiari e Pari Opportunità"),
              ("MAURI PAOLO", "Assessore al Territorio, Urbanistica ed Edilizia Privata"),
              ("LISSONI ANNA", "Assessore all'Istruzione, Cultura e Biblioteca"),
              ("CRIPPA DARIO", "Assessore ai Lavori Pubblici, Ambiente e Mobilità")]

# ---------------------------------------------------------------- Chieti
C2_ABS = ["D’Alessandro Fabio", "Tenaglia Roberto", "Santoleri Francesca", "Ruggieri Elisa", "D’Orazio Federico",
          "Febo Giancarlo", "Zappacosta Nicola", "D’Ercole Monica"]


def c2_roll():
    absent_upper = {n.replace("’", "'").upper() for n in C2_ABS}
    pres = [{"name": "Marinucci Diego", "role": "Sindaco", "present": True}]
    for n, _ in council()[1:]:
        if n not in absent_upper:
            pres.append({"name": title_case(n).replace("'", "’"), "role": None, "present": True})
    return pres + [{"name": n, "role": None, "present": False} for n in C2_ABS]


C3_STATUS = {"DI CRESCENZO MARCO": "A", "PAOLINI STEFANO": "AG", "DI MATTEO LORENA": "AG",
             "TATASCIORE GABRIELE": "A", "PANTALONE MARINA": "AG"}

KEYS = [
    {"file": "deliberazione-besanainbrianza-sicraweb-cc01.pdf", "role": "act",
     "what": "Consiglio Comunale n. 1/2029 adopting a PGT variant; roll grouped under MAGGIORANZA / MINORANZA and "
             "the council groups, each group's name on its own row; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": BES, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-11", "time": "20:45", "proposal_number": 3, "proposal_date": "2029-01-02",
             "proposing_office": "Area Pianificazione e Gestione del Territorio",
             "subject": "ADOZIONE DELLA VARIANTE PARZIALE AL PIANO DELLE REGOLE E AL PIANO DEI SERVIZI DEL VIGENTE "
                        "PIANO DI GOVERNO DEL TERRITORIO (PGT), AI SENSI DELL'ART. 13 DELLA L.R. 11 MARZO 2005, "
                        "N. 12",
             "attendees": roll(BES_COUNCIL, {"COLOMBO FEDERICA", "CEREDA ANDREA"}),
             "president": {"title": "Dott.", "role": "Presidente del Consiglio Comunale", "name": "Davide Villa"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Laura Bonacina"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 15, "in_favour": 10, "against": 5, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-besanainbrianza-sicraweb-cc04.pdf", "role": "act",
     "what": "Consiglio Comunale n. 4/2029 (regolamento sale comunali); PRESENTI | ASSENTI lists side by side; "
             "Vice Presidente presiding, Vice Segretario taking the minutes; python-docx .docx via LibreOffice",
     "operative_points": 3,
     "act": {"municipality": BES, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-18", "time": "20:45", "proposal_number": 6, "proposal_date": "2029-01-08",
             "proposing_office": "Area Affari Generali e Servizi al Cittadino",
             "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DELLE SALE E DEGLI SPAZI COMUNALI",
             "attendees": side_by_side(B2_PRES, B2_ABS, B_ROLES),
             "president": {"title": "Sig.", "role": "Vice Presidente del Consiglio Comunale",
                           "name": "Luca Perego"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario", "name": "Stefano Arosio"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-besanainbrianza-sicraweb-cc05.pdf", "role": "act",
     "what": "Consiglio Comunale n. 5/2029, same sitting as n. 4 after a councillor came in; PRESENTI | ASSENTI "
             "side by side; favourable votes and named abstentions, not immediately executive; ReportLab platypus",
     "operative_points": 3,
     "act": {"municipality": BES, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5,
             "date": "2029-01-18", "time": "20:45", "proposal_number": 7, "proposal_date": "2029-01-09",
             "proposing_office": "Area Servizi alla Persona",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON LE SCUOLE DELL'INFANZIA PARITARIE DEL "
                        "TERRITORIO PER GLI ANNI SCOLASTICI 2029/2030, 2030/2031 E 2031/2032",
             "attendees": side_by_side(B3_PRES, B3_ABS, B_ROLES),
             "president": {"title": "Sig.", "role": "Vice Presidente del Consiglio Comunale",
                           "name": "Luca Perego"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario", "name": "Stefano Arosio"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 11, "in_favour": 11, "against": 0, "abstained": 4},
             "immediately_executive": False}},
    {"file": "deliberazione-besanainbrianza-sicraweb-gc09.pdf", "role": "act",
     "what": "Giunta Comunale n. 9/2029 approving the PIAO; roll as a table without header row whose role column "
             "wraps; Segretario Generale reggente a scavalco; fpdf2",
     "operative_points": 4,
     "act": {"municipality": BES, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 9,
             "date": "2029-01-17", "time": "18:30", "proposal_number": 14, "proposal_date": "2029-01-12",
             "proposing_office": "Servizio Personale e Organizzazione",
             "subject": "APPROVAZIONE DEL PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2029-2031",
             "attendees": roll(BES_GIUNTA, {"LISSONI ANNA"}),
             "president": {"title": "Dott.ssa", "role": "Sindaco", "name": "Roberta Fumagalli"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale reggente a scavalco",
                           "name": "Marco Longoni"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-besanainbrianza-sicraweb-cc11.pdf", "role": "act",
     "what": "Consiglio Comunale n. 11/2029 (convenzione protezione civile); appello in prose; the Consigliere "
             "anziano presides; counts with named contrari and astenuti, separate vote on immediate executivity; "
             "plain troff + tbl through groff -Tps and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": BES, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11,
             "date": "2029-01-29", "time": "21:00", "proposal_number": 18, "proposal_date": "2029-01-15",
             "proposing_office": "Area Polizia Locale e Protezione Civile",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DELLE "
                        "FUNZIONI DI PROTEZIONE CIVILE TRA I COMUNI DI BESANA IN BRIANZA, RENATE E BRIOSCO",
             "attendees": side_by_side(B5_PRES, B5_ABS, B5_ROLES),
             "president": {"title": "Sig.", "role": "Consigliere anziano", "name": "Marco Brambilla"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Laura Bonacina"},
             "vote": "majority",
             "vote_counts": {"present": 13, "voters": 12, "in_favour": 9, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-chieti-halley-cc02.pdf", "role": "act",
     "what": "Consiglio Comunale n. 2/2029 (regolamento dehors); 33-member roll grouped under the council groups, "
             "each group's name on its own table row, running over the page break; flat ODT written by hand, "
             "LibreOffice Writer",
     "operative_points": 5,
     "act": {"municipality": CHI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-12", "time": "15:30", "proposal_number": 4, "proposal_date": "2029-01-03",
             "proposing_office": "Settore Sviluppo Economico e Attività Produttive",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEI DEHORS E DELLE OCCUPAZIONI DI "
                        "SUOLO PUBBLICO A SERVIZIO DEI PUBBLICI ESERCIZI NEL CENTRO STORICO",
             "attendees": roll(council(), {"COLANTONIO ILARIA", "IEZZI MASSIMO", "CIPOLLONE VINCENZO",
                                           "SCIARRETTA DEBORA"}),
             "president": {"title": "Avv.", "role": "Presidente del Consiglio Comunale",
                           "name": "Fabio D'Alessandro"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Mariarosaria Tinari"},
             "vote": "majority",
             "vote_counts": {"present": 29, "voters": 27, "in_favour": 18, "against": 9, "abstained": 2},
             "immediately_executive": True}},
    {"file": "deliberazione-chieti-halley-cc05.pdf", "role": "act",
     "what": "Consiglio Comunale n. 5/2029 (convenzione quadro con l'Università d'Annunzio); appello in prose; Vice "
             "Presidente presiding and Vice Segretario Generale; unanimous with the counts printed; typographic "
             "apostrophes and quotes; HTML printed by headless Chromium",
     "operative_points": 3,
     "act": {"municipality": CHI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5,
             "date": "2029-01-19", "time": "16:00", "proposal_number": 9, "proposal_date": "2029-01-10",
             "proposing_office": "Settore Affari Generali e Istituzionali",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE QUADRO TRA IL COMUNE DI CHIETI E L’UNIVERSITÀ "
                        "DEGLI STUDI “G. D’ANNUNZIO” DI CHIETI-PESCARA PER LA COLLABORAZIONE IN MATERIA DI "
                        "TIROCINI, RICERCA E TERZA MISSIONE",
             "attendees": c2_roll(),
             "president": {"title": "Dott.ssa", "role": "Vice Presidente del Consiglio Comunale",
                           "name": "Alessandra Ciampoli"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Alessio De Vincentiis"},
             "vote": "unanimous",
             "vote_counts": {"present": 25, "voters": 25, "in_favour": 25, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-chieti-halley-cc08.pdf", "role": "act",
     "what": "Consiglio Comunale n. 8/2029 (variazione di bilancio); 80-column print, roll in two numbered halves "
             "with P / A / AG letters; Latin-1 text through enscript (Courier) and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": CHI, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 8,
             "date": "2029-01-26", "time": "15:30", "proposal_number": 11, "proposal_date": "2029-01-16",
             "proposing_office": "Settore Risorse Finanziarie",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE 2029-2031 AI SENSI DELL’ART. 175, COMMA 2, DEL "
                        "D.LGS. N. 267/2000 E APPLICAZIONE DELLA QUOTA VINCOLATA DEL RISULTATO DI "
                        "AMMINISTRAZIONE PRESUNTO",
             "attendees": [{"name": n.replace("'", "’"), "role": None, "present": n not in C3_STATUS}
                           for n, _ in council()],
             "president": {"title": "Avv.", "role": "Presidente del Consiglio Comunale",
                           "name": "Fabio D’Alessandro"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Mariarosaria Tinari"},
             "vote": "majority",
             "vote_counts": {"present": 28, "voters": 25, "in_favour": 18, "against": 7, "abstained": 3},
             "immediately_executive": True}},
    {"file": "deliberazione-chieti-halley-gc14.pdf", "role": "act",
     "what": "Giunta Comunale n. 14/2029 (PFTE Villa Comunale); roll as a ruled table without header row, roles "
             "wrapping to a second line; content streams written by hand and saved with pikepdf",
     "operative_points": 4,
     "act": {"municipality": CHI, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14,
             "date": "2029-01-23", "time": "12:30", "proposal_number": 22, "proposal_date": "2029-01-18",
             "proposing_office": "Settore Lavori Pubblici",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE "
                        "DELLA VILLA COMUNALE - 1° LOTTO FUNZIONALE - CUP F77H28001230004",
             "attendees": roll(GIUNTA, {"DE LUCA FEDERICA", "DI BLASIO MARCO"}),
             "president": {"title": "Prof.", "role": "Sindaco", "name": "Diego Marinucci"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Alessio De Vincentiis"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-acisantantonio-urbi-cs02.pdf", "role": "act",
     "what": "deliberazione n. 2/2029 of the Commissione Straordinaria con i poteri del Consiglio Comunale "
             "(regolamento beni confiscati); three commissari in a roll table; ReportLab platypus, DejaVu Sans",
     "operative_points": 4,
     "act": {"municipality": ACI, "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 2,
             "date": "2029-01-10", "time": "11:30", "proposal_number": 4, "proposal_date": "2029-01-05",
             "proposing_office": "V Settore - Patrimonio, Beni Confiscati e Servizi Tecnici",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E L'UTILIZZO DEI BENI CONFISCATI "
                        "ALLA CRIMINALITÀ ORGANIZZATA TRASFERITI AL PATRIMONIO DEL COMUNE",
             "attendees": [{"name": "Maria Grazia LO FARO", "role": "Presidente", "present": True},
                           {"name": "Salvatore MIGNECO", "role": "Componente", "present": True},
                           {"name": "Antonino CUTRONA", "role": "Componente", "present": True}],
             "president": {"title": "Dott.ssa", "role": "Presidente della Commissione Straordinaria",
                           "name": "Maria Grazia Lo Faro"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Giuseppe Rapisarda"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-acisantantonio-urbi-cs05.pdf", "role": "act",
     "what": "deliberazione n. 5/2029 of the Commissione Straordinaria con i poteri del Consiglio Comunale (debito "
             "fuori bilancio); roll in prose, the Presidente absent, a componente presiding, a Funzionario as "
             "segretario verbalizzante; the verbale approves the attached proposta (its PROPONE points on page 2); "
             "fpdf2, DejaVu Sans",
     "operative_points": 1,
     "act": {"municipality": ACI, "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 5,
             "date": "2029-01-24", "time": "10:00", "proposal_number": 7, "proposal_date": "2029-01-17",
             "proposing_office": "III Settore - Servizi Finanziari e Tributi",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO AI SENSI DELL'ART. 194, COMMA "
                        "1, LETT. A), DEL D.LGS. N. 267/2000, DERIVANTE DALLA SENTENZA DEL TRIBUNALE DI CATANIA N. "
                        "4127/2028",
             "attendees": [{"name": "Salvatore Migneco", "role": None, "present": True},
                           {"name": "Antonino Cutrona", "role": None, "present": True},
                           {"name": "Maria Grazia Lo Faro", "role": "Presidente", "present": False}],
             "president": {"title": "Dott.", "role": "componente della Commissione Straordinaria",
                           "name": "Salvatore Migneco"},
             "secretary": {"title": "Dott.ssa", "role": "Funzionario con funzioni di segretario verbalizzante",
                           "name": "Rosaria Pappalardo"},
             "vote": "unanimous", "immediately_executive": False}},
    {"file": "deliberazione-acisantantonio-urbi-csg09.pdf", "role": "act",
     "what": "deliberazione n. 9/2029 of the Commissione Straordinaria con i poteri della Giunta Municipale "
             "(refezione scolastica); roll as a table without header row, qualifications wrapping; python-docx "
             ".docx via LibreOffice",
     "operative_points": 3,
     "act": {"municipality": ACI, "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 9,
             "date": "2029-01-17", "time": "13:00", "proposal_number": 12, "proposal_date": "2029-01-14",
             "proposing_office": "II Settore - Servizi alla Persona e Pubblica Istruzione",
             "subject": "ATTO DI INDIRIZZO PER LA PROSECUZIONE DEL SERVIZIO DI REFEZIONE SCOLASTICA NEL PERIODO "
                        "FEBBRAIO - MAGGIO 2029 E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DEL II SETTORE",
             "attendees": [
                 {"name": "LO FARO MARIA GRAZIA",
                  "role": "Viceprefetto – Presidente della Commissione Straordinaria", "present": True},
                 {"name": "MIGNECO SALVATORE",
                  "role": "Viceprefetto aggiunto – Componente della Commissione Straordinaria", "present": True},
                 {"name": "CUTRONA ANTONINO",
                  "role": "Funzionario economico-finanziario – Componente della Commissione Straordinaria",
                  "present": False}],
             "president": {"title": "Dott.ssa", "role": "Presidente della Commissione Straordinaria",
                           "name": "Maria Grazia Lo Faro"},
             "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Alfio Grasso"},
             "vote": "unanimous", "immediately_executive": True}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def loose(val, hay):
    """words of val in order, at most three foreign words between two of them"""
    words = [re.escape(w) for w in norm(val, True).split(" ")]
    pat = r"(?:^|\s)" + r"\s+(?:\S+\s+){0,3}?".join(words) + r"(?=\s|$)"
    return re.search(pat, hay) is not None


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def sanity(k):
    """internal consistency of the key itself"""
    a = k["act"]
    errs = []
    vc = a.get("vote_counts")
    if vc and all(x in vc for x in ("present", "voters", "in_favour", "against", "abstained")):
        if vc["voters"] != vc["in_favour"] + vc["against"]:
            errs.append("voters != in_favour + against")
        if vc["present"] != vc["voters"] + vc["abstained"]:
            errs.append("present != voters + abstained")
        if a.get("attendees") and vc["present"] != sum(1 for x in a["attendees"] if x["present"]):
            errs.append("present count != attendees present")
    return errs


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    loose_used = []
    for k in KEYS:
        for e in sanity(k):
            print("INCONSISTENT %s: %s" % (k["file"], e)); miss += 1
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False, False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True, False))
        for who in ("president", "secretary"):
            if who in a:
                checks += [(who + ".name", a[who]["name"], True, False), (who + ".role", a[who]["role"], True, False),
                           (who + ".title", a[who]["title"], True, False)]
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True, True), ("attendee role", at["role"], True, True)]
        for label, val, fold, may_loose in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) in hay:
                continue
            if may_loose and loose(val, hay):
                loose_used.append((k["file"], val))
                continue
            print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    for f, v in loose_used:
        print("wrapped cell matched word by word: %s: %r" % (f, v))
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
