#!/usr/bin/env python3
"""Writes ../keys.json for mix-113-c and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; apostrophes, minus
signs and case normalised the way the comparisons ignore them; subjects are
checked with their case). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def roll(rows, absent):
    return [{"name": n, "role": r, "present": n not in absent} for n, r in rows]


PIEVE_CC = [("BORDONE Alessandro", "Sindaco")] + [(n, "Consigliere") for n in (
    "CAFFARENA Marta", "OLIVARI Stefano", "DAPELO Giulia", "MOLFINO Carlo", "SCHIAFFINO Paola",
    "ROCCATAGLIATA Luca", "CASSOLA Federica", "DIGHERO Andrea", "GAGGERO Silvia", "PORCILE Matteo")]
PIEVE_GC = [("BORDONE Alessandro", "Sindaco"), ("CAFFARENA Marta", "Vicesindaco"), ("OLIVARI Stefano", "Assessore")]
ORIA_CC = [("PESARE Francesco", "Sindaco"), ("ANDRIULO Annamaria", "Presidente")] + [(n, "Consigliere") for n in (
    "URGESE Giuseppe", "CARLUCCI Francesca", "PINTO Vito", "CAVALLO Lucia", "ANTONUCCI Antonio", "MARINOSCI Teresa",
    "PERRUCCI Domenico", "SARACINO Marco", "MELE Rosanna", "D'ERRICO Pietro", "FRANCIOSO Gianluca",
    "LIGORIO Maria Grazia", "PASSIANTE Roberto", "CANNALIRE Ilaria", "DI CASTRI Salvatore")]
ORIA_GC = [("PESARE Francesco", "Sindaco"), ("URGESE Giuseppe", "Vice Sindaco"), ("CARLUCCI Francesca", "Assessore"),
           ("PINTO Vito", "Assessore"), ("CAVALLO Lucia", "Assessore"), ("ANTONUCCI Antonio", "Assessore")]
MAS_CC = [("ZANATTA GIOVANNI", "SINDACO")] + [(n, "CONSIGLIERE") for n in (
    "BORTOLUZZI ELENA", "FAVARO MICHELE", "DAL BO' CHIARA", "PIOVESAN LUCA", "BUSATO SARA", "TONON MARCO",
    "GASPARINI ANNA", "VETTORETTI PAOLO", "MENEGHIN FEDERICO", "CAMPAGNOLO ILARIA", "FREGONESE DAVIDE",
    "DE PICCOLI NICOLETTA")]
MAS_GC = [("ZANATTA GIOVANNI", "SINDACO"), ("BORTOLUZZI ELENA", "VICESINDACO"), ("FAVARO MICHELE", "ASSESSORE"),
          ("PIOVESAN LUCA", "ASSESSORE"), ("BUSATO SARA", "ASSESSORE")]

PIEVE = "Comune di Pieve Ligure"
ORIA = "Comune di Oria"
MAS = "Comune di Maserada sul Piave"
CEVASCO = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Cevasco"}
SPAGNOLO = {"title": "avv.", "role": "Segretario Generale", "name": "Giuseppina Spagnolo"}
BRESSAN = {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "BRESSAN STEFANO"}

KEYS = [
    {"file": "consiglio-1-pieveligure-sicraweb.pdf", "role": "act",
     "what": "Consiglio minute n. 1/2027 (DUP), Sicraweb-like layout, HTML printed by headless Chromium; roll table with group column and totals of assigned and in office; majority vote",
     "operative_points": 3,
     "act": {"municipality": PIEVE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2027-01-14", "time": "20:30", "proposal_number": 3, "proposal_date": "2027-01-05",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2027/2029 - APPROVAZIONE.",
             "attendees": roll(PIEVE_CC, {"CASSOLA Federica", "PORCILE Matteo"}),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Alessandro Bordone"},
             "secretary": CEVASCO, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-2-pieveligure-sicraweb.pdf", "role": "act",
     "what": "Consiglio minute n. 2/2027 (bilancio), same session, Chromium with a running head (CSS @page margin box) on page 2 and 'Pag. x di y'; a councillor enters and another leaves before the vote",
     "operative_points": 4,
     "act": {"municipality": PIEVE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2027-01-14", "time": "20:30", "proposal_number": 4, "proposal_date": "2027-01-05",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 E RELATIVI ALLEGATI - ESAME ED APPROVAZIONE.",
             "attendees": roll(PIEVE_CC, {"CASSOLA Federica", "PORCILE Matteo"}),
             "president": {"role": "Sindaco", "name": "Alessandro Bordone"},
             "secretary": CEVASCO, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-3-pieveligure-sicraweb.pdf", "role": "act",
     "what": "Consiglio minute n. 3/2027 (regolamento spiagge), same HTML template printed by wkhtmltopdf; vote by roll call listing each councillor's vote; Vicesindaco presides, Vice Segretario minutes; not immediately executive",
     "operative_points": 3,
     "act": {"municipality": PIEVE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3,
             "date": "2027-01-28", "time": "18:00", "proposal_number": 6, "proposal_date": "2027-01-15",
             "proposing_office": "Area Tecnica - Servizio Demanio Marittimo",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA GESTIONE DELLE SPIAGGE LIBERE E DELLE SPIAGGE LIBERE ATTREZZATE.",
             "attendees": roll(PIEVE_CC, {"BORDONE Alessandro", "SCHIAFFINO Paola"}),
             "president": {"role": "Vicesindaco", "name": "Marta Caffarena"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Paolo Queirolo"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 6, "against": 3, "abstained": 0},
             "immediately_executive": False}},
    {"file": "giunta-4-pieveligure-sicraweb.pdf", "role": "act",
     "what": "Giunta minute n. 4/2027 (PEG), same template printed by wkhtmltopdf, COPIA with a note of conformity; one assessore absent; unanimous",
     "operative_points": 4,
     "act": {"municipality": PIEVE, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2027-01-19", "time": "12:00", "proposal_number": 5, "proposal_date": "2027-01-13",
             "proposing_office": "Area Amministrativa - Segreteria Generale",
             "subject": "APPROVAZIONE DEL PIANO ESECUTIVO DI GESTIONE (PEG) 2027/2029 - ASSEGNAZIONE DELLE RISORSE FINANZIARIE AI RESPONSABILI DI AREA.",
             "attendees": roll(PIEVE_GC, {"OLIVARI Stefano"}),
             "president": {"role": "Sindaco", "name": "Alessandro Bordone"},
             "secretary": CEVASCO, "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-1-oria-hypersic.pdf", "role": "act",
     "what": "Consiglio minute n. 1/2027 (PEF and TARI), Hypersic-like layout, ReportLab: justified body with Tw, letter-spaced headings with Tc, roll in two columns, roll-call votes in two columns",
     "operative_points": 4,
     "act": {"municipality": ORIA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2027-01-12", "time": "17:30",
             "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) 2026-2029 DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2027.",
             "attendees": roll(ORIA_CC, {"CANNALIRE Ilaria", "DI CASTRI Salvatore"}),
             "president": {"title": "dott.ssa", "role": "Presidente del Consiglio Comunale", "name": "Annamaria Andriulo"},
             "secretary": SPAGNOLO, "vote": "majority",
             "vote_counts": {"present": 15, "voters": 15, "in_favour": 12, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-2-oria-hypersic.pdf", "role": "act",
     "what": "Consiglio minute n. 2/2027 (debito fuori bilancio), ReportLab: roll table with group column and totals, running head and foot with the act's number, one councillor enters and three leave before the vote",
     "operative_points": 4,
     "act": {"municipality": ORIA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2027-01-12", "time": "17:30", "proposal_number": 9, "proposal_date": "2026-12-22",
             "proposing_office": "SETTORE AFFARI GENERALI E LEGALI",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI BRINDISI N. 1187/2026, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000.",
             "attendees": roll(ORIA_CC, {"CANNALIRE Ilaria", "DI CASTRI Salvatore"}),
             "president": {"role": "Presidente del Consiglio Comunale", "name": "Annamaria Andriulo"},
             "secretary": SPAGNOLO, "vote": "majority",
             "vote_counts": {"present": 13, "in_favour": 12, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-3-oria-hypersic.pdf", "role": "act",
     "what": "Consiglio minute n. 3/2027 (regolamento contributi), content streams written by hand with pikepdf: every glyph placed alone, letterhead and footer as Form XObjects drawn out of reading order, a publication stamp rotated up the margin; Consigliere anziano presides",
     "operative_points": 3,
     "act": {"municipality": ORIA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3,
             "date": "2027-01-29", "time": "16:00",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, SOVVENZIONI E VANTAGGI ECONOMICI AD ASSOCIAZIONI ED ENTI SENZA SCOPO DI LUCRO.",
             "attendees": roll(ORIA_CC, {"PESARE Francesco", "ANDRIULO Annamaria", "CARLUCCI Francesca", "FRANCIOSO Gianluca"}),
             "president": {"role": "Consigliere anziano", "name": "Giuseppe Urgese"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Generale", "name": "Luigi Gioia"},
             "vote": "majority",
             "vote_counts": {"present": 13, "in_favour": 10, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "giunta-6-oria-hypersic.pdf", "role": "act",
     "what": "Giunta minute n. 6/2027 (comodato ex macello), fpdf2: the package's printed form with values typed in Courier over rows of underscores; unanimous",
     "operative_points": 4,
     "act": {"municipality": ORIA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 6,
             "date": "2027-01-20", "time": "13:30", "proposal_number": 14, "proposal_date": "2027-01-15",
             "proposing_office": "SETTORE LAVORI PUBBLICI E PATRIMONIO",
             "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX MACELLO COMUNALE DI VIA MANDURIA ALL'ASSOCIAZIONE DI VOLONTARIATO DI PROTEZIONE CIVILE \"ORIA SOCCORSO\" ODV - APPROVAZIONE SCHEMA DI CONTRATTO.",
             "attendees": roll(ORIA_GC, {"PINTO Vito"}),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Francesco Pesare"},
             "secretary": SPAGNOLO, "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-1-maseradasulpiave-ascot.pdf", "role": "act",
     "what": "Consiglio minute n. 1/2027 (variante P.I.), Ascot-like 80-column report in Courier printed by enscript (running head with number and pages) through ps2pdf; roll in two text columns",
     "operative_points": 4,
     "act": {"municipality": MAS, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2027-01-26", "time": "20:00",
             "subject": "ADOZIONE DELLA VARIANTE N. 9 AL PIANO DEGLI INTERVENTI (P.I.) AI SENSI DELL'ART. 18 DELLA L.R. 23 APRILE 2004, N. 11.",
             "attendees": roll(MAS_CC, {"FREGONESE DAVIDE"}),
             "president": {"title": "SIG.", "role": "SINDACO", "name": "ZANATTA GIOVANNI"},
             "secretary": BRESSAN, "vote": "majority",
             "vote_counts": {"present": 12, "in_favour": 9, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "consiglio-2-maseradasulpiave-ascot.pdf", "role": "act",
     "what": "Consiglio minute n. 2/2027 (consulta giovani), the same 80-column report printed by a2ps through ps2pdf; a councillor enters before the item; vote by roll call listing each vote; no executivity clause",
     "operative_points": 3,
     "act": {"municipality": MAS, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2027-01-26", "time": "20:00",
             "subject": "ISTITUZIONE DELLA CONSULTA COMUNALE DEI GIOVANI E APPROVAZIONE DEL RELATIVO REGOLAMENTO.",
             "attendees": roll(MAS_CC, {"FREGONESE DAVIDE"}),
             "president": {"role": "SINDACO", "name": "ZANATTA GIOVANNI"},
             "secretary": BRESSAN, "vote": "majority",
             "vote_counts": {"present": 13, "voters": 12, "in_favour": 10, "against": 2, "abstained": 1}}},
    {"file": "consiglio-3-maseradasulpiave-ascot.pdf", "role": "act",
     "what": "Consiglio minute n. 3/2027 (relitto stradale), plain troff in Courier through groff -Tps and ps2pdf, justified by widened blanks; roll as at the item (the Sindaco has left under art. 78), Vicesindaco presides",
     "operative_points": 4,
     "act": {"municipality": MAS, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3,
             "date": "2027-01-26", "time": "20:00",
             "subject": "SDEMANIALIZZAZIONE E ALIENAZIONE DI UN RELITTO STRADALE IN VIA SAN MARTINO, FRAZIONE CANDELU' - APPROVAZIONE.",
             "attendees": roll(MAS_CC, {"ZANATTA GIOVANNI", "DE PICCOLI NICOLETTA"}),
             "president": {"role": "VICESINDACO", "name": "BORTOLUZZI ELENA"},
             "secretary": BRESSAN, "vote": "majority",
             "vote_counts": {"present": 11, "in_favour": 8, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "giunta-5-maseradasulpiave-ascot.pdf", "role": "act",
     "what": "Giunta minute n. 5/2027 (contributo scuola dell'infanzia), Word model typed in Courier New (python-docx) exported by LibreOffice Writer; blanks of underscores filled by typing inside them",
     "operative_points": 3,
     "act": {"municipality": MAS, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 5,
             "date": "2027-01-21", "time": "18:30",
             "subject": "CONTRIBUTO STRAORDINARIO ALLA SCUOLA DELL'INFANZIA PARITARIA \"SAN GIUSEPPE\" DI VARAGO PER L'ANNO SCOLASTICO 2026/2027 - APPROVAZIONE DEI CRITERI DI EROGAZIONE.",
             "attendees": roll(MAS_GC, {"BUSATO SARA"}),
             "president": {"title": "Sig.", "role": "SINDACO", "name": "ZANATTA GIOVANNI"},
             "secretary": {"title": "DOTT.", "role": "Segretario Comunale", "name": "BRESSAN STEFANO"},
             "vote": "unanimous", "immediately_executive": True}},
]


def norm(s, fold=True):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-").replace("\u2010", "-")
    s = re.sub(r"\s+", " ", s).strip()
    return s.lower() if fold else s


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        folded, exact = norm(txt), norm(txt, False)
        a = k.get("act", {})
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], True))
        if "subject" in a:
            checks.append(("subject", a["subject"], False))
        for at in a.get("attendees", []):
            checks.append(("attendee", at["name"], True))
            checks.append(("attendee role", at["role"], True))
        for p in ("president", "secretary"):
            for f in ("title", "role", "name"):
                if p in a and f in a[p]:
                    checks.append((p + "." + f, a[p][f], True))
        for what, val, fold in checks:
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], what, val))
                misses += 1
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


main()
