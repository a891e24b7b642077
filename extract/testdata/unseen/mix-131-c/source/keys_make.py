#!/usr/bin/env python3
"""Writes ../keys.json for set mix-131-c and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Names, roles, organs and offices are
compared without regard to case (as the keys are scored); subjects exactly. Numbers, dates
(in any of the printed forms), times and proposal numbers must appear too. Exits 1 on a miss.

The values were written from the printed documents (pdftotext and the rendered pages), not
from the scripts' data.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre"]

PIAN_ROLL_84 = [
    {"name": "PIERACCINI MARCO", "role": "Sindaco", "present": True},
    {"name": "FABBRINI ELENA", "role": "Vicesindaco", "present": True},
    {"name": "RAPPUOLI GIACOMO", "role": "Assessore", "present": True},
    {"name": "NANNETTI SILVIA", "role": "Assessore", "present": False},
    {"name": "CONTORNI ANDREA", "role": "Assessore", "present": True},
]
PIAN_ROLL_87 = [dict(x) for x in PIAN_ROLL_84]
PIAN_ROLL_87[3]["present"] = True
PIAN_ROLL_87[4]["present"] = False
PIAN_PRES = {"role": "Sindaco", "name": "Marco Pieraccini"}
PIAN_SEGR = {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Caterina Lotti"}

SPS_ROLL_112 = [
    {"name": "CALIANDRO ANTONIO", "role": "SINDACO", "present": True},
    {"name": "SPAGNOLO MARIA GRAZIA", "role": "VICE SINDACO", "present": True},
    {"name": "MICCOLI COSIMO", "role": "ASSESSORE", "present": True},
    {"name": "PERRONE ANNA RITA", "role": "ASSESSORE", "present": True},
    {"name": "LEO FERNANDO", "role": "ASSESSORE", "present": True},
]
SPS_ROLL_118 = [dict(x) for x in SPS_ROLL_112]
SPS_ROLL_118[2]["present"] = False
SPS_PRES = {"title": "Sig.", "role": "SINDACO", "name": "CALIANDRO ANTONIO"}
SPS_SEGR = {"title": "Dott.", "role": "SEGRETARIO COMUNALE", "name": "MAIORANO GIOVANNI"}
SETT3 = "SETTORE III - URBANISTICA, LAVORI PUBBLICI E AMBIENTE"
SETT1 = "SETTORE I - AFFARI GENERALI E SERVIZI ALLA PERSONA"

RON_ROLL_92 = [
    {"name": "MONTIBELLER MIRKO", "role": "Sindaco", "present": True},
    {"name": "ZOTTELE LORENA", "role": "Vicesindaco", "present": True},
    {"name": "ANDERLE PAOLO", "role": "Assessore", "present": False},
    {"name": "TOMIO GIORGIO", "role": "Assessore", "present": True},
]
RON_ROLL_95 = [dict(x, present=True) for x in RON_ROLL_92]
RON_PRES = {"title": "signor", "role": "Sindaco", "name": "Mirko Montibeller"}
RON_SEGR = {"title": "dott.", "role": "Segretario comunale", "name": "Alessandro Caumo"}

KEYS = [
    {"file": "deliberazione-piancastagnaio-civilianext-84.pdf", "role": "act",
     "what": "Giunta deliberation 84/2028 approving a school's energy-retrofit project, with pareri, "
             "attestation of cover (prenotazioni 588-589/2028) and certificate of publication (reg. 812) on pages "
             "2-4; HTML printed by headless Chromium, running head and foot in @page margin boxes, roll in two "
             "side-by-side tables",
     "operative_points": 4,
     "act": {"municipality": "Comune di Piancastagnaio", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 84, "date": "2028-07-05", "time": "13:00",
             "proposal_number": 109, "proposal_date": "2028-07-03", "proposing_office": "Area Tecnica",
             "subject": "Approvazione del progetto di fattibilità tecnica ed economica dei lavori di "
                        "riqualificazione energetica della scuola primaria di via Grossetana - CUP H34D28000150004",
             "attendees": PIAN_ROLL_84, "president": PIAN_PRES, "secretary": PIAN_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-piancastagnaio-civilianext-87.pdf", "role": "act",
     "what": "Giunta deliberation 87/2028 sharing contributions among local associations, one assessore "
             "abstaining; pareri, cover (prenotazioni 640-641/2028) and certificate (reg. 845) after the act; "
             "the same HTML house style printed by wkhtmltopdf 0.12.6 (Qt 5.15), headings letter-spaced with CSS",
     "operative_points": 4,
     "act": {"municipality": "Comune di Piancastagnaio", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 87, "date": "2028-07-12", "time": "12:30",
             "proposal_number": 112, "proposal_date": "2028-07-06", "proposing_office": "Area Amministrativa",
             "subject": "Contributi alle associazioni locali per le manifestazioni dell'estate 2028 - "
                        "Approvazione del riparto e assegnazione",
             "attendees": PIAN_ROLL_87, "president": PIAN_PRES, "secretary": PIAN_SEGR,
             "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-piancastagnaio-civilianext-412.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 412 of 11/07/2028 (area register 131 of "
             "10/07/2028): direct award of cemetery roof works, impegno 655/2028; .docx from python-docx exported "
             "by LibreOffice 7.4, letterhead in the page header, PAGE/NUMPAGES foot",
     "operative_points": 5,
     "act": {"municipality": "Comune di Piancastagnaio", "organ": "AREA TECNICA",
             "office": "Servizio Lavori Pubblici, Patrimonio e Manutenzioni", "kind": "determinazione",
             "number": 412, "sector_number": 131, "date": "2028-07-11",
             "proposal_number": 1188, "proposal_date": "2028-07-10",
             "subject": "Lavori di manutenzione straordinaria della copertura del cimitero comunale del capoluogo - "
                        "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta "
                        "Edil Amiata S.r.l. e impegno di spesa - CIG B2A7F41C9E"}},
    {"file": "determinazione-piancastagnaio-civilianext-427.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa, general register 427 of 14/07/2028 (area register 58 "
             "of 13/07/2028): technical extension of school transport, impegno 671/2028; ReportLab platypus, "
             "justified with Tw, letterhead a reused Form XObject, running head and foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Piancastagnaio", "organ": "AREA AMMINISTRATIVA",
             "office": "Servizio Scuola, Cultura e Turismo", "kind": "determinazione",
             "number": 427, "sector_number": 58, "date": "2028-07-14",
             "proposal_number": 1214, "proposal_date": "2028-07-13",
             "subject": "Servizio di trasporto scolastico - Proroga tecnica del contratto con la ditta Autolinee "
                        "Amiatine S.r.l. per il periodo settembre-dicembre 2028 e impegno di spesa - CIG B3C1E09A57"}},
    {"file": "deliberazione-sanpancraziosalentino-halley-112.pdf", "role": "act",
     "what": "Giunta deliberation 112/2028 approving a civil-protection convention, 4 in favour and 1 "
             "abstaining; pareri, cover (impegno 702/2028), certificates of publication (reg. 1021) and "
             "executivity after it; ReportLab canvas with every glyph placed alone (no space characters), "
             "rotated publication stamp up the left margin of page 1",
     "operative_points": 4,
     "act": {"municipality": "Comune di San Pancrazio Salentino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 112, "date": "2028-07-06", "time": "12:00",
             "proposal_number": 128, "proposal_date": "2028-07-03", "proposing_office": SETT3,
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO PROTEZIONE CIVILE "
                        "SAN PANCRAZIO PER IL SERVIZIO DI SUPPORTO ANTINCENDIO BOSCHIVO E VIGILANZA DEL TERRITORIO - "
                        "STAGIONE ESTIVA 2028.",
             "attendees": SPS_ROLL_112, "president": SPS_PRES, "secretary": SPS_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 5, "voters": 4, "in_favour": 4, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-sanpancraziosalentino-halley-118.pdf", "role": "act",
     "what": "Giunta deliberation 118/2028 on emergency street-lighting works, one assessore absent; pareri, "
             "cover (impegno 731/2028), certificates after it; pdfLaTeX (lmodern, no space characters), roll in "
             "two columns, running foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di San Pancrazio Salentino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 118, "date": "2028-07-13", "time": "13:15",
             "proposal_number": 135, "proposal_date": "2028-07-10", "proposing_office": SETT3,
             "subject": "LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DELLA RETE DI PUBBLICA ILLUMINAZIONE DI VIA LECCE "
                        "DANNEGGIATA DAGLI EVENTI ATMOSFERICI DEL 2 LUGLIO 2028 - APPROVAZIONE PERIZIA GIUSTIFICATIVA "
                        "E PROPOSTA AL CONSIGLIO COMUNALE DI RICONOSCIMENTO DELLA SPESA AI SENSI DELL'ART. 191, "
                        "COMMA 3, DEL D.LGS. 267/2000.",
             "attendees": SPS_ROLL_118, "president": SPS_PRES, "secretary": SPS_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-sanpancraziosalentino-halley-356.pdf", "role": "act",
     "what": "determinazione of Settore III, general register 356 of 10-07-2028 (settore n. 97 of 07-07-2028): "
             "pest control award, impegno 688/2028; fpdf2, justified multi_cell, certificate of publication as a "
             "form whose values are written over rows of underscores",
     "operative_points": 5,
     "act": {"municipality": "Comune di San Pancrazio Salentino", "organ": SETT3,
             "office": "Servizio Ambiente e Igiene Urbana", "kind": "determinazione",
             "number": 356, "sector_number": 97, "date": "2028-07-10",
             "subject": "SERVIZIO DI DISINFESTAZIONE E DERATTIZZAZIONE DEL TERRITORIO COMUNALE - ANNO 2028 - "
                        "AFFIDAMENTO DIRETTO ALLA DITTA ECOSERVIZI SALENTO S.R.L. E IMPEGNO DI SPESA - CIG B29D4E71A0."}},
    {"file": "determinazione-sanpancraziosalentino-halley-371.pdf", "role": "act",
     "what": "determinazione of Settore I, general register 371 of 14-07-2028 (settore n. 41 of 12-07-2028): "
             "summer centre award, impegni 719-720/2028; content streams written by hand with pikepdf, letterhead "
             "and number block as Form XObjects painted after the body, visto contabile painted before the "
             "parere above it, headings letter-spaced with Tc, body justified with Tw",
     "operative_points": 4,
     "act": {"municipality": "Comune di San Pancrazio Salentino", "organ": SETT1,
             "office": "Servizio Politiche Sociali", "kind": "determinazione",
             "number": 371, "sector_number": 41, "date": "2028-07-14",
             "subject": "CENTRO ESTIVO COMUNALE PER MINORI 2028 - AFFIDAMENTO DEL SERVIZIO ALLA COOPERATIVA SOCIALE "
                        "IL GIRASOLE E IMPEGNO DI SPESA - CIG B30F2A8C61."}},
    {"file": "deliberazione-roncegnoterme-ascotweb-92.pdf", "role": "act",
     "what": "Trentino Giunta minute 92/2028 approving a road project, one assessore absent; pareri (art. 185 "
             "L.R. 2/2018), cover (prenotazione 412/2028), referto di pubblicazione (reg. 468) and executivity "
             "after it; plain troff through groff -Tps and ps2pdf, roll in two columns by tab stops, running "
             "head from page 2",
     "operative_points": 5,
     "act": {"municipality": "Comune di Roncegno Terme", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 92, "date": "2028-07-10", "time": "18:00",
             "subject": "Lavori di sistemazione della strada comunale Marter - Monte di Roncegno: approvazione del "
                        "progetto esecutivo e determinazione a contrarre.",
             "attendees": RON_ROLL_92, "president": RON_PRES, "secretary": RON_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-roncegnoterme-ascotweb-95.pdf", "role": "act",
     "what": "Trentino Giunta minute 95/2028 lending rooms to the Pro Loco, 3 in favour and 1 against, "
             "executive after publication; pareri, cover (impegno 437/2028), referto (reg. 489) after it; .docx "
             "exported by LibreOffice, headings letter-spaced with Writer character spacing",
     "operative_points": 5,
     "act": {"municipality": "Comune di Roncegno Terme", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 95, "date": "2028-07-17", "time": "18:30",
             "subject": "Concessione in comodato d'uso gratuito all'Associazione Pro Loco di Roncegno Terme dei "
                        "locali al piano terra dell'ex scuola elementare di Marter. Approvazione dello schema di "
                        "contratto.",
             "attendees": RON_ROLL_95, "president": RON_PRES, "secretary": RON_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 4, "voters": 4, "in_favour": 3, "against": 1, "abstained": 0},
             "immediately_executive": False}},
    {"file": "determinazione-roncegnoterme-ascotweb-143.pdf", "role": "act",
     "what": "determinazione 143 di data 11 luglio 2028 of the Servizio tecnico: playground equipment award, "
             "impegno 421/2028; 80-column Courier listing set by enscript (header line with number and page) "
             "and ps2pdf",
     "operative_points": 5,
     "act": {"municipality": "Comune di Roncegno Terme", "organ": "SERVIZIO TECNICO",
             "office": "Ufficio Lavori pubblici e patrimonio", "kind": "determinazione",
             "number": 143, "date": "2028-07-11",
             "subject": "Fornitura e posa di giochi inclusivi e arredi per il parco giochi di via Dante. Affidamento "
                        "diretto alla ditta Legno Valsugana s.n.c. di Roncegno Terme e impegno di spesa. "
                        "CIG B2F71D0A43."}},
    {"file": "determinazione-roncegnoterme-ascotweb-151.pdf", "role": "act",
     "what": "determinazione 151 di data 18 luglio 2028 of the Servizio Segreteria e Affari Generali: concert "
             "stage and sound award, impegni 446-447/2028; HTML printed by headless Chromium, referto di "
             "pubblicazione as a form with values typed over underscores",
     "operative_points": 4,
     "act": {"municipality": "Comune di Roncegno Terme", "organ": "SERVIZIO SEGRETERIA E AFFARI GENERALI",
             "office": "Ufficio Cultura e Turismo", "kind": "determinazione",
             "number": 151, "date": "2028-07-18",
             "subject": "Rassegna musicale \u201cEstate a Roncegno 2028\u201d: affidamento del servizio audio, luci e "
                        "palco alla ditta Valsugana Service s.r.l. e impegno di spesa. CIG B34AC07E12."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def date_forms(iso):
    y, m, d = iso.split("-")
    forms = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y), "%s.%s.%s" % (d, m, y),
             "%d %s %s" % (int(d), MESI[int(m) - 1], y)]
    return forms


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        n = norm(txt)
        nl = n.lower()
        a = k.get("act", {})

        def need(label, val, exact=False):
            nonlocal misses
            v = norm(val)
            ok = (v in n) if exact else (v.lower() in nl)
            if not ok:
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], label, val))

        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(f, a[f])
        if "subject" in a:
            need("subject", a["subject"], exact=True)
        for i, at in enumerate(a.get("attendees", [])):
            need("attendees[%d].name" % i, at["name"])
            need("attendees[%d].role" % i, at["role"])
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                need("%s.%s" % (who, f), v)
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], n):
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], f, a[f]))
        for f in ("date", "proposal_date"):
            if f in a and not any(x in nl for x in date_forms(a[f])):
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], f, a[f]))
        if "time" in a and a["time"] not in n:
            misses += 1
            print("MISS %s: time = %r" % (k["file"], a["time"]))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
