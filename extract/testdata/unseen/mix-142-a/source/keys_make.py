#!/usr/bin/env python3
"""Write ../keys.json for set mix-142-a and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, proposing office, names, roles
and titles without regard to case or the shape of the apostrophe. Exits 1
on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

P = "Comune di Ponsacco"
F = "Comune di Francavilla in Sinni"
R = "Comune di Rivignano Teor"

P_GC_SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA "
             "DELLA COPERTURA DELLA SCUOLA PRIMARIA \"EDMONDO DE AMICIS\" - CUP J27G28000120004")


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    {"file": "deliberazione-giunta-ponsacco-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 4/2029 with its roll table (Presente/Assente columns), Sicraweb-like, HTML printed by headless Chromium with @page margin-box foot",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-09", "time": "15:30", "proposal_number": 7, "proposal_date": "2029-01-05",
             "proposing_office": "Settore 3 - Servizi Tecnici e Ambiente",
             "subject": P_GC_SUBJ,
             "attendees": att([("BRUNETTI MARCO", "Sindaco", True), ("GIANNINI ELENA", "Vice Sindaco", True),
                               ("CECCHI LORENZO", "Assessore", True), ("BARSOTTI SILVIA", "Assessore", True),
                               ("NICCOLAI FILIPPO", "Assessore", False), ("PARENTI GIULIA", "Assessore", True)]),
             "president": {"title": "Dott.", "role": "Sindaco", "name": "Marco Brunetti"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Marta Lazzerini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-ponsacco-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029, 17-row roll table, chaired by the Presidente del Consiglio, majority vote with abstentions; python-docx .docx exported by LibreOffice Writer (letterhead in the page header)",
     "operative_points": 3,
     "act": {"municipality": P, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-11", "time": "21:00", "proposal_number": 3, "proposal_date": "2029-01-02",
             "proposing_office": "Settore 1 - Affari Generali e Servizi al Cittadino",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEGLI INTERVENTI DI SUSSIDIARIETÀ ORIZZONTALE E DEL BARATTO AMMINISTRATIVO",
             "attendees": att([("BRUNETTI MARCO", "Sindaco", True), ("BERNARDINI LAURA", "Presidente", True),
                               ("VANNUCCI ELISA", "Consigliere", True), ("CONTI MATTEO", "Consigliere", True),
                               ("MANNUCCI ALESSIO", "Consigliere", True), ("TADDEI CHIARA", "Consigliere", True),
                               ("BALDACCI ROBERTO", "Consigliere", False), ("FAVILLI SERENA", "Consigliere", True),
                               ("NERI DAVIDE", "Consigliere", True), ("SALVADORI MONICA", "Consigliere", True),
                               ("PAPINI ANDREA", "Consigliere", True), ("LANDI FRANCESCA", "Consigliere", False),
                               ("MORELLI GABRIELE", "Consigliere", True), ("BIAGINI SARA", "Consigliere", True),
                               ("PUCCINELLI TOMMASO", "Consigliere", True), ("ROSSI VALENTINA", "Consigliere", False),
                               ("GUERRIERI PIETRO", "Consigliere", True)]),
             "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Laura Bernardini"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Marta Lazzerini"},
             "vote": "majority",
             "vote_counts": {"present": 14, "voters": 12, "in_favour": 10, "against": 2, "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-ponsacco-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Settore 3, general register n. 12 and sector register n. 3 in a grid, OGGETTO in a grey band; ReportLab canvas justified with Tw",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "SETTORE 3 - SERVIZI TECNICI E AMBIENTE",
             "office": "Servizio Manutenzioni e Verde Pubblico", "kind": "determinazione",
             "number": 12, "sector_number": 3, "date": "2029-01-10",
             "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE STRADALI ALLA DITTA VERDE VALDERA S.N.C. - IMPEGNO DI SPESA - CIG B51E7A09C3"}},
    {"file": "certificato-ponsacco-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 4/2029, the act's data in a two-column grid, fpdf2",
     "act": {"municipality": P, "kind": "attestazione", "number": 4, "date": "2029-01-09", "subject": P_GC_SUBJ}},
    {"file": "deliberazione-francavillainsinni-halley.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 2/2029 (copy), number and date boxed beside the title, roll with S/N presence column; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": F, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-08", "time": "13:00", "proposal_number": 3, "proposal_date": "2029-01-04",
             "proposing_office": "Area Amministrativa - Servizio Affari Generali e Cultura",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ALL'ASSOCIAZIONE CULTURALE \"SINNI IN FESTA\" PER L'ORGANIZZAZIONE DEI FALÒ DI SANT'ANTONIO ABATE 2029 - ATTO DI INDIRIZZO",
             "attendees": att([("CUPPARO Vincenzo", "Sindaco", True), ("VICECONTE Maria Rosaria", "Vice Sindaco", True),
                               ("LISTA Antonio", "Assessore", True), ("FIORE Angela", "Assessore", False),
                               ("RUGGIERO Nicola", "Assessore", True)]),
             "president": {"title": "Ing.", "role": "Sindaco", "name": "Vincenzo Cupparo"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Giuseppe Armentano"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-francavillainsinni-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica - Manutentiva, general register n. 9 and area n. 4 in an ASCII box; 80-column text in plain troff through groff -Tps and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": F, "organ": "AREA TECNICA - MANUTENTIVA", "office": "Servizio Manutenzione e Patrimonio",
             "kind": "determinazione", "number": 9, "sector_number": 4, "date": "2029-01-09",
             "subject": "LIQUIDAZIONE FATTURA N. 412/PA DEL 31/12/2028 ALLA DITTA SINNI GAS S.R.L. PER FORNITURA DI GASOLIO DA RISCALDAMENTO AGLI EDIFICI SCOLASTICI - MESE DI DICEMBRE 2028 - CIG B2A4C81F07"}},
    {"file": "ordinanza-francavillainsinni-halley.pdf", "role": "act",
     "what": "ordinanza sindacale 1/2029 closing schools and offices for snow, ReportLab platypus (DejaVu Serif, numbered ORDINA list)",
     "operative_points": 2,
     "act": {"municipality": F, "organ": "Sindaco", "kind": "ordinanza", "number": 1, "date": "2029-01-10",
             "subject": "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO E DEGLI UFFICI COMUNALI APERTI AL PUBBLICO PER IL GIORNO 11 GENNAIO 2029 A CAUSA DI AVVERSE CONDIZIONI METEOROLOGICHE"}},
    {"file": "avviso-francavillainsinni-halley.pdf", "role": "notice",
     "what": "avviso pubblico on rent contributions 2028 (Prot. n. 247, unnumbered as an act), Latin-1 text through enscript (Courier 10) and ps2pdf",
     "act": {"municipality": F, "office": "Servizio Politiche Sociali e Casa", "kind": "avviso", "date": "2029-01-11",
             "subject": "CONTRIBUTI PER IL SOSTEGNO ALL’ACCESSO ALLE ABITAZIONI IN LOCAZIONE - ANNO 2028 (ART. 11 DELLA LEGGE 9 DICEMBRE 1998, N. 431)"}},
    {"file": "deliberazione-giunta-rivignanoteor-insiel.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 3/2029 (FVG model), register number boxed at the top right, roll grid with an Esito column, L.R. 21/2003 immediate executivity; ReportLab canvas with Tw justification",
     "operative_points": 3,
     "act": {"municipality": R, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-11", "time": "17:30",
             "subject": "ADESIONE AL PROGRAMMA REGIONALE \"CANTIERI DI LAVORO\" ANNO 2029 AI SENSI DELL'ART. 9, COMMI 48-52, DELLA L.R. 27/2012 - APPROVAZIONE DEL PROGETTO E RICHIESTA DI CONTRIBUTO",
             "attendees": att([("Anzil Mario", "Sindaco", True), ("Toneatto Federica", "Vice Sindaco", True),
                               ("Zanin Stefano", "Assessore", True), ("Pez Monica", "Assessore", False),
                               ("Driussi Alberto", "Assessore", True)]),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Mario Anzil"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Cragno"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-rivignanoteor-insiel.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (FVG model), 13-row roll, proposal band, majority vote with counts; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": R, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "20:30", "proposal_number": 2, "proposal_date": "2029-01-05",
             "proposing_office": "Area Vigilanza – Servizio Polizia Locale",
             "subject": "APPROVAZIONE DELLA CONVENZIONE CON IL COMUNE DI VARMO PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE PER IL TRIENNIO 2029-2031",
             "attendees": att([("ANZIL MARIO", "Sindaco", True), ("TONEATTO FEDERICA", "Consigliere", True),
                               ("ZANIN STEFANO", "Consigliere", True), ("PEZ MONICA", "Consigliere", False),
                               ("DRIUSSI ALBERTO", "Consigliere", True), ("MORO ELENA", "Consigliere", True),
                               ("TAVANO GIANLUCA", "Consigliere", True), ("DE CECCO ILARIA", "Consigliere", True),
                               ("ZAMPARO LUCA", "Consigliere", True), ("GIGANTE ROBERTO", "Consigliere", True),
                               ("BORTOLUSSI ANNA", "Consigliere", True), ("DEL FRATE MICHELE", "Consigliere", True),
                               ("TOMADA SILVIA", "Consigliere", False)]),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Mario Anzil"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Cragno"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-rivignanoteor-insiel.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica e Tecnico-Manutentiva, general register n. 15 of 12/01 and sector nr. 5 of 11/01 in a header grid; python-docx .docx exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": R, "organ": "AREA TECNICA E TECNICO-MANUTENTIVA", "office": "Servizio Manutenzioni e Viabilità",
             "kind": "determinazione", "number": 15, "sector_number": 5, "date": "2029-01-12",
             "subject": "SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI - STAGIONE INVERNALE 2028/2029 - INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA AGRISERVIZI STELLA S.R.L. - CIG B4D91E2A70"}},
    {"file": "decreto-rivignanoteor-insiel.pdf", "role": "act",
     "what": "decreto del Sindaco 1/2029 appointing the DPO, hand-written pikepdf content stream (standard 14 fonts, Tw justification, Tc headings, TJ kerning in the title)",
     "operative_points": 3,
     "act": {"municipality": R, "organ": "Sindaco", "kind": "decreto", "number": 1, "date": "2029-01-09",
             "subject": "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD/DPO) AI SENSI DELL'ART. 37 DEL REGOLAMENTO (UE) 2016/679 PER IL BIENNIO 2029-2030"}},
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
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
