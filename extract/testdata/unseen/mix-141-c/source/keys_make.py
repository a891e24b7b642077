#!/usr/bin/env python3
"""Write ../keys.json for set mix-141-c and check every keyed string
against `pdftotext -layout` of its PDF, whitespace collapsed. Subjects must
be found exactly; municipality, organ, office, proposing office, names,
roles and titles case-insensitively and whatever the apostrophe's shape.
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

U = "Unione dei Comuni Lombarda della Presolana"
M = "Comunità Montana Monte Maggiore"
B = "Consorzio di Bonifica della Media Pianura Bergamasca"

S_DEL_U = ("INDIRIZZI AL RESPONSABILE DEL SERVIZIO ASSOCIATO DI POLIZIA LOCALE PER L'ATTUAZIONE DEL PROGETTO DI "
           "CONTROLLO DEL TERRITORIO NEL PERIODO DI MAGGIORE AFFLUENZA TURISTICA INVERNALE 2029")

KEYS = [
    {"file": "deliberazione-presolana-sicraweb.pdf", "role": "act",
     "what": "Giunta dell'Unione deliberation 3/2029 with a roll of the four member Sindaci (Carica and Comune columns), HTML printed by headless Chromium with @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": U, "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 3,
             "date": "2029-01-14", "time": "18:00",
             "proposal_number": 4, "proposal_date": "2029-01-09",
             "proposing_office": "Servizio associato di Polizia Locale",
             "subject": S_DEL_U,
             "attendees": [{"name": "BONALDI ALESSANDRA", "role": "Presidente", "present": True},
                           {"name": "ZANOLETTI GIOVANNI", "role": "Vice Presidente", "present": True},
                           {"name": "FERRARI CLAUDIO", "role": "Assessore", "present": True},
                           {"name": "TOMASONI ELENA", "role": "Assessore", "present": False}],
             "president": {"title": "Sig.ra", "role": "Presidente", "name": "Alessandra Bonaldi"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario dell'Unione", "name": "Silvia Capitanio"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-presolana-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Area Vigilanza / Servizio associato di Polizia Locale, sector n. 2 of 10/01 and general register n. 6 of 11/01/2029 in a grid, ReportLab canvas justified with Tw",
     "operative_points": 5,
     "act": {"municipality": U, "organ": "AREA VIGILANZA", "office": "Servizio associato di Polizia Locale",
             "kind": "determinazione", "number": 6, "sector_number": 2, "date": "2029-01-11",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE, VERIFICA E TARATURA ANNUALE DELL'APPARECCHIATURA "
                        "DI RILEVAMENTO DELLA VELOCITA' IN DOTAZIONE AL SERVIZIO ASSOCIATO - ANNO 2029 - "
                        "IMPEGNO DI SPESA - CIG B51E7A90C3"}},
    {"file": "determinazione-presolana-sicraweb-b.pdf", "role": "act",
     "what": "determinazione (liquidazione) of the Area Servizi alla Persona / Servizio associato Servizi Sociali, sector n. 1 of 15/01 and general register n. 9 of 16/01/2029, python-docx .docx exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": U, "organ": "AREA SERVIZI ALLA PERSONA", "office": "Servizio associato Servizi Sociali",
             "kind": "determinazione", "number": 9, "sector_number": 1, "date": "2029-01-16",
             "subject": "LIQUIDAZIONE ALLA COOPERATIVA SOCIALE IL GIRASOLE ONLUS DEL CORRISPETTIVO PER IL SERVIZIO DI "
                        "ASSISTENZA DOMICILIARE AD ANZIANI E DISABILI - MESI DI NOVEMBRE E DICEMBRE 2028 - CIG A0C4E58B21"}},
    {"file": "decreto-presolana-sicraweb.pdf", "role": "act",
     "what": "Decreto del Presidente dell'Unione 1/2029 appointing the head of the associated Polizia Locale, HTML through wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": U, "organ": "Presidente", "kind": "decreto", "number": 1, "date": "2029-01-08",
             "subject": "NOMINA DEL RESPONSABILE DEL SERVIZIO ASSOCIATO DI POLIZIA LOCALE E ATTRIBUZIONE DELLE "
                        "FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000 PER L'ANNO 2029"}},
    {"file": "deliberazione-montemaggiore-halley.pdf", "role": "act",
     "what": "deliberazione della Giunta Esecutiva 4/2029 with its roll, Halley-like (centred letterhead, OGGETTO boxed, pareri, relata), ReportLab platypus",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "Giunta Esecutiva", "kind": "deliberazione", "number": 4,
             "date": "2029-01-12", "time": "11:30",
             "proposal_number": 5, "proposal_date": "2029-01-08",
             "proposing_office": "Area Tecnica – Servizio Forestazione",
             "subject": "APPROVAZIONE DEL PROGRAMMA ANNUALE DEGLI INTERVENTI DI FORESTAZIONE E BONIFICA MONTANA - "
                        "ANNUALITA' 2029 - L.R. 7 MAGGIO 1996, N. 11",
             "attendees": [{"name": "DI LILLO ANTONIO", "role": "Presidente", "present": True},
                           {"name": "IANNOTTA CARMELA", "role": "Vice Presidente", "present": True},
                           {"name": "CAPUTO NICOLA", "role": "Assessore", "present": False},
                           {"name": "ZARRILLO VINCENZO", "role": "Assessore", "present": True},
                           {"name": "MARROCCO GIUSEPPINA", "role": "Assessore", "present": True}],
             "president": {"title": "Avv.", "role": "Presidente", "name": "Antonio Di Lillo"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Gennaro Di Rienzo"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-montemaggiore-halley-b.pdf", "role": "act",
     "what": "deliberazione del Consiglio Generale 1/2029 (DUP and budget) with a roll of names only, majority vote with counts, hand-written flat ODT exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": M, "organ": "Consiglio Generale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-15", "time": "16:00",
             "proposal_number": 2, "proposal_date": "2029-01-03",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2029/2031 e del Bilancio di "
                        "previsione finanziario 2029/2031 e relativi allegati.",
             "attendees": [{"name": "DI LILLO ANTONIO", "role": None, "present": True},
                           {"name": "PETRELLA DOMENICO", "role": None, "present": True},
                           {"name": "DE ROSA MARIA GRAZIA", "role": None, "present": True},
                           {"name": "SAGLIOCCO ANTIMO", "role": None, "present": True},
                           {"name": "CIOFFI ROBERTO", "role": None, "present": False},
                           {"name": "MASTROIANNI LUCIA", "role": None, "present": True},
                           {"name": "VOZZA CARMINE", "role": None, "present": True},
                           {"name": "FUSCO ALFONSO", "role": None, "present": True},
                           {"name": "D'AGOSTINO TERESA", "role": None, "present": False},
                           {"name": "PALMIERI SALVATORE", "role": None, "present": True},
                           {"name": "RUSSO FRANCESCO", "role": None, "present": True}],
             "president": {"title": "Sig.", "role": "Presidente del Consiglio Generale", "name": "Domenico Petrella"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Gennaro Di Rienzo"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-montemaggiore-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica / Servizio Forestazione, sector n. 3 of 09/01 and general register n. 8 of 10/01/2029, fpdf2 with Liberation fonts (no Producer)",
     "operative_points": 5,
     "act": {"municipality": M, "organ": "AREA TECNICA", "office": "Servizio Forestazione",
             "kind": "determinazione", "number": 8, "sector_number": 3, "date": "2029-01-10",
             "subject": "FORNITURA DI DISPOSITIVI DI PROTEZIONE INDIVIDUALE PER GLI OPERAI IDRAULICO-FORESTALI - "
                        "ANNO 2029 - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B60A3D1F77"}},
    {"file": "decreto-montemaggiore-halley.pdf", "role": "act",
     "what": "Decreto del Presidente 2/2029 designating the RSPP, plain troff through groff -Tps and ps2pdf (Times)",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "Presidente", "kind": "decreto", "number": 2, "date": "2029-01-13",
             "subject": "NOMINA DEL RESPONSABILE DEL SERVIZIO DI PREVENZIONE E PROTEZIONE (RSPP) AI SENSI DEL "
                        "D.LGS. 9 APRILE 2008, N. 81 - ANNO 2029"}},
    {"file": "deliberazione-mediapianura-jiride.pdf", "role": "act",
     "what": "Delibera del C.d.A. 2/2029 (verbale del Consiglio di Amministrazione) with its roll, majority vote with one abstention, python-docx .docx exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": B, "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 2,
             "date": "2029-01-13", "time": "09:30",
             "proposal_number": 3, "proposal_date": "2029-01-09",
             "proposing_office": "Area Tecnica – Settore Manutenzione ed Esercizio",
             "subject": "APPROVAZIONE DEL PROGRAMMA ANNUALE DEI LAVORI DI MANUTENZIONE ORDINARIA DELLA RETE DI "
                        "BONIFICA E DI IRRIGAZIONE - ESERCIZIO 2029",
             "attendees": [{"name": "MAFFEIS GIUSEPPE", "role": "Presidente", "present": True},
                           {"name": "LOCATELLI FRANCA", "role": "Vice Presidente", "present": True},
                           {"name": "PESENTI ROBERTO", "role": "Consigliere", "present": True},
                           {"name": "GHISLENI MARIO", "role": "Consigliere", "present": False},
                           {"name": "CARRARA STEFANIA", "role": "Consigliere", "present": True},
                           {"name": "BELOTTI ANGELO", "role": "Consigliere", "present": True}],
             "president": {"title": "Sig.", "role": "Presidente", "name": "Giuseppe Maffeis"},
             "secretary": {"title": "Ing.", "role": "Direttore Generale", "name": "Paolo Rota"},
             "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-mediapianura-jiride.pdf", "role": "act",
     "what": "determinazione del Direttore Generale 7/2029 (Direzione Generale / Ufficio Affari Generali e Segreteria), hand-written pikepdf content stream, standard 14 fonts, letterhead Form XObject",
     "operative_points": 3,
     "act": {"municipality": B, "organ": "DIREZIONE GENERALE", "office": "Ufficio Affari Generali e Segreteria",
             "kind": "determinazione", "number": 7, "date": "2029-01-09",
             "subject": "RINNOVO DEL SERVIZIO DI CONSERVAZIONE DIGITALE A NORMA DEI DOCUMENTI INFORMATICI E DEL "
                        "REGISTRO GIORNALIERO DI PROTOCOLLO - ANNO 2029 - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - "
                        "CIG B4F29C8D10"}},
    {"file": "determinazione-mediapianura-jiride-b.pdf", "role": "act",
     "what": "determinazione dirigenziale of the Area Tecnica / Settore Manutenzione ed Esercizio n. 3 of 15/01, general register n. 15 of 16/01/2029 (somma urgenza), HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": B, "organ": "AREA TECNICA", "office": "Settore Manutenzione ed Esercizio",
             "kind": "determinazione", "number": 15, "sector_number": 3, "date": "2029-01-16",
             "subject": "LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DI UN TRATTO DI SPONDA CROLLATA DEL CANALE "
                        "ADDUTTORE IN COMUNE DI COLOGNO AL SERIO - APPROVAZIONE DELLA PERIZIA GIUSTIFICATIVA E "
                        "IMPEGNO DI SPESA - CUP G37H29000010005 - CIG B62C0F4A19"}},
    {"file": "decreto-mediapianura-jiride.pdf", "role": "act",
     "what": "Decreto presidenziale 1/2029 adopted urgently (legal defence before the TRAP of Milan), to be ratified by the C.d.A., ReportLab canvas",
     "operative_points": 4,
     "act": {"municipality": B, "organ": "Presidente", "kind": "decreto presidenziale", "number": 1,
             "date": "2029-01-07",
             "subject": "RESISTENZA NEL GIUDIZIO PROMOSSO AVANTI IL TRIBUNALE REGIONALE DELLE ACQUE PUBBLICHE DI "
                        "MILANO AVVERSO L'AVVISO DI PAGAMENTO DEL CONTRIBUTO DI BONIFICA 2028 - CONFERIMENTO "
                        "DELL'INCARICO DI PATROCINIO LEGALE"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            miss += 1
            continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                for part in ("name", "role", "title"):
                    checks.append(("%s.%s" % (who, part), a[who][part], True))
        for at in a.get("attendees", []):
            checks.append(("attendee", at["name"], True))
            checks.append(("attendee role", at["role"], True))
        for label, val, fold in checks:
            if not val:
                continue
            if norm(val, fold) not in (folded if fold else exact):
                print("MISS %s %s: %r" % (k["file"], label, val))
                miss += 1
    files = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if files != keyed:
        print("PDFs and keys differ:", sorted(set(files) ^ set(keyed)))
        miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
