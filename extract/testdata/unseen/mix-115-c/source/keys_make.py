#!/usr/bin/env python3
"""Writes ../keys.json for set mix-115-c and checks that every keyed string is found,
whitespace collapsed, in `pdftotext -layout` of its PDF. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if r[1]:
            d["role"] = r[1]
        d["present"] = r[2]
        out.append(d)
    return out


CAMPO_GC = lambda marks: roll([("CRAGNOLINI Paolo", "Sindaco", marks[0]), ("BERTOSSI Silvia", "Vicesindaco", marks[1]),
                               ("FERUGLIO Marco", "Assessore", marks[2]), ("PITUELLO Elena", "Assessore", marks[3]),
                               ("MISSIO Davide", "Assessore", marks[4]),
                               ("ZULIANI Chiara", "Assessore esterno", marks[5])])
SEGR_CAMPO = {"title": "dott.", "role": "Segretario comunale", "name": "Fabio Della Vedova"}
BURSI = {"title": "dott.", "role": "Segretario Generale", "name": "Giovanni Bursi"}

KEYS = [
 {"file": "giunta-campoformido-adweb-31.pdf", "role": "act",
  "what": "Giunta minute 31/2027 of Campoformido (FVG), house style 'adweb': ReportLab platypus, Times justified with Tw, "
          "letter-spaced headings with Tc, running head on page 2 and foot with the number; roll table marked Presente/Assente",
  "operative_points": 4,
  "act": {"municipality": "Comune di Campoformido", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 31, "date": "2027-03-04", "time": "18:00",
          "proposal_number": 38, "proposal_date": "2027-02-24",
          "proposing_office": "Area Tecnica e Tecnico Manutentiva",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA "
                     "DELLA VIABILITÀ PEDONALE DI VIA SANT'ANTONIO IN FRAZIONE BRESSA - CUP H27H26000410004.",
          "attendees": CAMPO_GC([True, True, True, False, True, True]),
          "president": {"title": "sig.", "role": "Sindaco", "name": "Paolo Cragnolini"},
          "secretary": SEGR_CAMPO,
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "giunta-campoformido-adweb-34.pdf", "role": "act",
  "what": "Giunta minute 34/2027 of Campoformido, a mixed sitting: HTML printed by headless Chromium, letter-spaced "
          "CSS headings, foot repeated by a table footer; two members and the secretary by videoconference; Vicesindaco presides",
  "operative_points": 3,
  "act": {"municipality": "Comune di Campoformido", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 34, "date": "2027-03-18", "time": "17:30",
          "proposal_number": 41, "proposal_date": "2027-03-11",
          "proposing_office": "Servizio Cultura, Sport e Associazionismo",
          "subject": "ASSEGNAZIONE DI UN CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE PRO LOCO CAMPOFORMIDO PER LA "
                     "MANIFESTAZIONE “FIERA DI PRIMAVERA 2027”. INDIRIZZI AL RESPONSABILE DEL SERVIZIO.",
          "attendees": CAMPO_GC([False, True, True, True, True, True]),
          "president": {"title": "dott.ssa", "role": "Vicesindaco", "name": "Silvia Bertossi"},
          "secretary": SEGR_CAMPO,
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "consiglio-campoformido-adweb-9.pdf", "role": "act",
  "what": "Consiglio minute 9/2027 of Campoformido: pdfLaTeX (no space glyphs, typographic apostrophes), fancyhdr "
          "running head and foot with the number; roll of 17 in two side-by-side tables marked X; majority vote",
  "operative_points": 3,
  "act": {"municipality": "Comune di Campoformido", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2027-03-11", "time": "20:00",
          "subject": "MODIFICHE AL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
                     "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA. APPROVAZIONE.",
          "attendees": roll([("CRAGNOLINI Paolo", "Sindaco", True), ("BERTOSSI Silvia", "Consigliere", True),
                             ("FERUGLIO Marco", "Consigliere", True), ("PITUELLO Elena", "Consigliere", True),
                             ("MISSIO Davide", "Consigliere", True), ("COSSETTINI Luca", "Consigliere", True),
                             ("TOMASIN Giorgia", "Consigliere", False), ("MORANDINI Ivan", "Consigliere", True),
                             ("BULFONE Sara", "Consigliere", True), ("DEL FABBRO Mauro", "Consigliere", True),
                             ("SNAIDERO Valentina", "Consigliere", True), ("CECCHINI Roberto", "Consigliere", False),
                             ("LIZZI Anna", "Consigliere", True), ("BEARZI Daniele", "Consigliere", True),
                             ("GOMBA Federica", "Consigliere", True), ("DE CECCO Alessio", "Consigliere", True),
                             ("PASCOLO Ilaria", "Consigliere", False)]),
          "president": {"title": "sig.", "role": "Sindaco", "name": "Paolo Cragnolini"},
          "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Laura Toso"},
          "vote": "majority",
          "vote_counts": {"present": 14, "voters": 12, "in_favour": 10, "against": 2, "abstained": 2},
          "immediately_executive": True}},
 {"file": "consiglio-campoformido-adweb-11.pdf", "role": "act",
  "what": "Consiglio minute 11/2027 of Campoformido: python-docx (header table, PAGE field in the foot) exported by "
          "LibreOffice Writer; the roll names only the two absent councillors; majority vote",
  "operative_points": 4,
  "act": {"municipality": "Comune di Campoformido", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 11, "date": "2027-03-29", "time": "19:00",
          "proposal_number": 17, "proposal_date": "2027-03-15", "proposing_office": "Servizio Finanziario e Tributi",
          "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE 2027-2029 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. "
                     "267/2000 E APPLICAZIONE DI QUOTA DELL'AVANZO VINCOLATO PRESUNTO.",
          "attendees": roll([("TOMASIN Giorgia", None, False), ("PASCOLO Ilaria", None, False)]),
          "president": {"role": "Sindaco", "name": "Paolo Cragnolini"},
          "secretary": SEGR_CAMPO,
          "vote": "majority",
          "vote_counts": {"present": 15, "voters": 15, "in_favour": 11, "against": 4, "abstained": 0},
          "immediately_executive": True}},
 {"file": "giunta-soliera-sicrawebevo-22.pdf", "role": "act",
  "what": "Giunta minute 22/2027 of Soliera (Emilia-Romagna), house style 'sicrawebevo': HTML through wkhtmltopdf, "
          "number band and boxed subject; roll table marked Sì/No",
  "operative_points": 3,
  "act": {"municipality": "Comune di Soliera", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 22, "date": "2027-03-09", "time": "15:00",
          "proposal_number": 29, "proposal_date": "2027-03-02", "proposing_office": "Settore Servizi alla Persona",
          "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI PROMOZIONE SOCIALE \"IL PONTE\" "
                     "PER LA GESTIONE DEL CENTRO DI AGGREGAZIONE GIOVANILE DI VIA GIOVANNI XXIII - PERIODO 2027-2029",
          "attendees": roll([("MALAGOLI ROBERTA", "Sindaca", True), ("FERRARI STEFANO", "Vicesindaco", True),
                             ("GHERARDI LUCIA", "Assessora", True), ("BELLEI ANDREA", "Assessore", False),
                             ("PELLACANI MATTEO", "Assessore", True), ("VACCARI GIULIA", "Assessora", True)]),
          "president": {"role": "Sindaca", "name": "Roberta Malagoli"},
          "secretary": BURSI,
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "giunta-soliera-sicrawebevo-27.pdf", "role": "act",
  "what": "Giunta minute 27/2027 of Soliera: hand-written content streams (pikepdf), every glyph placed alone with no "
          "space glyphs, justified by spreading the gaps, headings letter-spaced with Tc, foot written first, an office "
          "stamp at 14 degrees; roll in prose with roles after the names",
  "operative_points": 4,
  "act": {"municipality": "Comune di Soliera", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 27, "date": "2027-03-23", "time": "14:30",
          "proposal_number": 34, "proposal_date": "2027-03-16",
          "proposing_office": "Settore Istruzione, Sport e Politiche Giovanili",
          "subject": "INDIRIZZI PER L'ORGANIZZAZIONE DEI CENTRI ESTIVI COMUNALI 2027 E APPROVAZIONE DELLE TARIFFE "
                     "SETTIMANALI DI FREQUENZA",
          "attendees": roll([("Roberta Malagoli", "Sindaca", True), ("Stefano Ferrari", "Vicesindaco", True),
                             ("Lucia Gherardi", "Assessora", True), ("Matteo Pellacani", "Assessore", True),
                             ("Andrea Bellei", "Assessore", False), ("Giulia Vaccari", "Assessora", False)]),
          "president": {"title": "avv.", "role": "Sindaca", "name": "Roberta Malagoli"},
          "secretary": {"title": "dott.ssa", "role": "Vice Segretario Generale", "name": "Paola Barbieri"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "consiglio-soliera-sicrawebevo-14.pdf", "role": "act",
  "what": "Consiglio minute 14/2027 of Soliera: ReportLab canvas, letterhead, band, foot and signatures as reused "
          "Form XObjects, blocks drawn out of reading order (right half of the roll before the left); roll in two "
          "side-by-side columns with two members 'Da remoto' (videoconference); unanimous vote with counts",
  "operative_points": 3,
  "act": {"municipality": "Comune di Soliera", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 14, "date": "2027-03-16", "time": "18:00",
          "proposal_number": 9, "proposal_date": "2027-03-05",
          "proposing_office": "Settore Pianificazione e Sviluppo del Territorio",
          "subject": "AGGIORNAMENTO DEL PIANO COMUNALE DI PROTEZIONE CIVILE AI SENSI DELL'ART. 12 DEL D.LGS. 2 "
                     "GENNAIO 2018, N. 1. APPROVAZIONE",
          "attendees": roll([("MALAGOLI Roberta", None, True), ("TIRELLI Marco", None, True),
                             ("ZANOLI Chiara", None, True), ("BERGONZINI Luca", None, True),
                             ("CATTANI Elisa", None, True), ("GOLINELLI Paolo", None, True),
                             ("MANTOVANI Sara", None, True), ("POLTRONIERI Enrico", None, True),
                             ("RIGHI Federica", None, True), ("SALVIOLI Davide", None, True),
                             ("TAGLIAZUCCHI Irene", None, True), ("VENTURELLI Simone", None, True),
                             ("BORSARI Laura", None, True), ("CAVAZZUTI Nicola", None, True),
                             ("MUCCINI Alessia", None, False), ("PIVETTI Gabriele", None, False),
                             ("SERAFINI Monica", None, True)]),
          "president": {"role": "Presidente del Consiglio comunale", "name": "Marco Tirelli"},
          "secretary": BURSI,
          "vote": "unanimous",
          "vote_counts": {"present": 15, "voters": 15, "in_favour": 15, "against": 0, "abstained": 0},
          "immediately_executive": True}},
 {"file": "consiglio-soliera-sicrawebevo-15.pdf", "role": "act",
  "what": "Consiglio minute 15/2027 of Soliera: fpdf2 core fonts, justified multi_cell, running head and 'pag. x/y' "
          "foot; roll table marked Presente/Assente; the Vice Presidente presides; majority vote; no immediate executivity",
  "operative_points": 4,
  "act": {"municipality": "Comune di Soliera", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 15, "date": "2027-03-30", "time": "18:30",
          "proposal_number": 12, "proposal_date": "2027-03-17",
          "proposing_office": "Settore Pianificazione e Sviluppo del Territorio",
          "subject": "ADOZIONE DELLA VARIANTE SPECIFICA AL PIANO URBANISTICO GENERALE (PUG) PER L'AMPLIAMENTO "
                     "DELL'AREA PRODUTTIVA DI VIA CARPI AI SENSI DELL'ART. 45 DELLA L.R. 21 DICEMBRE 2017, N. 24",
          "attendees": roll([("MALAGOLI Roberta", "Sindaca", True), ("TIRELLI Marco", "Presidente del Consiglio", False),
                             ("ZANOLI Chiara", "Vice Presidente del Consiglio", True),
                             ("BERGONZINI Luca", "Consigliere", True), ("CATTANI Elisa", "Consigliera", True),
                             ("GOLINELLI Paolo", "Consigliere", True), ("MANTOVANI Sara", "Consigliera", True),
                             ("POLTRONIERI Enrico", "Consigliere", True), ("RIGHI Federica", "Consigliera", True),
                             ("SALVIOLI Davide", "Consigliere", True), ("TAGLIAZUCCHI Irene", "Consigliera", True),
                             ("VENTURELLI Simone", "Consigliere", True), ("BORSARI Laura", "Consigliera", True),
                             ("CAVAZZUTI Nicola", "Consigliere", False), ("MUCCINI Alessia", "Consigliera", True),
                             ("PIVETTI Gabriele", "Consigliere", False), ("SERAFINI Monica", "Consigliera", True)]),
          "president": {"title": "sig.ra", "role": "Vice Presidente del Consiglio", "name": "Chiara Zanoli"},
          "secretary": BURSI,
          "vote": "majority",
          "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1}}},
 {"file": "giunta-cassanodellemurge-cityware-45.pdf", "role": "act",
  "what": "Giunta minute 45/2027 of Cassano delle Murge (Puglia), house style 'cityware': an 80-column Courier report "
          "printed by enscript with a running head carrying the number, through ps2pdf; roll table marked SI/NO",
  "operative_points": 4,
  "act": {"municipality": "Comune di Cassano delle Murge", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 45, "date": "2027-03-05", "time": "13:15",
          "proposal_number": 51, "proposal_date": "2027-03-01", "proposing_office": "SETTORE III - LAVORI PUBBLICI",
          "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA E ADEGUAMENTO ANTINCENDIO DEL PLESSO SCOLASTICO DI VIA "
                     "SAN ROCCO - APPROVAZIONE PROGETTO ESECUTIVO - CUP F47B26000180004",
          "attendees": roll([("COLONNA GIUSEPPE", "SINDACO", True), ("SISTO ANGELA", "VICE SINDACO", True),
                             ("LORUSSO NICOLA", "ASSESSORE", True), ("LISI FRANCESCO", "ASSESSORE", False),
                             ("DIGREGORIO ROSA", "ASSESSORE", True)]),
          "president": {"title": "Avv.", "role": "Sindaco", "name": "Giuseppe Colonna"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Michele Ranieri"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "giunta-cassanodellemurge-cityware-52.pdf", "role": "act",
  "what": "Giunta minute 52/2027 of Cassano delle Murge: plain troff in Courier, filled and justified, running head "
          "from a trap, groff -Tps and ps2pdf; roll in prose with roles after the names",
  "operative_points": 3,
  "act": {"municipality": "Comune di Cassano delle Murge", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 52, "date": "2027-03-19", "time": "12:00",
          "proposal_number": 60, "proposal_date": "2027-03-15", "proposing_office": "SETTORE I - AFFARI GENERALI",
          "subject": "RICORSO IN APPELLO AVVERSO LA SENTENZA DEL TRIBUNALE DI BARI N. 4512/2026 - AUTORIZZAZIONE AL "
                     "SINDACO A COSTITUIRSI IN GIUDIZIO E CONFERIMENTO DELL’INCARICO DI PATROCINIO LEGALE",
          "attendees": roll([("COLONNA Giuseppe", "Sindaco", True), ("SISTO Angela", "Vice Sindaco", True),
                             ("LORUSSO Nicola", "Assessore", True), ("LISI Francesco", "Assessore", True),
                             ("DIGREGORIO Rosa", "Assessore", False)]),
          "president": {"role": "Sindaco", "name": "Giuseppe Colonna"},
          "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Generale", "name": "Antonella Patruno"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "consiglio-cassanodellemurge-cityware-8.pdf", "role": "act",
  "what": "Consiglio minute 8/2027 of Cassano delle Murge on the package's pre-printed form: Helvetica labels with "
          "blanks of underscores, values typed over them in Courier (ReportLab); roll in two side-by-side columns "
          "with X in boxes; vote counts in blanks; majority",
  "operative_points": 4,
  "act": {"municipality": "Comune di Cassano delle Murge", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 8, "date": "2027-03-12", "time": "18:30",
          "proposal_number": 14, "proposal_date": "2027-03-02",
          "proposing_office": "Settore II - Economico Finanziario e Tributi",
          "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) 2027 DEL SERVIZIO INTEGRATO DI GESTIONE DEI "
                     "RIFIUTI E DELLE TARIFFE TARI PER L'ANNO 2027",
          "attendees": roll([("COLONNA Giuseppe", None, True), ("LATERZA Domenico", None, True),
                             ("DIGIESI Vincenzo", None, True), ("CAPOZZI Marianna", None, True),
                             ("LOVECCHIO Pasquale", None, True), ("MASTROROCCO Teresa", None, True),
                             ("NETTI Giovanni", None, False), ("PASCULLI Lucia", None, True),
                             ("RAGONE Vito", None, True), ("SCHIRALDI Anna", None, True),
                             ("TAMBORRA Michele", None, False), ("VALENTINI Rosanna", None, True),
                             ("ZACCARO Antonio", None, True), ("CAMPANELLA Giacomo", None, True),
                             ("DIBENEDETTO Grazia", None, True), ("FRACCHIOLLA Nicola", None, True),
                             ("LOIUDICE Carmela", None, False)]),
          "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale", "name": "Domenico LATERZA"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Michele RANIERI"},
          "vote": "majority",
          "vote_counts": {"present": 14, "voters": 14, "in_favour": 10, "against": 4, "abstained": 0},
          "immediately_executive": True}},
 {"file": "consiglio-cassanodellemurge-cityware-10.pdf", "role": "act",
  "what": "Consiglio minute 10/2027 of Cassano delle Murge: the 80-column report printed by a2ps (hyphens become "
          "U+2212, apostrophes U+2019) through ps2pdf; only the three absent councillors are named; unanimous with counts",
  "operative_points": 3,
  "act": {"municipality": "Comune di Cassano delle Murge", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 10, "date": "2027-03-26", "time": "19:00",
          "proposal_number": 19, "proposal_date": "2027-03-16", "proposing_office": "UFFICIO CONTENZIOSO",
          "subject": "RICONOSCIMENTO DELLA LEGITTIMITA’ DEL DEBITO FUORI BILANCIO AI SENSI DELL’ART. 194, COMMA 1, "
                     "LETT. A), DEL D.LGS. 267/2000 DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI BARI N. 1187/2026",
          "attendees": roll([("CAPOZZI Marianna", None, False), ("RAGONE Vito", None, False),
                             ("ZACCARO Antonio", None, False)]),
          "president": {"role": "Presidente del Consiglio", "name": "LATERZA Domenico"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Michele RANIERI"},
          "vote": "unanimous",
          "vote_counts": {"present": 14, "in_favour": 14, "against": 0, "abstained": 0},
          "immediately_executive": True}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strings(k):
    a = k["act"]
    out = [("municipality", a["municipality"]), ("subject", a["subject"])]
    for f in ("organ", "office", "proposing_office"):
        if f in a:
            out.append((f, a[f]))
    for p in a.get("attendees", []):
        out.append(("attendee", p["name"]))
        if "role" in p:
            out.append(("attendee role", p["role"]))
    for who in ("president", "secretary"):
        if who in a:
            for f in ("title", "role", "name"):
                if f in a[who]:
                    out.append((who + " " + f, a[who][f]))
    return out


def main():
    miss = 0
    names = set()
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        names.add(k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout)
        low = txt.lower()
        for what, s in strings(k):
            s = norm(s)
            # organ, office, municipality, roles and titles are compared without regard to case
            ci = what in ("municipality", "organ", "office", "proposing_office") or what.endswith("role") \
                or what.endswith("title")
            ok = (s.lower() in low) if ci else (s in txt)
            if not ok:
                print("MISS %s: %s = %r" % (k["file"], what, s)); miss += 1
        a = k["act"]
        if "attendees" in a and "vote_counts" in a and a["vote_counts"].get("present") is not None:
            pres = sum(1 for p in a["attendees"] if p["present"])
            absn = sum(1 for p in a["attendees"] if not p["present"])
            if absn and pres and pres != a["vote_counts"]["present"]:
                print("COUNT %s: %d present in roll, %d in vote" % (k["file"], pres, a["vote_counts"]["present"]))
                miss += 1
    extra = sorted(f for f in os.listdir(SET) if f.endswith(".pdf") and f not in names)
    for f in extra:
        print("UNKEYED", f); miss += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
