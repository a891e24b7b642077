# -*- coding: utf-8 -*-
"""Writes ../keys.json and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed).  Subjects are checked
exactly as printed; names, roles, organs, offices and titles without regard to
case or the shape of the apostrophe.  Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def people(rows, roles=True):
    out = []
    for r in rows:
        name, role, present = r
        d = {"name": name}
        if roles and role:
            d["role"] = role
        d["present"] = present
        out.append(d)
    return out


LEIVI_CC = ["CANEPA Andrea", "QUEIROLO Silvia", "DONDERO Paolo", "SANGUINETI Elena",
            "FIGARI Roberto", "ARATA Giulia", "NOCETI Stefano", "PODESTÀ Marina",
            "BACIGALUPO Luca", "SBARBARO Carla", "CORDANO Matteo"]
SOL_CC = ["CASSARINO CORRADO", "SCOLLO ANGELA", "DI MAURO VINCENZO", "NICOTRA SONIA",
          "SANTORO PAOLO", "GIULIANO CARMELA", "BONGIOVANNI LUCA", "CARPINTERI GIORGIO",
          "LO IACONO RITA", "SACCA' ANTONINO", "MUSUMECI SEBASTIANO", "GAROFALO DANIELA"]
ROS_GC = [("DI GIACOMO SIMONE", "SINDACO"), ("MARINELLI ANNALISA", "VICE SINDACO"),
          ("FEBO DOMENICO", "ASSESSORE"), ("CIPOLLONE TIZIANA", "ASSESSORE"),
          ("D'ANGELO MARCO", "ASSESSORE")]
ROS_CC = ["DI GIACOMO Simone", "MARINELLI Annalisa", "FEBO Domenico", "CIPOLLONE Tiziana",
          "D'ANGELO Marco", "DI RENZO Giulio", "PAVONE Ilaria", "SABLONE Nicola",
          "TIBERIO Federica", "DI CRESCENZO Alessio", "RAPPOSELLI Lucia",
          "COLANGELO Pierluigi", "DI LORITO Enzo"]

KEYS = [
    {"file": "giunta54-leivi-civilnext.pdf", "role": "act",
     "what": "Leivi Giunta minute n. 54: CiviliaNext-like HTML printed by headless Chromium; "
             "letter-spaced title bar, P/A roll with counts, president and secretary in the opening "
             "sentence, running foot with the number in @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": "Comune di Leivi", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 54, "date": "2027-08-03", "time": "12:30",
             "proposal_number": 61, "proposal_date": "2027-08-02", "proposing_office": "Area Tecnica",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                        "MESSA IN SICUREZZA E CONSOLIDAMENTO DEL MURO DI SOSTEGNO DELLA STRADA "
                        "COMUNALE DI VIA SAN RUFINO – CUP E87H27000410004",
             "attendees": people([("CANEPA Andrea", "Sindaco", True),
                                  ("QUEIROLO Silvia", "Vice Sindaco", True),
                                  ("DONDERO Paolo", "Assessore", True)]),
             "president": {"role": "Sindaco", "name": "Andrea Canepa"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Ferretto"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta58-leivi-civilnext.pdf", "role": "act",
     "what": "Leivi Giunta minute n. 58: the same HTML layout printed by wkhtmltopdf (no running foot); "
             "Vice Sindaco presiding, Segretario a scavalco, roll with X under Presente/Assente, no counts",
     "operative_points": 3,
     "act": {"municipality": "Comune di Leivi", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 58, "date": "2027-08-11", "time": "13:00",
             "proposal_number": 66, "proposal_date": "2027-08-09", "proposing_office": "Area Amministrativa",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO DI LEIVI "
                        "PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2027",
             "attendees": people([("CANEPA Andrea", "Sindaco", False),
                                  ("QUEIROLO Silvia", "Vice Sindaco", True),
                                  ("DONDERO Paolo", "Assessore", True)]),
             "president": {"role": "Vice Sindaco", "name": "Silvia Queirolo"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale a scavalco",
                           "name": "Giovanni Repetto"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio21-leivi-civilnext.pdf", "role": "act",
     "what": "Leivi Consiglio minute n. 21: CiviliaNext-like HTML printed by Chromium; roll SI/NO "
             "with counts, Sindaco presiding, Vice Segretario, vote by majority with counts",
     "operative_points": 3,
     "act": {"municipality": "Comune di Leivi", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 21, "date": "2027-08-05", "time": "20:30",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI "
                        "DELL'ART. 175, COMMA 2, DEL D.LGS. N. 267/2000 E APPLICAZIONE DI QUOTA "
                        "DELL'AVANZO DI AMMINISTRAZIONE",
             "attendees": people([(n, "Sindaco" if i == 0 else "Consigliere",
                                   n not in ("NOCETI Stefano", "SBARBARO Carla"))
                                  for i, n in enumerate(LEIVI_CC)]),
             "president": {"role": "Sindaco", "name": "Andrea Canepa"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Enrico Raffo"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio23-leivi-civilnext.pdf", "role": "act",
     "what": "Leivi Consiglio minute n. 23: the package's .docx export converted by LibreOffice Writer; "
             "roll in two columns side by side (P/A), president and secretary named only in the "
             "signature block, Word footer with number and page fields",
     "operative_points": 2,
     "act": {"municipality": "Comune di Leivi", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 23, "date": "2027-08-30", "time": "21:00",
             "subject": "PRESENTAZIONE E APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) "
                        "SEMPLIFICATO PER IL PERIODO 2028/2030",
             "attendees": people([(n, None, n != "ARATA Giulia") for n in LEIVI_CC]),
             "president": {"role": "Presidente", "name": "Andrea Canepa"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Ferretto"},
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0}}},
    {"file": "giunta112-solarino-sikuel.pdf", "role": "act",
     "what": "Solarino Giunta Municipale minute n. 112: 80-column Courier report padded to justify, "
             "printed by enscript with a running head carrying the number, Ghostscript; roll with X "
             "under PRESENTE/ASSENTE and counts; president and secretary in the opening sentence",
     "operative_points": 3,
     "act": {"municipality": "Comune di Solarino", "organ": "Giunta Municipale", "kind": "deliberazione",
             "number": 112, "date": "2027-08-04", "time": "13:30",
             "proposal_number": 131, "proposal_date": "2027-08-02",
             "proposing_office": "SETTORE II - TECNICO",
             "subject": "ASSEGNAZIONE DI RISORSE AL RESPONSABILE DEL SETTORE TECNICO PER I LAVORI "
                        "DI MANUTENZIONE STRAORDINARIA DEI SERVIZI IGIENICI DELLA SCUOLA PRIMARIA "
                        "DI VIA ARCHIMEDE - ANNO SCOLASTICO 2027/2028",
             "attendees": people([("SCROFANI GIUSEPPE", "Sindaco", True),
                                  ("TRINGALI MARIA GRAZIA", "Vice Sindaco", True),
                                  ("CARUSO SALVATORE", "Assessore", True),
                                  ("SIPALA CONCETTA", "Assessore", True),
                                  ("MONCADA FRANCESCO", "Assessore", False)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Giuseppe Scrofani"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Sebastiano Amenta"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta115-solarino-sikuel.pdf", "role": "act",
     "what": "Solarino Giunta Municipale minute n. 115: the same 80-column report printed by a2ps "
             "(hyphens drawn as minus signs), Ghostscript; P/A roll without counts; president and "
             "Segretario reggente named only in the closing signature block",
     "operative_points": 4,
     "act": {"municipality": "Comune di Solarino", "organ": "Giunta Municipale", "kind": "deliberazione",
             "number": 115, "date": "2027-08-10", "time": "12:00",
             "proposal_number": 136, "proposal_date": "2027-08-06",
             "proposing_office": "SETTORE I \u2212 AFFARI GENERALI",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON IL CENTRO SERVIZI PER IL VOLONTARIATO "
                        "ETNEO PER IL SERVIZIO DI TRASPORTO SOCIALE DEGLI ANZIANI \u2212 PERIODO "
                        "SETTEMBRE 2027 / AGOSTO 2028",
             "attendees": people([("SCROFANI GIUSEPPE", "Sindaco", True),
                                  ("TRINGALI MARIA GRAZIA", "Vice Sindaco", True),
                                  ("CARUSO SALVATORE", "Assessore", True),
                                  ("SIPALA CONCETTA", "Assessore", False),
                                  ("MONCADA FRANCESCO", "Assessore", True)]),
             "president": {"title": "Sig.", "role": "Presidente", "name": "Giuseppe Scrofani"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale reggente",
                           "name": "Rosaria Fichera"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio38-solarino-sikuel.pdf", "role": "act",
     "what": "Solarino Consiglio minute n. 38: the 80-column report set in Courier by groff (plain troff, "
             "running head with the number), PostScript through Ghostscript; roll in two columns side by "
             "side with counts; Consigliere anziano presiding; vote by majority with counts",
     "operative_points": 3,
     "act": {"municipality": "Comune di Solarino", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 38, "date": "2027-08-12", "time": "18:30",
             "proposal_number": 142, "proposal_date": "2027-08-03",
             "proposing_office": "SETTORE III - ECONOMICO FINANZIARIO",
             "subject": "RICONOSCIMENTO DI LEGITTIMITA\u2019 DEL DEBITO FUORI BILANCIO DERIVANTE DALLA "
                        "SENTENZA N. 1187/2027 DEL GIUDICE DI PACE DI SIRACUSA, AI SENSI DELL\u2019ART. 194, "
                        "COMMA 1, LETT. A), DEL D.LGS. N. 267/2000",
             "attendees": people([(n, None, n not in ("CASSARINO CORRADO", "SCOLLO ANGELA",
                                                       "GAROFALO DANIELA")) for n in SOL_CC]),
             "president": {"title": "Sig.", "role": "Consigliere anziano", "name": "Di Mauro Vincenzo"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Sebastiano Amenta"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 8, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio40-solarino-sikuel.pdf", "role": "act",
     "what": "Solarino Consiglio minute n. 40: the package's pre-printed Courier form with values typed "
             "over blanks of underscores (number, date, roll SI/NO, counts, president, secretary), "
             "body typed below; fpdf2",
     "operative_points": 3,
     "act": {"municipality": "Comune di Solarino", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 40, "date": "2027-08-26", "time": "19:00",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL BARATTO "
                        "AMMINISTRATIVO E DEGLI INTERVENTI DI SUSSIDIARIETA' ORIZZONTALE",
             "attendees": people([(n, None, n not in ("CARPINTERI GIORGIO", "GAROFALO DANIELA"))
                                  for n in SOL_CC]),
             "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Cassarino Corrado"},
             "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Comunale", "name": "Agata Lentini"},
             "vote": "unanimous",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 10}}},
    {"file": "giunta76-rosciano-halley.pdf", "role": "act",
     "what": "Rosciano Giunta minute n. 76: Halley-like layout by ReportLab, body justified by word "
             "spacing (Tw), letterhead Form XObject painted after the body, publication stamp rotated up "
             "the left margin; P/A roll with counts; president and secretary in the opening sentence",
     "operative_points": 4,
     "act": {"municipality": "Comune di Rosciano", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 76, "date": "2027-08-06", "time": "11:00",
             "proposal_number": 88, "proposal_date": "2027-08-04",
             "proposing_office": "SETTORE I - AMMINISTRATIVO",
             "subject": "AUTORIZZAZIONE AL SINDACO A RESISTERE NEL GIUDIZIO PROMOSSO INNANZI AL T.A.R. "
                        "ABRUZZO - SEZIONE STACCATA DI PESCARA - AVVERSO IL PERMESSO DI COSTRUIRE "
                        "N. 14/2027 E CONFERIMENTO DELL'INCARICO DI PATROCINIO LEGALE",
             "attendees": people([(n, r, n != "CIPOLLONE TIZIANA") for n, r in ROS_GC]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Simone Di Giacomo"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Antonio Di Bartolomeo"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta79-rosciano-halley.pdf", "role": "act",
     "what": "Rosciano Giunta minute n. 79: the same layout written as hand-made content streams "
             "(pikepdf), every glyph placed alone with no space characters, letterhead Form XObject "
             "painted last; Vice Sindaco presiding, Vice Segretario; X under Presente/Assente, no counts",
     "operative_points": 5,
     "act": {"municipality": "Comune di Rosciano", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 79, "date": "2027-08-18", "time": "12:00",
             "proposal_number": 93, "proposal_date": "2027-08-16",
             "proposing_office": "SETTORE III - TECNICO",
             "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI EFFICIENTAMENTO ENERGETICO "
                        "DELL'IMPIANTO DI PUBBLICA ILLUMINAZIONE IN LOCALITÀ VILLA OLIVETI - "
                        "CUP H37H27000180001",
             "attendees": people([(n, r, n != "DI GIACOMO SIMONE") for n, r in ROS_GC]),
             "president": {"title": "sig.ra", "role": "Vice Sindaco", "name": "Annalisa Marinelli"},
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Mara Ciccone"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio29-rosciano-halley.pdf", "role": "act",
     "what": "Rosciano Consiglio minute n. 29: the same layout typeset by pdfLaTeX (Times, hyphenated "
             "justification, running head from page 2); roll in two columns side by side with counts; "
             "Consigliere anziano presiding, Segretario a scavalco named in the opening sentence",
     "operative_points": 3,
     "act": {"municipality": "Comune di Rosciano", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 29, "date": "2027-08-11", "time": "18:00",
             "proposal_number": 90, "proposal_date": "2027-08-05",
             "proposing_office": "SETTORE IV - SERVIZI ALLA PERSONA",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO E LA GESTIONE "
                        "DEGLI IMPIANTI SPORTIVI COMUNALI",
             "attendees": people([(n, "Sindaco" if i == 0 else None,
                                   n not in ("DI GIACOMO Simone", "MARINELLI Annalisa",
                                             "COLANGELO Pierluigi"))
                                  for i, n in enumerate(ROS_CC)]),
             "president": {"title": "sig.", "role": "Consigliere anziano", "name": "Nicola Sablone"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale a scavalco",
                           "name": "Paola Sacchetti"},
             "vote": "majority",
             "vote_counts": {"present": 10, "in_favour": 7, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "consiglio31-rosciano-halley.pdf", "role": "act",
     "what": "Rosciano Consiglio minute n. 31: the same layout by ReportLab with every line justified "
             "by character spacing (Tc), running head with the number; SI/NO roll with counts; "
             "president and secretary named only in the signature block",
     "operative_points": 2,
     "act": {"municipality": "Comune di Rosciano", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 31, "date": "2027-08-27", "time": "18:30",
             "proposal_number": 97, "proposal_date": "2027-08-23",
             "proposing_office": "SETTORE II - ECONOMICO FINANZIARIO",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 74 DEL 02-08-2027 AVENTE "
                        "AD OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO "
                        "2027/2029 (ART. 175, COMMA 4, DEL D.LGS. N. 267/2000)",
             "attendees": people([(n, "Sindaco" if i == 0 else "Consigliere",
                                   n != "COLANGELO Pierluigi") for i, n in enumerate(ROS_CC)]),
             "president": {"title": "dott.", "role": "Presidente", "name": "Simone Di Giacomo"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Antonio Di Bartolomeo"},
             "vote": "majority",
             "vote_counts": {"present": 12, "in_favour": 9, "against": 3},
             "immediately_executive": True}},
]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = ws(s).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("`", "'")):
        s = s.replace(a, b)
    return s


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True).stdout
        exact, lo = ws(txt), loose(txt)
        a = k["act"]
        checks = [("subject", a["subject"], True)]
        for f in ("municipality", "organ", "proposing_office", "office", "time"):
            if f in a:
                checks.append((f, a[f], False))
        for f in ("number", "proposal_number"):
            if f in a:
                checks.append((f, str(a[f]), False))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                alts = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y)]
                if not any(x in exact for x in alts):
                    print("MISS", k["file"], f, a[f])
                    misses += 1
        for p in a.get("attendees", []):
            checks.append(("attendee", p["name"], False))
            if "role" in p:
                checks.append(("attendee role", p["role"], False))
        for who in ("president", "secretary"):
            for f in ("title", "role", "name"):
                if f in a.get(who, {}):
                    checks.append((who + "." + f, a[who][f], False))
        for label, val, strict in checks:
            ok = ws(val) in exact if strict else loose(val) in lo
            if not ok:
                print("MISS", k["file"], label, repr(val))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
