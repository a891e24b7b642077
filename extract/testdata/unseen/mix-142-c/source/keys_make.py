#!/usr/bin/env python3
"""Write ../keys.json for set mix-142-c and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed; rows made only
of underscores are dropped first). Subjects are matched exactly; municipality,
organ, office, names and roles without regard to case or the shape of the
apostrophe. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

B = "Comune di Beinasco"
T = "Comune di Teramo"
C = "Comune di Campobello di Mazara"


def det(file, what, points, mun, organ, office, kind, number, sector, date, pnum, pdate, subject):
    return {"file": file, "role": "act", "what": what, "operative_points": points,
            "act": {"municipality": mun, "organ": organ, "office": office, "kind": kind,
                    "number": number, "sector_number": sector, "date": date,
                    "proposal_number": pnum, "proposal_date": pdate, "subject": subject}}


KEYS = [
    det("determinazione-beinasco-sicraweb-tributi.pdf",
        "determinazione of the Settore Finanze e Tributi (boxed under the letterhead with its Servizio Tributi), Reg. Gen. 14 / Reg. Settore 3 / Proposta 21 in a grid, HTML printed by headless Chromium with @page running head",
        4, B, "SETTORE FINANZE E TRIBUTI", "Servizio Tributi", "determinazione", 14, 3, "2029-01-10", 21, "2029-01-08",
        "RIMBORSO DI QUOTE TARI ANNO 2028 NON DOVUTE PER CESSATA OCCUPAZIONE DEGLI IMMOBILI - LIQUIDAZIONE A FAVORE DI N. 3 CONTRIBUENTI"),
    det("determinazione-beinasco-sicraweb-sociali.pdf",
        "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA, Servizio printed only in the stacked signature block, ReportLab platypus with running head",
        5, B, "SETTORE SERVIZI ALLA PERSONA", "Servizio Politiche Sociali e Abitative", "determinazione", 17, 2, "2029-01-11", 26, "2029-01-09",
        "CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - FONDO COMUNALE MOROSITÀ INCOLPEVOLE - IMPEGNO DI SPESA E LIQUIDAZIONE PRIMO ELENCO BENEFICIARI ANNO 2029"),
    det("ordinanza-beinasco-sicraweb.pdf",
        "traffic ordinanza of the Settore Urbanistica e Lavori Pubblici (boxed with its Servizio), Reg. Gen. 9 / Reg. Settore 4 / Proposta 11, python-docx exported by LibreOffice Writer",
        4, B, "SETTORE URBANISTICA E LAVORI PUBBLICI", "Servizio Viabilità e Manutenzioni", "ordinanza", 9, 4, "2029-01-12", 11, "2029-01-11",
        "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN STRADA TORINO, NEL TRATTO COMPRESO TRA VIA SAN GIACOMO E VIA MIRAFIORI, PER LAVORI DI RIFACIMENTO DEL MARCIAPIEDE DAL 15/01/2029 AL 26/01/2029"),
    det("determinazione-beinasco-sicraweb-personale.pdf",
        "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO PERSONALE with no office printed elsewhere, Reg. Gen. 19 / Reg. Servizio 1 / Proposta 24, fpdf2 (DejaVu)",
        3, B, "Responsabile del Servizio", "Servizio Personale", "determinazione", 19, 1, "2029-01-11", 24, "2029-01-10",
        "AUTORIZZAZIONE ALLA DIPENDENTE MATRICOLA N. 1187 ALLO SVOLGIMENTO DI INCARICO EXTRAISTITUZIONALE RETRIBUITO PRESSO IL COMUNE DI ORBASSANO AI SENSI DELL'ART. 53 DEL D.LGS. 165/2001"),
    det("determinazione-teramo-jiride-llpp.pdf",
        "DETERMINAZIONE DIRIGENZIALE of the Settore V (band under the letterhead with its Servizio), general register in a box at the top right, sector number and proposal under the title, wkhtmltopdf",
        5, T, "SETTORE V - LAVORI PUBBLICI E MANUTENZIONI", "Servizio Manutenzione Strade e Verde Pubblico", "determinazione", 41, 5, "2029-01-10", 58, "2029-01-09",
        "Lavori di somma urgenza per la rimozione del materiale franato e la messa in sicurezza della strada comunale Colleatterrato Alto - Approvazione del verbale di somma urgenza e della perizia giustificativa - Impegno di spesa - CIG B61E0F3A27."),
    det("ordinanza-teramo-jiride-ambiente.pdf",
        "ORDINANZA DIRIGENZIALE of the Settore VIII (PM10, burning ban), numbers in a tbl box, groff -ms -Tps through ps2pdf",
        3, T, "SETTORE VIII - AMBIENTE, ENERGIA E PROTEZIONE CIVILE", "Servizio Tutela Ambientale", "ordinanza", 12, 2, "2029-01-11", 15, "2029-01-10",
        "DIVIETO DI COMBUSTIONE DI RESIDUI VEGETALI AGRICOLI E FORESTALI E DI ACCENSIONE DI FUOCHI SU TUTTO IL TERRITORIO COMUNALE FINO AL 28 FEBBRAIO 2029 PER IL CONTENIMENTO DELLE EMISSIONI DI PM10"),
    det("determinazione-teramo-jiride-istruzione.pdf",
        "DETERMINAZIONE DIRIGENZIALE whose Settore and Servizio are printed only in the running head and stacked over IL DIRIGENTE DEL SETTORE, python-docx exported by LibreOffice Writer",
        4, T, "Settore III - Servizi Sociali, Educativi e Culturali", "Servizio Pubblica Istruzione", "determinazione", 48, 6, "2029-01-12", 63, "2029-01-11",
        "Servizio di refezione scolastica per le scuole dell'infanzia e primarie statali - A.S. 2028/2029 - Liquidazione delle fatture relative al mese di dicembre 2028 in favore della ditta Ristora Adriatica S.r.l. - CIG A0D5C19E44."),
    det("ordinanza-teramo-jiride-traffico.pdf",
        "ORDINANZA DIRIGENZIALE of the Settore X - Polizia Locale e Mobilità with its Ufficio, three lettered points, HTML printed by headless Chromium",
        3, T, "SETTORE X - POLIZIA LOCALE E MOBILITÀ", "Ufficio Traffico e Segnaletica", "ordinanza", 14, 3, "2029-01-12", 19, "2029-01-12",
        "Festa di Sant'Antonio Abate - Falò in Largo Madonna delle Grazie - Provvedimenti temporanei in materia di circolazione stradale e sosta per il giorno 16 gennaio 2029."),
    det("determinazione-campobellodimazara-datagraph-tecnico.pdf",
        "DETERMINAZIONE DEL RESPONSABILE DEL 3° SETTORE, Settore and Servizio in a two-row box under the letterhead, three numbers in a grid, python-docx exported by LibreOffice Writer",
        4, C, "3° SETTORE - TECNICO", "Servizio Manutenzioni e Servizi a Rete", "determinazione", 22, 4, "2029-01-09", 6, "2029-01-08",
        "INTERVENTO URGENTE DI RIPARAZIONE DELLA CONDOTTA IDRICA DI VIA SELINUNTE - AFFIDAMENTO DIRETTO ALLA DITTA IDROTECNICA BELICE S.R.L. AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 - IMPEGNO DI SPESA - CIG B5A27D90E1"),
    det("ordinanza-campobellodimazara-datagraph.pdf",
        "ORDINANZA DEL RESPONSABILE DEL 5° SETTORE (Polizia Municipale, Ufficio Viabilità e Traffico boxed), HTML printed by headless Chromium with @page running head",
        3, C, "5° SETTORE - POLIZIA MUNICIPALE", "Ufficio Viabilità e Traffico", "ordinanza", 5, 1, "2029-01-10", 2, "2029-01-09",
        "CHIUSURA TEMPORANEA AL TRANSITO VEICOLARE DEL LUNGOMARE DI TRE FONTANE, NEL TRATTO COMPRESO TRA VIA DEI DELFINI E VIA DELLE SIRENE, PER LAVORI DI RIPRISTINO DELLA PAVIMENTAZIONE DAL 15 AL 31 GENNAIO 2029"),
    det("determinazione-campobellodimazara-datagraph-istruzione.pdf",
        "80-column print of a DETERMINAZIONE DEL RESPONSABILE DEL 1° SETTORE, Settore and Servizio in an ASCII box, Latin-1 text through enscript (Courier) and ps2pdf",
        4, C, "1° SETTORE - AFFARI GENERALI E SERVIZI ALLA PERSONA", "Servizio Pubblica Istruzione", "determinazione", 27, 3, "2029-01-11", 5, "2029-01-10",
        "TRASPORTO GRATUITO DEGLI ALUNNI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO AI SENSI DELLA L.R. 24/1973 - A.S. 2028/2029 - LIQUIDAZIONE ABBONAMENTI MESE DI DICEMBRE 2028 ALLA DITTA AUTOLINEE SALEMI S.P.A."),
    det("determinazione-campobellodimazara-datagraph-tributi.pdf",
        "plain DETERMINAZIONE whose Settore and Ufficio are printed in the running head and stacked over IL RESPONSABILE, ReportLab canvas justified with Tw",
        4, C, "2° SETTORE ECONOMICO FINANZIARIO", "UFFICIO TRIBUTI", "determinazione", 31, 2, "2029-01-11", 3, "2029-01-10",
        "APPROVAZIONE DELLA LISTA DI CARICO DEGLI AVVISI DI ACCERTAMENTO IMU ANNUALITÀ 2024 PER OMESSO E PARZIALE VERSAMENTO - ACCERTAMENTO DELLA RELATIVA ENTRATA"),
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def text_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    t = "\n".join(l for l in t.splitlines() if not re.fullmatch(r"[\s_]+", l) or not l.strip())
    return t


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
