#!/usr/bin/env python3
"""Write ../keys.json for set mix-139-a and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, proposing office, names, roles
and titles without regard to case or the shape of the apostrophe. Exits 1 on
a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

RE = "Comune di Reana del Rojale"
SG = "Comune di San Giorgio del Sannio"
TR = "Comune di Terni"

RE_CC_SUBJ = ("APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA "
              "LOCALE TRA I COMUNI DI REANA DEL ROJALE E POVOLETTO PER IL QUINQUENNIO 2029-2033.")


def roll(rows, default_role=None):
    return [{"name": n, "role": r if r != "-" else None, "present": p} for n, r, p in rows]


KEYS = [
    # ---------------- Reana del Rojale (Insiel-like) ----------------
    {"file": "deliberazione-reanadelrojale-insiel-gc.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 4/2029 (Insiel-like FVG verbale, roll table with X marks, pareri on the last page), .docx written by python-docx and exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": RE, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-10", "time": "18:30", "proposal_number": 5, "proposal_date": "2029-01-08",
             "proposing_office": "Area Servizi alla Persona",
             "subject": "INDIRIZZI PER LA CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI CULTURALI, SPORTIVE E DI VOLONTARIATO OPERANTI SUL TERRITORIO COMUNALE PER L'ANNO 2029.",
             "attendees": roll([("ZAMPARO Emiliano", "Sindaco", True), ("TOMASIN Chiara", "Vice Sindaco", True),
                                ("DE CECCO Luca", "Assessore", True), ("PASCOLO Michela", "Assessore", False),
                                ("ERMACORA Davide", "Assessore", True)]),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Emiliano Zamparo"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Marco Fabris"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-reanadelrojale-insiel-cc.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 with a 13-name numbered roll (Presente/Assente written out) and a majority vote with abstentions, ReportLab platypus",
     "operative_points": 4,
     "act": {"municipality": RE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "20:00", "subject": RE_CC_SUBJ,
             "attendees": roll([("ZAMPARO Emiliano", "Sindaco", True), ("TOMASIN Chiara", "Consigliere", True),
                                ("DE CECCO Luca", "Consigliere", True), ("PASCOLO Michela", "Consigliere", True),
                                ("ERMACORA Davide", "Consigliere", True), ("COSSIO Federica", "Consigliere", True),
                                ("MORETTI Alessandro", "Consigliere", False), ("TONIUTTI Giorgio", "Consigliere", True),
                                ("BULFONI Sara", "Consigliere", True), ("DEL FABBRO Igor", "Consigliere", True),
                                ("NADALUTTI Renata", "Consigliere", True), ("VENUTI Stefano", "Consigliere", True),
                                ("CANCIANI Marta", "Consigliere", False)]),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Emiliano Zamparo"},
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Elena Variola"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 8, "in_favour": 8, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "determinazione-reanadelrojale-insiel.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, office n. 3 del 10/01/2029 and general register n. 12 del 11/01/2029 in a two-cell grid, fpdf2 with DejaVu Sans",
     "operative_points": 4,
     "act": {"municipality": RE, "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Protezione Civile",
             "kind": "determinazione", "number": 12, "sector_number": 3, "date": "2029-01-11",
             "subject": "SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - STAGIONE INVERNALE 2028/2029. INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA MOVITERRA COMELLI S.N.C. - CIG B7C41E9A25."}},
    {"file": "certificato-reanadelrojale-insiel.pdf", "role": "certificate",
     "what": "certificato di pubblicazione (with attestato di esecutività) of Consiglio Comunale deliberation 1/2029, a hand-written content stream (standard 14 fonts, WinAnsi, Tw justification) saved with pikepdf",
     "act": {"municipality": RE, "kind": "attestazione", "number": 1, "date": "2029-01-12", "subject": RE_CC_SUBJ}},

    # ---------------- San Giorgio del Sannio (Sicraweb-like) ----------------
    {"file": "deliberazione-sangiorgiodelsannio-sicraweb-cc.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029 (debito fuori bilancio) with a 17-name roll without roles, presided by the Presidente del Consiglio, majority vote; HTML printed by headless Chromium with @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": SG, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-13", "time": "10:30",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA N. 1187/2028 DEL GIUDICE DI PACE DI BENEVENTO, AI SENSI DELL'ART. 194, COMMA 1, LETTERA A), DEL D.LGS. N. 267/2000.",
             "attendees": roll([("TRETOLA Carmine", "-", True), ("IANNACE Nicola", "-", True),
                                ("PALMIERI Anna", "-", True), ("DE LUCA Gennaro", "-", True),
                                ("MEOLA Rosaria", "-", True), ("FUSCO Pasquale", "-", True),
                                ("BOSCO Teresa", "-", True), ("NARDONE Vincenzo", "-", True),
                                ("CUSANO Alfonso", "-", True), ("PISANO Lucia", "-", True),
                                ("LOMBARDI Michele", "-", True), ("RICCIARDI Sabrina", "-", False),
                                ("ZOTTI Angelo", "-", True), ("CAVUOTO Filomena", "-", True),
                                ("SORICE Domenico", "-", True), ("VISCUSI Antonella", "-", False),
                                ("FACCHINO Raffaele", "-", True)]),
             "president": {"title": "dott.", "role": "Presidente del Consiglio Comunale", "name": "Nicola Iannace"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Rosaria Pedicini"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 15, "in_favour": 12, "against": 3},
             "immediately_executive": True}},
    {"file": "deliberazione-sangiorgiodelsannio-sicraweb-gc.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 5/2029 authorising the Sindaco to appear before the TAR, proposal line in the title box, roll with SI marks; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": SG, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 5,
             "date": "2029-01-09", "time": "13:00", "proposal_number": 7, "proposal_date": "2029-01-08",
             "proposing_office": "Settore Affari Generali e Contenzioso",
             "subject": "COSTITUZIONE IN GIUDIZIO NEL RICORSO PROPOSTO DINANZI AL T.A.R. CAMPANIA - NAPOLI DALLA SOCIETÀ SANNIO COSTRUZIONI S.R.L. - AUTORIZZAZIONE AL SINDACO E NOMINA DEL DIFENSORE DELL'ENTE.",
             "attendees": roll([("TRETOLA Carmine", "Sindaco", True), ("PALMIERI Anna", "Vice Sindaco", True),
                                ("FUSCO Pasquale", "Assessore", True), ("MEOLA Rosaria", "Assessore", False),
                                ("NARDONE Vincenzo", "Assessore", True), ("BOSCO Teresa", "Assessore", True)]),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Carmine Tretola"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Rosaria Pedicini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-sangiorgiodelsannio-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Settore Tecnico, sector n. 4 del 09/01/2029 and general register n. 21 del 10/01/2029 in a tbl box, running head with the register; troff through groff -t -Tps and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": SG, "organ": "SETTORE TECNICO", "office": "Servizio Manutenzioni e Pubblica Illuminazione",
             "kind": "determinazione", "number": 21, "sector_number": 4, "date": "2029-01-10",
             "subject": "LIQUIDAZIONE FATTURA N. 12/PA DEL 28/12/2028 ALLA DITTA ELETTROIMPIANTI SANNITI S.R.L. PER IL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE - MESE DI DICEMBRE 2028 - CIG B1D3E5F702."}},
    {"file": "ordinanza-sangiorgiodelsannio-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale contingibile e urgente 2/2029 on open-air burning and biomass stoves, flat ODT written by hand and exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": SG, "organ": "Sindaco", "kind": "ordinanza", "number": 2, "date": "2029-01-11",
             "subject": "MISURE URGENTI PER IL CONTENIMENTO DELL'INQUINAMENTO ATMOSFERICO DA PM10 - DIVIETO DI COMBUSTIONE ALL'APERTO DEI RESIDUI VEGETALI E LIMITAZIONI ALL'UTILIZZO DEI GENERATORI DI CALORE A BIOMASSA FINO AL 31 MARZO 2029."}},

    # ---------------- Terni (J-Iride-like) ----------------
    {"file": "deliberazione-terni-jiride.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 6/2029 with a frontispiece (sitting, number and proposal on the left, roll in a nested table on the right), presided by the Vice Sindaco, unnumbered 'Di ...' points; .docx by python-docx exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": TR, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 6,
             "date": "2029-01-11", "time": "12:00", "proposal_number": 14, "proposal_date": "2029-01-05",
             "proposing_office": "Direzione Cultura e Turismo",
             "subject": "CELEBRAZIONI IN ONORE DI SAN VALENTINO, PATRONO DELLA CITTÀ - EDIZIONE 2029. APPROVAZIONE DEL PROGRAMMA DELLE INIZIATIVE E INDIRIZZI AGLI UFFICI.",
             "attendees": roll([("FERRETTI Marco", "Sindaco", False), ("BALDONI Chiara", "Vice Sindaco", True),
                                ("ANGELETTI Simone", "Assessore", True), ("CELLINI Roberta", "Assessore", True),
                                ("MORONI Fabio", "Assessore", False), ("SANTARELLI Giulia", "Assessore", True),
                                ("TOSTI Andrea", "Assessore", True), ("FILIPPONI Elena", "Assessore", True),
                                ("GIOMBINI Luca", "Assessore", True), ("RANIERI Paola", "Assessore", True)]),
             "president": {"title": "dott.ssa", "role": "Vice Sindaco", "name": "Chiara Baldoni"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Stefano Mancinelli"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-terni-jiride.pdf", "role": "act",
     "what": "determinazione dirigenziale n. 112/2029 of the Direzione Ambiente (one number, in a box), ReportLab canvas justified with word spacing, running foot",
     "operative_points": 5,
     "act": {"municipality": TR, "organ": "DIREZIONE AMBIENTE", "office": "Ufficio Verde Pubblico e Parchi",
             "kind": "determinazione", "number": 112, "date": "2029-01-10",
             "subject": "SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NEI PARCHI E GIARDINI CITTADINI - LOTTO 2. PROROGA TECNICA DEL CONTRATTO FINO AL 31/03/2029 AI SENSI DELL'ART. 120, COMMA 11, DEL D.LGS. 36/2023 - CIG B5E6A72C19."}},
    {"file": "decreto-terni-jiride.pdf", "role": "act",
     "what": "decreto del Sindaco n. 3/2029 giving the Direzione Ambiente ad interim to another dirigente, number and date in a labelled grid; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": TR, "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2029-01-12",
             "subject": "ATTRIBUZIONE AD INTERIM DELLE FUNZIONI DIRIGENZIALI DELLA DIREZIONE AMBIENTE AL DIRIGENTE DELLA DIREZIONE LAVORI PUBBLICI PER IL PERIODO DAL 15/01/2029 AL 28/02/2029."}},
    {"file": "avviso-terni-jiride.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Direzione Welfare on rent contributions, Latin-1 text through enscript (Courier) and ps2pdf",
     "act": {"municipality": TR, "office": "DIREZIONE WELFARE", "kind": "avviso", "date": "2029-01-12",
             "subject": "CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE - ANNUALITÀ 2028. APERTURA DEI TERMINI PER LA PRESENTAZIONE DELLE DOMANDE"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    files = sorted(x for x in os.listdir(SET) if x.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if files != keyed:
        print("FILES DIFFER: on disk %s, keyed %s" % (sorted(set(files) - set(keyed)), sorted(set(keyed) - set(files))))
        miss += 1
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
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
