#!/usr/bin/env python3
"""Comune di Spresiano - Determinazione Area Tecnica, Reg. Gen. 112 / Reg. Area 27.

Same house style as the deliberation (crest and name at the top left, a
grey strip with the numbers under the title, "Pag. x di y" at the foot),
but written by a report engine: every glyph placed alone with its own Tm,
no space characters, justification by moving the glyphs; the headings
letter-spaced with Tc. See rawpdf.py.
"""
import sys
from rawpdf import Page, save

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-spresiano-kibernetes.pdf"
MM = 72 / 25.4
L, R = 20 * MM, 595.28 - 20 * MM
WIDTH = R - L

OGGETTO = ("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, "
           "DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI PER L'ANNO 2027 "
           "ALLA DITTA VERDE PIAVE SOC. COOP. – CIG B6F2A91C3E – IMPEGNO DI SPESA.")


def crest(p, x, y):
    k = MM
    p.raw("q 0.75 0.10 0.12 rg 1 w %.2f %.2f m %.2f %.2f l %.2f %.2f l "
          "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c h B Q" % (
              x, y + 22 * k, x + 16 * k, y + 22 * k, x + 16 * k, y + 9 * k,
              x + 16 * k, y + 3 * k, x + 10 * k, y + 1 * k, x + 8 * k, y,
              x + 6 * k, y + 1 * k, x, y + 3 * k, x, y + 9 * k))
    p.raw("q 1 1 1 rg %.2f %.2f %.2f %.2f re f Q" % (x + 5 * k, y + 6 * k, 6 * k, 10 * k))


def letterhead(p):
    H = p.h
    crest(p, L, H - 38 * MM)
    p.text(40 * MM, H - 25 * MM, "COMUNE DI SPRESIANO", "Helvetica-Bold", 17)
    p.text(40 * MM, H - 30.5 * MM, "Provincia di Treviso", "Helvetica", 10)
    p.text(40 * MM, H - 35 * MM, "Piazza Luciano Rigo, 10 – 31027 Spresiano (TV) – C.F. 80009670264",
           "Helvetica", 7.5)
    p.rect(R - 32 * MM, H - 30 * MM, 32 * MM, 9 * MM, 0.8)
    p.text_centre(R - 16 * MM, H - 27 * MM, "ORIGINALE", "Helvetica-Bold", 11)


def foot(p, n, tot):
    p.line(L, 16 * MM, R, 16 * MM, 0.4)
    p.text(L, 12 * MM, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate",
           "Helvetica", 8)
    p.text_right(R, 12 * MM, "Pag. %d di %d" % (n, tot), "Helvetica", 8)


def head(p):
    p.text(L, p.h - 14 * MM, "Comune di Spresiano – Determinazione Area Tecnica – Reg. Gen. n. 112 del 10/03/2027",
           "Helvetica", 8)
    p.line(L, p.h - 15.5 * MM, R, p.h - 15.5 * MM, 0.4)


def body_para(p, y, text, **k):
    return p.para(L, y, WIDTH, text, **k) - 3


