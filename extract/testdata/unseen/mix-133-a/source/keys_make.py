#!/usr/bin/env python3
"""Writes ../keys.json for set mix-133-a and checks that every keyed string
(municipality, organ, office, proposing office, subject, attendees' names and
roles, president's and secretary's title, role and name) is found in
`pdftotext -layout` of its PDF, white space collapsed. Subjects are matched
as printed (case kept); the other strings without regard to case, as the
keys are scored. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    # ---------------- Comune di Grottazzolina (Marche) - "Halley"
    {"file": "deliberazione-grottazzolina-halley.pdf", "role": "act",
     "what": "Giunta Comunale n. 94 of 12-09-2028 approving a road project, Halley layout (boxed number, "
             "ruled roll, running head with the number, certificate at the end); ReportLab platypus, "
             "justified with Tw",
     "operative_points": 4,
     "act": {"municipality": "Comune di Grottazzolina", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 94, "date": "2028-09-12", "time": "18:30",
             "proposal_number": 102, "proposal_date": "2028-09-07", "proposing_office": "Area Tecnica",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DELLA STRADA COMUNALE CONTRADA SAN LORENZO - CUP D87H28000410004",
             "attendees": roll([("MARINOZZI ALBERTO", "SINDACO", True),
                                ("FERRETTI LUCIA", "VICE SINDACO", True),
                                ("VITALI MATTEO", "ASSESSORE", True),
                                ("PROPERZI SARA", "ASSESSORE", True),
                                ("CRUCIANI GIORGIO", "ASSESSORE", False)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Alberto Marinozzi"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Orazi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-grottazzolina-halley.pdf", "role": "act",
     "what": "Determinazione of the Area Tecnica, sector n. 58 of 13-09-2028 and general register n. 301 of "
             "14-09-2028, mowing contract; fpdf2 core fonts, justified with Tw, running foot with both numbers",
     "operative_points": 5,
     "act": {"municipality": "Comune di Grottazzolina", "organ": "AREA TECNICA",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 301, "sector_number": 58, "date": "2028-09-14",
             "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DELL'ERBA E MANUTENZIONE DEL VERDE "
                        "PUBBLICO PER IL PERIODO SETTEMBRE - DICEMBRE 2028 ALLA DITTA VERDE CHIENTI S.R.L. - "
                        "IMPEGNO DI SPESA - CIG B2C4F81A37"}},
    {"file": "ordinanza-grottazzolina-halley.pdf", "role": "act",
     "what": "Ordinanza sindacale n. 21 of 15-09-2028 forbidding drinking water in two contrade; pikepdf "
             "hand-written content streams: every glyph placed alone, heading letter-spaced with Tc, "
             "letterhead and signature as Form XObjects drawn after the body",
     "operative_points": 3,
     "act": {"municipality": "Comune di Grottazzolina", "organ": "Sindaco", "kind": "ordinanza",
             "number": 21, "date": "2028-09-15",
             "subject": "Misure urgenti a tutela della salute pubblica - divieto di utilizzo dell'acqua "
                        "erogata dalla rete idrica per il consumo umano nelle contrade Ete e Sant'Andrea."}},
    {"file": "certificato-grottazzolina-halley.pdf", "role": "certificate",
     "what": "Certificate of publication (30-09-2028) of Giunta n. 94 of 12-09-2028, an 80-column Courier "
             "report of the Albo module; enscript + ps2pdf",
     "act": {"municipality": "Comune di Grottazzolina", "kind": "attestazione",
             "number": 94, "date": "2028-09-12",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITA’ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DELLA STRADA COMUNALE CONTRADA SAN LORENZO - CUP D87H28000410004"}},
    # ---------------- Comune di Montemarano (Campania) - "Sicraweb"
    {"file": "deliberazione-montemarano-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale n. 27 of 14/09/2028 ratifying a budget variation, roll in two columns, "
             "majority vote with counts; HTML printed by headless Chromium, fixed running foot",
     "operative_points": 3,
     "act": {"municipality": "Comune di Montemarano", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 27, "date": "2028-09-14", "time": "18:00",
             "proposal_number": 32, "proposal_date": "2028-09-05",
             "proposing_office": "SETTORE ECONOMICO-FINANZIARIO",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 71 DEL 28/07/2028 AVENTE AD "
                        "OGGETTO: «VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2028/2030 (ART. 175, "
                        "COMMA 4, D.LGS. 267/2000)»",
             "attendees": roll([("CAPUTO ANTONIO", "Sindaco", True),
                                ("DE ROSA MARIANNA", "Consigliere", True),
                                ("IANNACCONE GERARDO", "Consigliere", True),
                                ("PETRILLO FRANCESCO", "Consigliere", True),
                                ("SPAGNUOLO ROSA", "Consigliere", True),
                                ("MARANDINO VITO", "Consigliere", False),
                                ("TROISI ELENA", "Consigliere", True),
                                ("COLUCCI PASQUALE", "Consigliere", True),
                                ("DI NAPOLI MICHELE", "Consigliere", True),
                                ("FAGGIANO ANTONELLA", "Consigliere", False),
                                ("LANZALOTTO ROCCO", "Consigliere", True)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Antonio Caputo"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Pisano"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-montemarano-sicraweb.pdf", "role": "act",
     "what": "Determinazione of the Settore Amministrativo, n. 41 of 11/09/2028, general register n. 268 of "
             "12/09/2028, school transport extension; python-docx exported by LibreOffice Writer, Word "
             "list numbering, running header and PAGE/NUMPAGES footer",
     "operative_points": 5,
     "act": {"municipality": "Comune di Montemarano", "organ": "SETTORE AMMINISTRATIVO",
             "office": "Servizio Pubblica Istruzione e Servizi Sociali", "kind": "determinazione",
             "number": 268, "sector_number": 41, "date": "2028-09-12",
             "proposal_number": 52, "proposal_date": "2028-09-08",
             "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2028/2029 - PROROGA TECNICA DEL CONTRATTO CON "
                        "LA DITTA AUTOSERVIZI DEL CALORE S.N.C. DAL 14/09/2028 AL 31/12/2028 - IMPEGNO DI "
                        "SPESA - CIG B31E0D7A52"}},
    {"file": "decreto-montemarano-sicraweb.pdf", "role": "act",
     "what": "Decreto n. 9 of the Sindaco of 15/09/2028 appointing the head of the Settore Tecnico; "
             "wkhtmltopdf, protocol stamp rotated up the left margin",
     "operative_points": 4,
     "act": {"municipality": "Comune di Montemarano", "organ": "Sindaco", "kind": "decreto",
             "number": 9, "date": "2028-09-15",
             "subject": "NOMINA DEL RESPONSABILE DEL SETTORE TECNICO E ATTRIBUZIONE DELL'INCARICO DI ELEVATA "
                        "QUALIFICAZIONE PER IL PERIODO DAL 16/09/2028 AL 31/12/2029."}},
    {"file": "convocazione-montemarano-sicraweb.pdf", "role": "notice",
     "what": "Convocation of the Consiglio Comunale for 28/09/2028, a pre-printed form whose blanks of "
             "underscores are filled in Courier afterwards; fpdf2",
     "act": {"municipality": "Comune di Montemarano", "kind": "convocazione", "date": "2028-09-15",
             "subject": "Convocazione del Consiglio Comunale."}},
    # ---------------- Comune di Villa Lagarina (Trentino) - "Civilia"
    {"file": "deliberazione-villalagarina-civilia.pdf", "role": "act",
     "what": "Verbale di deliberazione n. 88 of the Giunta comunale, 13.09.2028, grant to the volunteer "
             "fire brigade, Trentino roll with 'Assenti giust./ingiust.'; pdfLaTeX (no space characters), "
             "fancyhdr running head",
     "operative_points": 5,
     "act": {"municipality": "Comune di Villa Lagarina", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 88, "date": "2028-09-13", "time": "17:30",
             "subject": "Concessione di un contributo straordinario al Corpo dei Vigili del fuoco volontari "
                        "di Villa Lagarina per l’acquisto di un automezzo polisoccorso.",
             "attendees": roll([("MARZADRO STEFANO", "Sindaco", True),
                                ("GASPEROTTI ELENA", "Vicesindaco", True),
                                ("ZANDONAI LUCA", "Assessore", True),
                                ("FAIT MARTINA", "Assessore", True),
                                ("RIGOTTI PAOLO", "Assessore", False)]),
             "president": {"title": "signor", "role": "Sindaco", "name": "Stefano Marzadro"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Andrea Tomasi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-villalagarina-civilia.pdf", "role": "act",
     "what": "Determinazione n. 214 of 12 September 2028 of the Servizio finanziario, IMIS refunds; "
             "ReportLab canvas: letterhead Form XObject drawn after the body, Tc-spaced heading, Tw "
             "justification, publication stamp rotated up the margin, running foot",
     "operative_points": 4,
     "act": {"municipality": "Comune di Villa Lagarina", "organ": "SERVIZIO FINANZIARIO",
             "office": "Ufficio ragioneria e tributi", "kind": "determinazione",
             "number": 214, "date": "2028-09-12",
             "subject": "Rimborso di somme versate e non dovute a titolo di Imposta immobiliare semplice "
                        "(IMIS) per gli anni d'imposta 2025 e 2026. Impegno e liquidazione della spesa."}},
    {"file": "avviso-villalagarina-civilia.pdf", "role": "notice",
     "what": "Avviso pubblico of the Servizio segreteria, 14 September 2028, allotments for 2029-2031; "
             "plain troff through groff -Tps and ps2pdf, banner letter-spaced by motions",
     "act": {"municipality": "Comune di Villa Lagarina", "office": "Servizio segreteria", "kind": "avviso",
             "date": "2028-09-14",
             "subject": "ASSEGNAZIONE IN USO DI ORTI COMUNALI IN LOCALITÀ PEDERSANO PER IL TRIENNIO 2029-2031"}},
    {"file": "ordinanza-villalagarina-civilia.pdf", "role": "act",
     "what": "Ordinanza contingibile e urgente n. 12 of the Sindaco, 15 September 2028, dangerous trees; "
             "flat ODF exported by LibreOffice Writer, number in a boxed cell, page fields in the footer",
     "operative_points": 3,
     "act": {"municipality": "Comune di Villa Lagarina", "organ": "Sindaco", "kind": "ordinanza",
             "number": 12, "date": "2028-09-15",
             "subject": "Messa in sicurezza di alberature pericolanti prospicienti la strada comunale per "
                        "Castellano, insistenti sulla p.f. 2214/1 in C.C. Villa Lagarina."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
        low = txt.lower()
        a = k.get("act", {})
        checks = []
        for fld in ("municipality", "organ", "office", "proposing_office"):
            if fld in a:
                checks.append((fld, a[fld], False))
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, at["name"], False))
            checks.append(("attendee %d role" % i, at["role"], False))
        for who in ("president", "secretary"):
            for fld, v in a.get(who, {}).items():
                checks.append(("%s.%s" % (who, fld), v, False))
        if "number" in a:
            checks.append(("number", str(a["number"]), True))
        for what, val, exact in checks:
            v = norm(val)
            ok = (v in txt) if exact else (v.lower() in low)
            if not ok:
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], what, val))
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
