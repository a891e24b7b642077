#!/usr/bin/env python3
"""Write ../keys.json for set mix-139-c and check every keyed string against
`pdftotext -layout` of its PDF, whitespace collapsed. Subjects must be found
exactly; municipality, organ, office and proposing office without regard to
case or to the shape of the apostrophe. Dates (as DD/MM/YYYY) and the numbers
keyed must be printed too. Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

CB = "Comune di Campi Bisenzio"
GC = "Comune di Gravina di Catania"
GM = "Comune di Garbagnate Milanese"


def act(file, what, points, **a):
    e = {"file": file, "role": "act", "what": what}
    if points is not None:
        e["operative_points"] = points
    e["act"] = a
    return e


KEYS = [
    # ---- Campi Bisenzio (Sicraweb-like) ----
    act("determinazione-campibisenzio-sicraweb.pdf",
        "determinazione dirigenziale of the Settore 4, Registro Generale n. 36, Registro di Settore n. 7 and Proposta n. 58 in an identification grid with the Settore/Servizio/Ufficio hierarchy; HTML printed by headless Chromium with a running foot",
        5, municipality=CB, organ="Settore 4 - Servizi alla Persona", office="Servizio Educativo e Scolastico",
        kind="determinazione", number=36, sector_number=7, date="2029-01-11",
        proposal_number=58, proposal_date="2029-01-09",
        subject="SERVIZIO DI REFEZIONE SCOLASTICA - INTEGRAZIONE DELL'IMPEGNO DI SPESA PER IL PERIODO GENNAIO-GIUGNO 2029 A SEGUITO DELL'INCREMENTO DEI PASTI EROGATI - CIG B3D7A19E52"),
    act("determinazione-campibisenzio-sicraweb-2.pdf",
        "determinazione dirigenziale of the Settore 1 - Risorse (personnel), numbers printed only in the running foot, offices only in the signature block; python-docx .docx exported by LibreOffice",
        5, municipality=CB, organ="SETTORE 1 - RISORSE", office="Servizio Risorse Umane e Organizzazione",
        kind="determinazione", number=44, sector_number=3, date="2029-01-12",
        subject="ATTRIBUZIONE DEI DIFFERENZIALI STIPENDIALI DI CUI ALL'ART. 14 DEL CCNL FUNZIONI LOCALI 16/11/2022 CON DECORRENZA 01/01/2028 - APPROVAZIONE DELLA GRADUATORIA DEFINITIVA"),
    act("decreto-campibisenzio-sicraweb.pdf",
        "decreto del Sindaco n. 2/2029 giving a dirigente the Settore 3 ad interim, number in a register box in the letterhead; ReportLab Platypus",
        5, municipality=CB, organ="Sindaco", kind="decreto", number=2, date="2029-01-09",
        subject="CONFERIMENTO AD INTERIM DELL'INCARICO DI DIREZIONE DEL SETTORE 3 - LAVORI PUBBLICI E MOBILITÀ ALL'ING. LORENZO CAPPELLINI, DIRIGENTE DEL SETTORE 5 - URBANISTICA E AMBIENTE"),
    act("ordinanza-campibisenzio-sicraweb.pdf",
        "ordinanza dirigenziale on road works (Registro Generale Ordinanze n. 9, Registro di Settore n. 2 in a grid), Settore and Servizio at the right of the letterhead; HTML through wkhtmltopdf",
        4, municipality=CB, organ="Settore 3 - Lavori Pubblici e Mobilità", office="Servizio Mobilità e Traffico",
        kind="ordinanza", number=9, sector_number=2, date="2029-01-15",
        subject="DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA SANTO STEFANO, NEL TRATTO COMPRESO TRA VIA BARBERINESE E PIAZZA DANTE, PER LAVORI DI SOSTITUZIONE DELLA RETE IDRICA DAL 19/01/2029 AL 02/02/2029"),
    # ---- Gravina di Catania (Datagraph-like) ----
    act("determinazione-gravinadicatania-datagraph.pdf",
        "determinazione of the Area Tecnica, \"N. 4/Area Tecnica\" and Registro Generale n. 19 in a box, proposal n. 7, Area and Servizio in the letterhead; ReportLab canvas with words placed one by one",
        4, municipality=GC, organ="AREA TECNICA", office="Servizio Manutenzioni, Verde Pubblico e Protezione Civile",
        kind="determinazione", number=19, sector_number=4, date="2029-01-12",
        proposal_number=7, proposal_date="2029-01-08",
        subject="AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI POTATURA DEGLI ALBERI DI ALTO FUSTO NELLE AREE A VERDE COMUNALI - IMPEGNO DI SPESA - CIG B5E2D71A40"),
    act("determinazione-gravinadicatania-datagraph-2.pdf",
        "determinazione of the Area Affari Generali e Servizi alla Persona, R.G. n. 24 and Area n. 6 only in the running head, proposal n. 45 in the body; 80-column Latin-1 text through enscript (Courier) and ps2pdf",
        4, municipality=GC, organ="AREA AFFARI GENERALI E SERVIZI ALLA PERSONA", office="Servizio Politiche Sociali",
        kind="determinazione", number=24, sector_number=6, date="2029-01-12",
        proposal_number=45, proposal_date="2029-01-10",
        subject="INTEGRAZIONE DELLA RETTA DI RICOVERO DI UTENTE DISABILE PSICHICO PRESSO LA COMUNITÀ ALLOGGIO \"IL GIRASOLE\" DI BELPASSO - IMPEGNO DI SPESA PERIODO GENNAIO-DICEMBRE 2029"),
    act("determinazione-gravinadicatania-datagraph-3.pdf",
        "determinazione di liquidazione n. 31 (general register only), the issuing Area named only in the signer's capacity; HTML printed by headless Chromium",
        3, municipality=GC, organ="Area Economico-Finanziaria", kind="determinazione", number=31, date="2029-01-15",
        subject="LIQUIDAZIONE DEI CANONI DI NOLEGGIO DELLE APPARECCHIATURE MULTIFUNZIONE IN DOTAZIONE AGLI UFFICI COMUNALI - IV TRIMESTRE 2028 - CIG B41C7E9D52"),
    act("decreto-gravinadicatania-datagraph.pdf",
        "decreto sindacale n. 1/2029 naming the heads of the four Aree (incarichi di Elevata Qualificazione), with a table inside point 1; python-docx .docx exported by LibreOffice",
        5, municipality=GC, organ="Sindaco", kind="decreto", number=1, date="2029-01-08",
        subject="Nomina dei Responsabili delle Aree e attribuzione degli incarichi di Elevata Qualificazione per l'anno 2029."),
    # ---- Garbagnate Milanese (J-Iride-like) ----
    act("determinazione-garbagnatemilanese-jiride.pdf",
        "determinazione dirigenziale n. 12 of the Settore Servizi al Territorio, Registro Generale n. 47 only in the executivity box at the end, offices only in the signature; fpdf2 with DejaVu",
        6, municipality=GM, organ="Settore Servizi al Territorio", office="Servizio Lavori Pubblici e Manutenzioni",
        kind="determinazione", number=47, sector_number=12, date="2029-01-15",
        subject="LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DELLA SCUOLA PRIMARIA \"G. RODARI\" - APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE - CUP J37H28000410004 - CIG B6C11E4A95"),
    act("determinazione-garbagnatemilanese-jiride-2.pdf",
        "determinazione dirigenziale of the Settore Servizi alla Persona, Registro generale n. 39, Registro di settore n. 8 and Proposta n. 52 in a grid, Settore/Servizio/Ufficio at the right of the letterhead; HTML through wkhtmltopdf",
        4, municipality=GM, organ="SETTORE SERVIZI ALLA PERSONA", office="Servizio Politiche Sociali e Abitative",
        kind="determinazione", number=39, sector_number=8, date="2029-01-12",
        proposal_number=52, proposal_date="2029-01-11",
        subject="MISURA UNICA PER IL SOSTEGNO AL MANTENIMENTO DELL'ALLOGGIO IN LOCAZIONE - ANNO 2028 - LIQUIDAZIONE DEI CONTRIBUTI AI BENEFICIARI DEL SECONDO ELENCO"),
    act("decreto-garbagnatemilanese-jiride.pdf",
        "a dirigente's decreto di esproprio n. 1/2029, Registro generale dei decreti n. 4, six articles under DECRETA; groff -ms with tbl, ps2pdf",
        6, municipality=GM, organ="SETTORE SERVIZI AL TERRITORIO", office="Servizio Patrimonio ed Espropri",
        kind="decreto", number=4, sector_number=1, date="2029-01-16",
        subject="ESPROPRIAZIONE PER PUBBLICA UTILITÀ DELLE AREE NECESSARIE ALLA REALIZZAZIONE DEL PERCORSO CICLOPEDONALE DI COLLEGAMENTO TRA VIA MILANO E LA STAZIONE FERROVIARIA — DECRETO DI ESPROPRIO AI SENSI DELL’ART. 23 DEL D.P.R. 327/2001"),
    act("determinazione-garbagnatemilanese-jiride-3.pdf",
        "determinazione \"N. 5/SF\" of the Settore Servizi Finanziari, Registro Generale n. 58 only in the running head, Settore/Servizio/Ufficio in a framed box; content streams written by hand with pikepdf",
        5, municipality=GM, organ="Settore Servizi Finanziari", office="Servizio Tributi",
        kind="determinazione", number=58, sector_number=5, date="2029-01-16",
        subject="AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI 2029 - DETERMINAZIONE A CONTRARRE E IMPEGNO DI SPESA - CIG B6A09F3D18"),
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


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
        raw = pdftext(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for fld in ("date", "proposal_date"):
            if a.get(fld):
                checks.append((fld, dmy(a[fld]), False))
        for label, val, fold in checks:
            if val and norm(val, fold) not in (folded if fold else exact):
                print("MISS %s %s: %r" % (k["file"], label, val))
                misses += 1
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a and not re.search(r"(?<![\d/.,])%d(?![\d,]|\.\d)" % a[fld], exact):
                print("MISS %s %s: %r" % (k["file"], fld, a[fld]))
                misses += 1
    print("%d keys, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