def main():
    p1 = Page()
    letterhead(p1)
    y = p1.h - 50 * MM
    # the issuing Area and Servizio, letter-spaced as the package prints them
    p1.text_centre(p1.w / 2, y, "AREA TECNICA", "Helvetica-Bold", 12, tc=2.2)
    y -= 15
    p1.text_centre(p1.w / 2, y, "Servizio Lavori Pubblici e Manutenzioni", "Helvetica", 10)
    y -= 22
    p1.text_centre(p1.w / 2, y, "DETERMINAZIONE", "Times-Bold", 13, tc=4.0)
    y -= 14
    # grey strip with the two registers
    p1.rect(L, y - 16, WIDTH, 18, 0.8, fill=(0.93, 0.93, 0.93))
    p1.line(L + WIDTH / 2, y - 16, L + WIDTH / 2, y + 2, 0.4)
    p1.text(L + 4, y - 10, "Registro Generale n. 112 del 10/03/2027", "Helvetica-Bold", 9.5)
    p1.text(L + WIDTH / 2 + 4, y - 10, "Registro di Area n. 27 del 08/03/2027", "Helvetica", 9.5)
    y -= 34
    p1.text(L, y, "OGGETTO:", "Helvetica-Bold", 10)
    y = p1.para(L + 25 * MM, y, WIDTH - 25 * MM, OGGETTO, font="Times-Bold", size=11, leading=13.5)
    p1.line(L, y + 6, R, y + 6, 0.8)
    y -= 12
    p1.text_centre(p1.w / 2, y, "IL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 11)
    y -= 18
    prem = [
        "Premesso che con decreto del Sindaco n. 2 del 04/01/2027 il sottoscritto è stato nominato "
        "Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del "
        "D.Lgs. 18 agosto 2000, n. 267;",
        "Richiamate la deliberazione del Consiglio Comunale n. 62 del 19/12/2026, di approvazione del "
        "bilancio di previsione 2027-2029, e la deliberazione della Giunta Comunale n. 4 del 12/01/2027, "
        "di approvazione del Piano Esecutivo di Gestione 2027-2029;",
        "Considerato che occorre assicurare per la stagione vegetativa 2027 lo sfalcio dei cigli "
        "stradali, delle banchine e delle aree verdi comunali, per complessivi 148 chilometri di cigli "
        "e 96.000 metri quadrati di aree, secondo il calendario di cinque interventi predisposto "
        "dall'Ufficio Manutenzioni;",
        "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
        "diretto dei servizi di importo inferiore a € 140.000,00, anche senza consultazione di più "
        "operatori economici;",
        "Dato atto che è stata richiesta, tramite la piattaforma di approvvigionamento digitale, "
        "un'offerta alla ditta Verde Piave Soc. Coop., con sede in Ponte di Piave (TV), via Roma n. 44, "
        "P.IVA 03918460265, la quale ha offerto l'importo di € 38.400,00 oltre IVA 22%, ritenuto "
        "congruo rispetto ai prezzi praticati negli anni precedenti;",
        "Accertata la regolarità contributiva della ditta (DURC prot. INAIL_46218877, valido fino al "
        "17/06/2027) e verificato il possesso dei requisiti di ordine generale;",
    ]
    for t in prem:
        y = body_para(p1, y, t)
    y -= 4
    p1.text_centre(p1.w / 2, y, "DETERMINA", "Times-Bold", 12, tc=3.0)
    y -= 18
    pts = [
        "di affidare, per le motivazioni esposte in premessa, alla ditta Verde Piave Soc. Coop. il servizio "
        "di sfalcio dei cigli stradali e delle aree verdi comunali per l'anno 2027, per l'importo di "
        "€ 38.400,00 oltre IVA 22%, per complessivi € 46.848,00;",
        "di impegnare la spesa di € 46.848,00 al capitolo 10520 \"Manutenzione del verde pubblico - "
        "prestazioni di servizi\" della Missione 9, Programma 2, del bilancio 2027-2029, annualità 2027;",
        "di dare atto che il codice identificativo di gara è CIG B6F2A91C3E e che la ditta assume gli "
        "obblighi di tracciabilità dei flussi finanziari di cui alla legge 13 agosto 2010, n. 136;",
    ]
    pts2 = [
        "di stabilire che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, "
        "ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di dare atto che il Responsabile Unico del Progetto è il sottoscritto geom. Paolo Zanin e che "
        "non sussistono situazioni di conflitto di interessi;",
        "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line per quindici "
        "giorni consecutivi e nella sezione Amministrazione Trasparente.",
    ]
    n = 0
    for t in pts:
        n += 1
        p1.text(L + 2 * MM, y, "%d." % n, "Times-Roman", 10.5)
        y = p1.para(L + 8 * MM, y, WIDTH - 8 * MM, t) - 3
    p2 = Page()
    head(p2)
    y = p2.h - 26 * MM
    for t in pts2:
        n += 1
        p2.text(L + 2 * MM, y, "%d." % n, "Times-Roman", 10.5)
        y = p2.para(L + 8 * MM, y, WIDTH - 8 * MM, t) - 3
    y -= 10
    p2.text(L, y, "Spresiano, 08/03/2027", "Times-Roman", 10.5)
    p2.text_centre(R - 40 * MM, y, "IL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 10.5)
    y -= 14
    p2.text_centre(R - 40 * MM, y, "geom. Paolo Zanin", "Times-Roman", 10.5)
    y -= 12
    p2.text_centre(R - 40 * MM, y, "(firmato digitalmente)", "Times-Italic", 9)
    y -= 36
    p2.rect(L, y - 128, WIDTH, 140, 0.6)
    y -= 6
    p2.text_centre(p2.w / 2, y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
                   "Helvetica-Bold", 9.5)
    y -= 18
    y = p2.para(L + 6, y, WIDTH - 12,
                "Ai sensi dell'art. 183, comma 7, e dell'art. 147-bis del D.Lgs. 267/2000 si appone il "
                "visto di regolarità contabile attestante la copertura finanziaria della spesa, che "
                "diviene esecutiva in data odierna.", size=10, leading=12.5)
    y -= 6
    p2.text(L + 6, y, "Impegno n. 318/2027 – Capitolo 10520 – Importo € 46.848,00", "Times-Roman", 10)
    y -= 24
    p2.text(L + 6, y, "Spresiano, 10/03/2027", "Times-Roman", 10)
    p2.text_centre(R - 45 * MM, y, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "Times-Bold", 9.5)
    y -= 13
    p2.text_centre(R - 45 * MM, y, "dott. Marco Gobbo", "Times-Roman", 10)
    pages = [p1, p2]
    for i, p in enumerate(pages, 1):
        foot(p, i, len(pages))
    save(pages, OUT, {"Title": "Determinazione n. 112/2027", "Creator": "Kibernetes Atti - motore di stampa",
                      "Producer": "pikepdf 10.18.0 (hand-written content streams)"})


if __name__ == "__main__":
    main()
