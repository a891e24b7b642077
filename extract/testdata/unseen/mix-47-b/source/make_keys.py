# -*- coding: utf-8 -*-
"""Writes keys.json from data.py (the same values the builders print)."""
import json, sys
import data as d

def act(D, fields):
    a = {}
    for f in fields:
        if f in D:
            a[f] = D[f]
    if "attendees" in D:
        a["attendees"] = [{"name": n, "role": r, "present": p} for n, r, p in D["attendees"]]
    for f in ("president", "secretary", "vote", "vote_counts", "immediately_executive"):
        if f in D:
            a[f] = D[f]
    return a

BASE = ["municipality", "organ", "office", "kind", "number", "sector_number", "date", "time", "subject",
        "proposing_office", "proposal_number", "proposal_date"]
K = []
def add(file, role, what, D, op=True):
    k = {"file": file, "role": role, "what": what}
    if op and "operative_points" in D:
        k["operative_points"] = D["operative_points"]
    k["act"] = act(D, BASE)
    K.append(k)

add("deliberazione-nimis-reportlab.pdf", "act",
    "Giunta deliberation 58/2026 (ReportLab, Times): letterhead drawn on every page, boxed OGGETTO, roll as a "
    "table with Presente/Assente columns (one assessore absent), DELIBERA points 1-4, FVG immediate executivity, "
    "publication and executivity boxes", d.NIMIS)
add("deliberazione-urbisaglia-spire.pdf", "act",
    "Consiglio deliberation 9/2026 (python-docx .docx via LibreOffice): number/date in a label grid, subject in "
    "a bordered two-cell table, 11 councillors numbered in two columns (1-6 left, 7-11 right, P/A), vote by "
    "majority in prose with counts, points 1)-3), relata", d.URBISAGLIA)
add("deliberazione-unione-logudoro-phantomjs.pdf", "act",
    "Giunta dell'Unione deliberation 14/2026 (wkhtmltopdf): roll in prose (present, then absent, role in "
    "brackets), vote in a one-row table, three bulleted DELIBERA points, publication box", d.LOGUDORO)
add("determinazione-pollina-sispi.pdf", "act",
    "determinazione of the Area Tecnica (LibreOffice from HTML): label grid with proposal, area register "
    "(n. 31 of 09/03) and general register (n. 112 of 10/03), boxed OGGETTO, DETERMINA points 1)-5), "
    "visto contabile and publication boxes", d.POLLINA)
add("determinazione-civitella-del-tronto-rmcobol.pdf", "act",
    "determinazione of the Responsabile of the Area Economico-Finanziaria (80-column spool, enscript Courier): "
    "running head with page number, both registers on one line, DETERMINA points a)-d), 2 pages", d.CIVITELLA)
add("determinazione-minervino-murge-harbour.pdf", "act",
    "determinazione of the Settore III (fpdf2, DejaVu Condensed): register box top right (general and sector), "
    "boxed OGGETTO, unnumbered DETERMINA paragraphs, publication box, running foot", d.MINERVINO)
add("ordinanza-comunanza-phpword.pdf", "act",
    "ordinanza contingibile e urgente n. 7/2026 of the Sindaco (TCPDF): protocol line, shaded OGGETTO, ORDINA "
    "as an ordered list 1-4, 2 pages with 'pagina x di y' foot", d.COMUNANZA)
add("avviso-ferla-ironpdf.pdf", "act",
    "numbered avviso pubblico n. 3/2026 (headless Chromium): badge with the number, subject as a title block, "
    "articles Art. 1-4, protocol date, CSS page counter foot", d.FERLA)
add("attestazione-berchidda-jreport.pdf", "certificate",
    "certificate of publication of Giunta deliberation 27/2026 of 05/03/2026 (ReportLab canvas): label/value "
    "rows, published 09/03-24/03/2026, signed 25/03/2026", d.BERCHIDDA)
K.append({"file": "allegato-spinazzola-excel.pdf", "role": "attachment",
          "what": "Allegato A to determinazione R.G. 198/2026: spreadsheet table of 31 admitted applications "
                  "(LibreOffice Calc from .xlsx)", "act": {"municipality": d.SPINAZZOLA["municipality"]}})
add("convocazione-trinitapoli-quarkxpress.pdf", "notice",
    "convocation of the Consiglio Comunale for 30/03/2026 at 17:00 (manifesto layout, ReportLab canvas): "
    "title in two lines, six-item agenda in a box, signed by the Presidente del Consiglio on 20/03/2026", d.TRINITAPOLI)
add("avviso-forgaria-nel-friuli-pdflatex.pdf", "notice",
    "unnumbered avviso of the Servizi Demografici (pdfLaTeX, Latin Modern): running head with the bilingual "
    "name, date and protocol top right, title block, table of opening hours", d.FORGARIA)
json.dump(K, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
