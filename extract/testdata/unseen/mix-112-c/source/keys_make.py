#!/usr/bin/env python3
"""Write ../keys.json and check every keyed string against the PDF's text.

Each keyed string (subject, municipality, organ, offices, attendees' names and
roles, president's and secretary's title, role and name, others present) must
be found in `pdftotext -layout` of its PDF with runs of white space collapsed:
subjects exactly as printed, the rest without regard to case (the way the
fixture compares them). Numbers must appear as whole numbers, dates as
dd/mm/yyyy, times as hh:mm. Exit status 1 on any miss.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


SUBJ_SPIL_CC = ("APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI "
                "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE CON DECORRENZA "
                "DAL 1° GENNAIO 2027")
SUBJ_MAIDA_97 = ("LAVORI DI MESSA IN SICUREZZA DEL COSTONE ROCCIOSO SOTTOSTANTE VIA ROMA - APPROVAZIONE "
                 "PROGETTO ESECUTIVO - CUP H47H26000410001")
SUBJ_TERR_203 = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DI TERRANUOVA BRACCIOLINI "
                 "PER LA GESTIONE DEL MERCATO DEI PRODUTTORI AGRICOLI NEL CENTRO STORICO - ANNI 2027-2028")

SPIL_GIUNTA = [("TAGLIAVINI Carlo", "Sindaco"), ("GIBELLINI Laura", "Vicesindaco"), ("ZANASI Marco", "Assessore"),
               ("PEDERZOLI Elena", "Assessore"), ("CUOGHI Andrea", "Assessore"), ("FREGNI Silvia", "Assessore")]

KEYS = [
    {
        "file": "consiglio-spilamberto-sicraweb.pdf",
        "role": "act",
        "what": "Consiglio Comunale n. 62/2026 of Spilamberto (Sicraweb style): ReportLab platypus, justified body (Tw), "
                "roll table of 17 with Presente/Assente, a councillor leaving before the vote, counts printed, "
                "running head with the number and 'Pagina X di Y'",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Spilamberto", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 62, "date": "2026-12-18", "time": "20:30",
            "proposal_number": 231, "proposal_date": "2026-12-02", "proposing_office": "Settore Servizi Finanziari",
            "subject": SUBJ_SPIL_CC,
            "attendees": [A("TAGLIAVINI Carlo", "Sindaco"), A("MONTANARI Giorgia", "Presidente del Consiglio"),
                          A("BELLEI Francesco", "Consigliere"), A("RIGHI Paola", "Consigliere", False),
                          A("VANDELLI Matteo", "Consigliere"), A("MANFREDINI Chiara", "Consigliere"),
                          A("GUERZONI Luca", "Consigliere"), A("LUGLI Sara", "Consigliere"),
                          A("BARALDI Nicola", "Consigliere"), A("CORRADINI Giulia", "Consigliere"),
                          A("TORRICELLI Enrico", "Consigliere"), A("MURATORI Ilaria", "Consigliere"),
                          A("GRANDI Davide", "Consigliere"), A("MESSORI Alberto", "Consigliere"),
                          A("ZOBOLI Federica", "Consigliere"), A("ANSALONI Rita", "Consigliere", False),
                          A("BONACORSI Pietro", "Consigliere")],
            "president": {"title": "sig.ra", "role": "Presidente del Consiglio", "name": "Giorgia Montanari"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Antonella Pellacani"},
            "vote": "majority",
            "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta-spilamberto-sicraweb.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 171/2026 of Spilamberto (Sicraweb style): HTML printed by headless Chromium, "
                "Sindaco absent and the Vicesindaco presiding, the Vicesegretario taking the minutes, roll table, "
                "footer with the number repeated by a table footer",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Spilamberto", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 171, "date": "2026-12-22", "time": "13:00",
            "proposal_number": 248, "proposal_date": "2026-12-16", "proposing_office": "SETTORE SERVIZI ALLA PERSONA",
            "subject": "ASSEGNAZIONE DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE DEL "
                       "TERRITORIO PER LA STAGIONE SPORTIVA 2026/2027",
            "attendees": [A(n, r, n not in ("TAGLIAVINI Carlo", "CUOGHI Andrea")) for n, r in SPIL_GIUNTA],
            "president": {"title": "sig.ra", "role": "Vicesindaco", "name": "Laura Gibellini"},
            "secretary": {"title": "dott.", "role": "Vicesegretario", "name": "Fabio Caselli"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta-tariffe-spilamberto-sicraweb.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 168/2026 of Spilamberto (Sicraweb style): .docx written by python-docx, exported "
                "by LibreOffice; roll in prose, Word list numbering, a table of tariffs inside point 1, running head "
                "with the number and PAGE/NUMPAGES fields",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Spilamberto", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 168, "date": "2026-12-15", "time": "12:15",
            "proposal_number": 239, "proposal_date": "2026-12-04", "proposing_office": "Settore Servizi Finanziari",
            "subject": "DETERMINAZIONE DELLE TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE PER L'ANNO 2027 E "
                       "DEI RELATIVI TASSI DI COPERTURA DEI COSTI",
            "attendees": [A("TAGLIAVINI Carlo", "Sindaco"), A("GIBELLINI Laura", "Vicesindaco"),
                          A("ZANASI Marco", "Assessore"), A("CUOGHI Andrea", "Assessore"),
                          A("FREGNI Silvia", "Assessore"), A("PEDERZOLI Elena", "Assessore", False)],
            "president": {"role": "Sindaco", "name": "Carlo Tagliavini"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Antonella Pellacani"},
            "vote": "majority",
            "vote_counts": {"present": 5, "in_favour": 4, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "attestazione-spilamberto-sicraweb.pdf",
        "role": "certificate",
        "what": "certificate of publication of Consiglio n. 62 of 18/12/2026 (register n. 1874, affixed 23/12/2026): "
                "fpdf2 with embedded Liberation Sans, the Messo's oval stamp rotated over the signature area",
        "act": {
            "municipality": "Comune di Spilamberto", "kind": "attestazione",
            "number": 62, "date": "2026-12-18", "subject": SUBJ_SPIL_CC,
        },
    },
    {
        "file": "giunta-maida-halley.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 97/2026 of Maida (Halley fixed-width print): 80-column text set in Courier by "
                "enscript, running head with the number and 'Pag. X di Y', roll in two numbered columns, pareri, "
                "F.to signatures and a relata at the end",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Maida", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 97, "date": "2026-12-10", "time": "12:30",
            "proposal_number": 112, "proposal_date": "2026-12-04", "proposing_office": "AREA TECNICA",
            "subject": SUBJ_MAIDA_97,
            "attendees": [A("PAONESSA SALVATORE", "SINDACO"), A("MURACA ANTONELLA", "VICESINDACO"),
                          A("PILEGGI VINCENZO", "ASSESSORE"), A("SCALISE FRANCESCO", "ASSESSORE"),
                          A("TORCHIA ROSARIA", "ASSESSORE", False)],
            "president": {"title": "Sig.", "role": "SINDACO", "name": "PAONESSA SALVATORE"},
            "secretary": {"title": "Dott.", "role": "SEGRETARIO COMUNALE", "name": "CARMELO MERCURI"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio-maida-halley.pdf",
        "role": "act",
        "what": "Consiglio Comunale n. 41/2026 of Maida (Halley fixed-width print): plain troff in Courier, filled and "
                "justified by groff, PostScript through ps2pdf; roll marked SI under PRES./ASS., a councillor "
                "entering and one leaving, the Vice Segretario taking the minutes, running head and foot by traps",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Maida", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 41, "date": "2026-12-21", "time": "17:30",
            "proposal_number": 58, "proposal_date": "2026-12-09", "proposing_office": "AREA ECONOMICO-FINANZIARIA",
            "subject": "APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (D.U.P.) 2027/2029",
            "attendees": [A("PAONESSA SALVATORE", "SINDACO"), A("GIGLIOTTI PASQUALE", "PRESIDENTE DEL CONSIGLIO"),
                          A("MURACA ANTONELLA", "CONSIGLIERE"), A("SCALISE FRANCESCO", "CONSIGLIERE"),
                          A("TORCHIA ROSARIA", "CONSIGLIERE"), A("PILEGGI VINCENZO", "CONSIGLIERE"),
                          A("CHIARELLA MARIA", "CONSIGLIERE"), A("FAZIO DOMENICO", "CONSIGLIERE"),
                          A("VESCIO TERESA", "CONSIGLIERE"), A("IOZZO GIOVANNI", "CONSIGLIERE"),
                          A("CERRA ANNA", "CONSIGLIERE", False), A("GRANDINETTI ROCCO", "CONSIGLIERE"),
                          A("TALARICO LUIGI", "CONSIGLIERE", False)],
            "president": {"title": "Avv.", "role": "Presidente del Consiglio Comunale", "name": "PASQUALE GIGLIOTTI"},
            "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Comunale", "name": "RITA BEVILACQUA"},
            "vote": "majority",
            "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta-sociale-maida-halley.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 99/2026 of Maida (Halley fixed-width print): 80-column text through a2ps "
                "(hyphens become U+2212 minus and apostrophes U+2019 in the text layer), roll in prose, Vicesindaco "
                "presiding, one abstention, not immediately executive",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Maida", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 99, "date": "2026-12-17", "time": "13:00",
            "proposal_number": 115, "proposal_date": "2026-12-11", "proposing_office": "AREA AMMINISTRATIVA",
            "subject": "CONCESSIONE CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO "
                       "SOCIO\u2212ECONOMICO \u2212 ATTO DI INDIRIZZO AL RESPONSABILE DELL\u2019AREA AMMINISTRATIVA",
            "attendees": [A("MURACA ANTONELLA", "VICESINDACO"), A("SCALISE FRANCESCO", "ASSESSORE"),
                          A("TORCHIA ROSARIA", "ASSESSORE"), A("PILEGGI VINCENZO", "ASSESSORE"),
                          A("PAONESSA SALVATORE", "SINDACO", False)],
            "president": {"title": "Sig.ra", "role": "VICESINDACO", "name": "MURACA ANTONELLA"},
            "secretary": {"title": "Dott.", "role": "SEGRETARIO COMUNALE", "name": "CARMELO MERCURI"},
            "vote": "majority",
            "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
            "immediately_executive": False,
        },
    },
    {
        "file": "attestazione-maida-halley.pdf",
        "role": "certificate",
        "what": "certificate of publication of Giunta n. 97 of 10/12/2026 (register n. 1203, 14/12-29/12/2026): a "
                "ReportLab form with blanks of underscores, the values typed over them in Courier as a separate "
                "overlay merged by pikepdf (a Form XObject)",
        "act": {
            "municipality": "Comune di Maida", "kind": "attestazione",
            "number": 97, "date": "2026-12-10", "subject": SUBJ_MAIDA_97,
        },
    },
    {
        "file": "consiglio-terranuovabracciolini-civilianext.pdf",
        "role": "act",
        "what": "Consiglio Comunale n. 74/2026 of Terranuova Bracciolini (Civilia Next style): pdfLaTeX, letter-spaced "
                "name of the Comune (microtype), roll of 17 in two columns, assessori esterni in a list of their own, "
                "a councillor leaving before the vote, fancyhdr running head and foot with the number",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Terranuova Bracciolini", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 74, "date": "2026-12-28", "time": "21:00",
            "proposal_number": 88, "proposal_date": "2026-12-15",
            "proposing_office": "Servizio Urbanistica ed Edilizia privata",
            "subject": "VARIANTE SEMPLIFICATA AL PIANO OPERATIVO COMUNALE PER LA RIQUALIFICAZIONE DELL\u2019AREA "
                       "PRODUTTIVA DISMESSA EX FORNACE IN LOCALITÀ CICOGNA \u2013 ADOZIONE AI SENSI DEGLI ARTT. 30 E "
                       "32 DELLA L.R. 65/2014",
            "attendees": [A("NOCENTINI Mauro", "Sindaco"), A("LAPINI Roberto", "Presidente"),
                          A("CANESCHI Elisa", "Consigliera"), A("MENCHETTI Paolo", "Consigliere"),
                          A("BONECHI Sara", "Consigliera"), A("TANZINI Giulia", "Consigliera"),
                          A("FABBRINI Marco", "Consigliere"), A("SERENI Chiara", "Consigliera"),
                          A("BATIGNANI Alessio", "Consigliere"), A("MUGNAI Daniela", "Consigliera"),
                          A("PRATESI Simone", "Consigliere"), A("CRESTI Lucia", "Consigliera"),
                          A("INNOCENTI Andrea", "Consigliere"), A("VANNINI Irene", "Consigliera"),
                          A("BRUSCHI Filippo", "Consigliere", False), A("LUSINI Cristina", "Consigliera"),
                          A("MANETTI Giacomo", "Consigliere", False)],
            "others_present": [{"role": "Assessore esterno", "name": "GRIFONI Lorenzo"},
                               {"role": "Assessora esterna", "name": "CAPPELLI Martina"}],
            "president": {"role": "Presidente del Consiglio comunale", "name": "Roberto Lapini"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Francesca Parigi"},
            "vote": "majority",
            "vote_counts": {"present": 14, "voters": 14, "in_favour": 11, "against": 3, "abstained": 0},
            "immediately_executive": False,
        },
    },
    {
        "file": "giunta-terranuovabracciolini-civilianext.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 203/2026 of Terranuova Bracciolini (Civilia Next style): content streams written by "
                "hand and assembled with pikepdf; letterhead a Form XObject drawn last, running foot a Form XObject "
                "drawn first, the Comune's name placed glyph by glyph, Tc headings, Tw/Tc justification, TJ names "
                "without spaces, a copia-conforme stamp rotated up the margin; assessori esterni listed apart",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Terranuova Bracciolini", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 203, "date": "2026-12-17", "time": "09:30",
            "proposal_number": 471, "proposal_date": "2026-12-10",
            "proposing_office": "Servizio Attività produttive e SUAP",
            "subject": SUBJ_TERR_203,
            "attendees": [A("NOCENTINI Mauro", "Sindaco"), A("CANESCHI Elisa", "Vicesindaca"),
                          A("MENCHETTI Paolo", "Assessore"), A("BONECHI Sara", "Assessora", False),
                          A("GRIFONI Lorenzo", "Assessore esterno"), A("CAPPELLI Martina", "Assessora esterna", False)],
            "president": {"role": "Sindaco", "name": "Mauro Nocentini"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Francesca Parigi"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta-personale-terranuovabracciolini-civilianext.pdf",
        "role": "act",
        "what": "Giunta Comunale n. 209/2026 of Terranuova Bracciolini (Civilia Next style): HTML through wkhtmltopdf, "
                "CSS letter-spaced heading, Sindaco absent and the Vicesindaca presiding, the Vicesegretario Generale "
                "taking the minutes, assessori esterni in a second table",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Terranuova Bracciolini", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 209, "date": "2026-12-30", "time": "12:00",
            "proposal_number": 512, "proposal_date": "2026-12-19", "proposing_office": "SERVIZIO RISORSE UMANE",
            "subject": "APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2027-2029 E RICOGNIZIONE DELLE "
                       "ECCEDENZE DI PERSONALE PER L'ANNO 2027",
            "attendees": [A("NOCENTINI Mauro", "Sindaco", False), A("CANESCHI Elisa", "Vicesindaca"),
                          A("MENCHETTI Paolo", "Assessore"), A("BONECHI Sara", "Assessora"),
                          A("GRIFONI Lorenzo", "Assessore esterno"), A("CAPPELLI Martina", "Assessora esterna")],
            "president": {"role": "Vicesindaca", "name": "Elisa Caneschi"},
            "secretary": {"title": "dott.", "role": "Vicesegretario Generale", "name": "Stefano Landi"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "attestazione-terranuovabracciolini-civilianext.pdf",
        "role": "certificate",
        "what": "certificate of publication and executivity of Giunta n. 203 of 17/12/2026 (register n. 2319, affixed "
                "21/12/2026): ReportLab canvas, letter-spaced headings (Tc), running text set one glyph at a time",
        "act": {
            "municipality": "Comune di Terranuova Bracciolini", "kind": "attestazione",
            "number": 203, "date": "2026-12-17", "subject": SUBJ_TERR_203,
        },
    },
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout)
        low = txt.lower()
        a = k["act"]

        def has(s, exact=False, what=""):
            nonlocal misses
            s = norm(s)
            ok = (s in txt) if exact else (s.lower() in low)
            if not ok:
                misses += 1
                print("MISS %-55s %-16s %r" % (k["file"], what, s))

        if "subject" in a:
            has(a["subject"], exact=True, what="subject")
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                has(a[f], what=f)
        for f in ("attendees", "others_present"):
            for p in a.get(f, []):
                has(p["name"], what=f + ".name")
                has(p["role"], what=f + ".role")
        for f in ("president", "secretary"):
            if f in a:
                for g in ("title", "role", "name"):
                    if g in a[f]:
                        has(a[f][g], what=f + "." + g)
        for f in ("number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], txt):
                misses += 1; print("MISS", k["file"], f, a[f])
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in txt:
                    misses += 1; print("MISS", k["file"], f, a[f])
        if "time" in a and a["time"] not in txt:
            misses += 1; print("MISS", k["file"], "time", a["time"])
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
