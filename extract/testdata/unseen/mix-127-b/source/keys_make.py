#!/usr/bin/env python3
"""Write ../keys.json for set mix-127-b and check that every keyed string is
found in `pdftotext -layout` of its PDF (white space collapsed; subjects as
printed, the other strings without regard to case or apostrophe shape).
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

V = "Comune di Verzuolo"
M = "Comune di Margherita di Savoia"
P = "Comune di Palau"

KEYS = [
    {"file": "ordinanza-verzuolo-icaro-polizialocale.pdf", "role": "act",
     "what": "ordinanza of the Area Vigilanza (Comandante della Polizia Locale), traffic for a flower fair; "
             "ReportLab, justified by Tw/Tc, letter-spaced headings by Tc, running head on page 2",
     "operative_points": 4,
     "act": {"municipality": V, "organ": "Area Vigilanza", "office": "Polizia Locale",
             "kind": "ordinanza", "number": 41, "sector_number": 12, "date": "2028-03-09",
             "subject": "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in "
                        "Via Roma, Piazza Martiri della Libertà e Via Europa in occasione della manifestazione "
                        "“Verzuolo in Fiore” di domenica 26 marzo 2028."}},
    {"file": "decreto-verzuolo-icaro.pdf", "role": "act",
     "what": "decreto del Sindaco appointing the Responsabile of the Area Tecnica (Elevata Qualificazione); "
             ".docx by python-docx exported by LibreOffice Writer, box as a Word table, Word list numbering",
     "operative_points": 5,
     "act": {"municipality": V, "organ": "Sindaco", "kind": "decreto", "number": 47, "sector_number": 6,
             "date": "2028-03-13", "proposing_office": "Segreteria – Affari Generali",
             "subject": "Nomina del Responsabile dell'Area Tecnica – Lavori Pubblici e Manutenzioni e "
                        "conferimento dell'incarico di Elevata Qualificazione dal 1° aprile 2028 al 31 "
                        "dicembre 2028."}},
    {"file": "ordinanza-verzuolo-icaro-sindaco.pdf", "role": "act",
     "what": "ordinanza sindacale contingibile e urgente closing a footbridge; HTML printed by headless "
             "Chromium, running head and foot with the number from @page margin boxes",
     "operative_points": 5,
     "act": {"municipality": V, "organ": "Sindaco", "kind": "ordinanza", "number": 52,
             "date": "2028-03-16", "proposing_office": "Area Tecnica – Lavori Pubblici e Manutenzioni",
             "subject": "Chiusura temporanea al transito pedonale e ciclabile della passerella sul torrente "
                        "Varaita in frazione Falicetto per grave compromissione delle condizioni di "
                        "sicurezza."}},
    {"file": "ordinanza-verzuolo-icaro-areatecnica.pdf", "role": "act",
     "what": "ordinanza of the Area Tecnica (Servizio Ambiente ed Ecologia) ordering removal of abandoned "
             "waste; pdfLaTeX (no space characters, microtype letter-spaced headings)",
     "operative_points": 3,
     "act": {"municipality": V, "organ": "Area Tecnica – Lavori Pubblici e Manutenzioni",
             "office": "Ambiente ed Ecologia", "kind": "ordinanza", "number": 58, "sector_number": 9,
             "date": "2028-03-21",
             "subject": "Rimozione e avvio a smaltimento di rifiuti abbandonati e ripristino dello stato dei "
                        "luoghi su area privata in Via Castello, Foglio 12, mappale 348 – art. 192 del "
                        "D.Lgs. 3 aprile 2006, n. 152."}},
    {"file": "ordinanza-margheritadisavoia-tecsis-sindaco.pdf", "role": "act",
     "what": "ordinanza sindacale closing schools for an orange weather alert; fpdf2, core Helvetica, "
             "justified by Tw, running foot with the number",
     "operative_points": 4,
     "act": {"municipality": M, "organ": "Sindaco", "office": "Ufficio del Sindaco", "kind": "ordinanza",
             "number": 104, "sector_number": 9, "date": "2028-03-07",
             "subject": "Chiusura delle scuole di ogni ordine e grado, degli impianti sportivi, dei parchi, "
                        "delle villette comunali e del cimitero per la giornata di mercoledì 8 marzo 2028 a "
                        "seguito di allerta meteo di livello arancione."}},
    {"file": "ordinanza-margheritadisavoia-tecsis-polizialocale.pdf", "role": "act",
     "what": "ordinanza of the Settore IV - Polizia Locale for water-main works; ReportLab as a report "
             "engine: every glyph placed alone by Tm, no space characters, running head and foot",
     "operative_points": 5,
     "act": {"municipality": M, "organ": "Settore IV – Polizia Locale e Protezione Civile",
             "kind": "ordinanza", "number": 121, "sector_number": 31, "date": "2028-03-15",
             "subject": "Disciplina temporanea della circolazione e della sosta in Via Duca degli Abruzzi e "
                        "in Via Pavia per i lavori di sostituzione della condotta idrica eseguiti per conto "
                        "di Acquedotto Pugliese S.p.A."}},
    {"file": "decreto-margheritadisavoia-tecsis-nomina.pdf", "role": "act",
     "what": "decreto del Sindaco appointing the Responsabile of the Settore II; HTML printed by "
             "wkhtmltopdf 0.12.6, letter-spaced office band",
     "operative_points": 5,
     "act": {"municipality": M, "organ": "Sindaco", "office": "Ufficio del Sindaco", "kind": "decreto",
             "number": 131, "sector_number": 4, "date": "2028-03-20",
             "subject": "Conferimento dell'incarico di Elevata Qualificazione e nomina della Responsabile "
                        "del Settore II – Servizi Finanziari e Tributi."}},
    {"file": "decreto-margheritadisavoia-tecsis-esproprio.pdf", "role": "act",
     "what": "decreto di esproprio of the Settore III (Ufficio per le Espropriazioni); ReportLab, "
             "letterhead, office band, title, foot and signature as Form XObjects painted after the "
             "body, Albo stamp rotated up the margin, Tw/Tc justification, owners' table",
     "operative_points": 6,
     "act": {"municipality": M, "organ": "Settore III – Lavori Pubblici e Patrimonio",
             "office": "Ufficio per le Espropriazioni", "kind": "decreto", "number": 148,
             "sector_number": 2, "date": "2028-03-27",
             "subject": "Decreto di esproprio degli immobili occorrenti per la realizzazione della pista "
                        "ciclabile di collegamento tra il centro abitato e lo stabilimento termale, ai sensi "
                        "dell'art. 23 del D.P.R. 8 giugno 2001, n. 327."}},
    {"file": "ordinanza-palau-delfi-polizialocale.pdf", "role": "act",
     "what": "ordinanza of the Area Vigilanza - Servizio Polizia Locale for paving works; 80-column "
             "Courier report justified by padding spaces, enscript (running head with the number) + "
             "ps2pdf",
     "operative_points": 5,
     "act": {"municipality": P, "organ": "Area Vigilanza", "office": "Servizio Polizia Locale",
             "kind": "ordinanza", "number": 57, "sector_number": 11, "date": "2028-03-10",
             "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN PIAZZA FRESI E IN VIA "
                        "NAZIONALE PER I LAVORI DI RIFACIMENTO DELLA PAVIMENTAZIONE"}},
    {"file": "decreto-palau-delfi-coc.pdf", "role": "act",
     "what": "decreto del Sindaco setting up the Centro Operativo Comunale, referents in a two-column "
             "roll; .docx in Courier New by python-docx exported by LibreOffice Writer",
     "operative_points": 5,
     "act": {"municipality": P, "organ": "Sindaco", "kind": "decreto", "number": 63, "sector_number": 3,
             "date": "2028-03-14",
             "subject": "COSTITUZIONE DEL CENTRO OPERATIVO COMUNALE (C.O.C.) DI PROTEZIONE CIVILE E NOMINA "
                        "DEI REFERENTI DELLE FUNZIONI DI SUPPORTO"}},
    {"file": "ordinanza-palau-delfi-sindaco.pdf", "role": "act",
     "what": "ordinanza sindacale contingibile e urgente forbidding drinking the tap water; plain troff in "
             "Courier, groff -Tps + ps2pdf, running head on page 2",
     "operative_points": 3,
     "act": {"municipality": P, "organ": "Sindaco", "kind": "ordinanza", "number": 66, "sector_number": 6,
             "date": "2028-03-17",
             "subject": "DIVIETO TEMPORANEO DI UTILIZZO DELL’ACQUA DELLA RETE IDRICA PER USO POTABILE NELLE "
                        "LOCALITA’ PORTO RAFAEL E COSTA SERENA"}},
    {"file": "ordinanza-palau-delfi-modulo.pdf", "role": "act",
     "what": "ordinanza di sospensione lavori on a printed Courier form, values typed in Helvetica over "
             "the underscores; office only in the signature block; ReportLab",
     "operative_points": 3,
     "act": {"municipality": P, "organ": "Responsabile del Servizio",
             "office": "Servizio Edilizia Privata e Urbanistica", "kind": "ordinanza", "number": 74,
             "sector_number": 4, "date": "2028-03-22",
             "subject": "SOSPENSIONE DEI LAVORI EDILI ESEGUITI IN ASSENZA DI TITOLO ABILITATIVO (ART. 27 "
                        "D.P.R. 6 GIUGNO 2001, N. 380)"}},
]

STRING_FIELDS = ("municipality", "organ", "office", "proposing_office", "subject")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = collapse(s).casefold()
    return re.sub(r"[’‘`´]", "'", s)


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    miss = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"])
            miss += 1
            continue
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                             text=True, check=True).stdout
        exact, lo = collapse(txt), loose(txt)
        act = k.get("act", {})
        for f in STRING_FIELDS:
            if f not in act:
                continue
            v = act[f]
            ok = collapse(v) in exact if f == "subject" else loose(v) in lo
            if not ok:
                miss += 1
                print("MISS %s %s: %r" % (k["file"], f, v))
        for a in act.get("attendees", []):
            if loose(a["name"]) not in lo:
                miss += 1
                print("MISS %s attendee %r" % (k["file"], a["name"]))
    print("%d files, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
