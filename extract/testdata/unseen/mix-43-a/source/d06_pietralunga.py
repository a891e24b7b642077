# Determinazione imitating a J-Iride print whose text layer is awkward:
# letterhead in a reused Form XObject, letter-spaced headings (Tc),
# Tw-justified lines, a rotated Albo stamp along the left margin, and the
# register box and signature drawn at the end of the content stream.
from rawpdf import Page, write, sw, justified, wrap
L, R = 72, 535; W = R - L
hdr = Page()
hdr.rect(L, 770, W, 0.8, fill=0.2)
hdr.text(L + 52, 805, "COMUNE DI PIETRALUNGA", "F2", 15, tc=1.6)
hdr.text(L + 52, 790, "Provincia di Perugia", "F1", 9.5)
hdr.text(L + 52, 778, "Piazza VII Maggio, 1 - 06026 Pietralunga (PG) - Tel. 075 9460123 - comune.pietralunga@postacert.umbria.it", "F1", 7)
hdr.raw("0.8 w %.1f 818 m %.1f 818 l %.1f 792 l %.1f 776 %.1f 776 %.1f 776 c %.1f 776 %.1f 776 %.1f 792 c h S\n" % (L+4, L+40, L+40, L+40, L+22, L+22, L+4, L+4, L+4))
hdr.raw("0.5 w %.1f 806 m %.1f 806 l S %.1f 818 m %.1f 778 l S\n" % (L+4, L+40, L+22, L+22))
forms = {"Hdr": (hdr, (0, 0, 595.28, 841.89))}
pages = []
def stamp(pg):
    pg.text_rot(34, 140, "Pubblicata all'Albo Pretorio on line dal 14/04/2026 al 29/04/2026 - Reg. Pubbl. n. 256 - Documento firmato digitalmente", "F1", 7.5, gray=0.35)
def foot(pg, n):
    pg.line(L, 52, R, 52, 0.4)
    pg.text(L, 41, "Determinazione Reg. Gen. n. 112 del 10/04/2026", "F1", 7.5)
    pg.text(R - 52, 41, "Pagina %d di 2" % n, "F1", 7.5)
# ---------- page 1
p = Page(); p.do("Hdr"); stamp(p)
late = []   # drawn last, displayed first
y = 745
p.text(L, y, "AREA AMMINISTRATIVA", "F2", 11, tc=0.8); y -= 14
p.text(L, y, "Servizio Servizi Sociali e Scolastici", "F1", 10); y -= 30
t = "DETERMINAZIONE"
late.append(("text", ((595.28 - sw(t, "F2", 14, 4.2)) / 2, 690, t, "F2", 14, 4.2)))
late.append(("rect", (L, 618, W, 56)))
late.append(("text", (L + 8, 658, "Registro Generale", "F1", 9, 0)))
late.append(("text", (L + 120, 658, "n. 112  del  10/04/2026", "F2", 10, 0)))
late.append(("text", (L + 8, 642, "Registro di Area", "F1", 9, 0)))
late.append(("text", (L + 120, 642, "n. 34  del  10/04/2026", "F2", 10, 0)))
late.append(("text", (L + 8, 626, "Proposta", "F1", 9, 0)))
late.append(("text", (L + 120, 626, "n. 41  del  07/04/2026", "F1", 10, 0)))
y = 598
p.text(L, y, "OGGETTO:", "F2", 10)
subj = ("Servizio di trasporto scolastico a.s. 2025/2026 \u2013 Liquidazione fatture dei mesi di febbraio e marzo 2026 "
        "alla ditta Autolinee Alto Tevere S.r.l. \u2013 CIG B4E2F71A9C")
for ln in wrap(subj, "F2", 10, W - 62):
    p.text(L + 62, y, ln, "F2", 10); y -= 13
y -= 4; p.line(L, y, R, y, 0.5); y -= 22
t = "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"
p.text((595.28 - sw(t, "F2", 10.5, 1.2)) / 2, y, t, "F2", 10.5, tc=1.2); y -= 22
for s in ["Visto il decreto sindacale n. 2 del 07/01/2026 di nomina del Responsabile dell'Area Amministrativa con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
          "Richiamata la propria determinazione n. 268 del 28/08/2025 con la quale \u00e8 stato affidato alla ditta Autolinee Alto Tevere S.r.l., con sede in Citt\u00e0 di Castello, il servizio di trasporto scolastico per l'anno scolastico 2025/2026, per l'importo annuo di \u20ac 61.450,00 oltre IVA al 10%;",
          "Viste le fatture elettroniche n. 14/PA del 28/02/2026 di \u20ac 7.012,80 e n. 22/PA del 31/03/2026 di \u20ac 7.236,00, IVA compresa, relative al servizio reso nei mesi di febbraio e marzo 2026;",
          "Accertata la regolarit\u00e0 del servizio e verificata la regolarit\u00e0 contributiva della ditta (DURC prot. INPS_49822117, scadenza 19/07/2026);",
          "Dato atto dell'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della L. 241/1990;"]:
    y = justified(p, L, y, s, "F4", 11, W, 14.2) - 6
y -= 4
t = "D E T E R M I N A"
p.text((595.28 - sw(t, "F5", 11.5, 0.6)) / 2, y, t, "F5", 11.5, tc=0.6); y -= 22
pts = ["di liquidare alla ditta Autolinee Alto Tevere S.r.l. la somma complessiva di \u20ac 14.248,80, IVA compresa, a saldo delle fatture n. 14/PA e n. 22/PA sopra indicate;",
       "di imputare la spesa al capitolo 1920/1 \u00abTrasporto scolastico \u2013 prestazioni di servizi\u00bb del bilancio 2026/2028, esercizio 2026, impegno n. 88/2026;",
       "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento, con applicazione dello split payment ai sensi dell'art. 17-ter del D.P.R. 633/1972."]
for i, s in enumerate(pts, 1):
    p.text(L, y, "%d." % i, "F4", 11)
    y = justified(p, L + 18, y, s, "F4", 11, W - 18, 14.2) - 5
foot(p, 1)
for kind, a in late:
    if kind == "text": p.text(a[0], a[1], a[2], a[3], a[4], tc=a[5])
    else: p.rect(*a)
pages.append(p)
# ---------- page 2
p = Page(); p.do("Hdr"); stamp(p)
y = 740
y = justified(p, L, y, "Di dare atto che il presente provvedimento \u00e8 soggetto agli obblighi di pubblicazione di cui al D.Lgs. 33/2013 e che il responsabile del procedimento \u00e8 la sig.ra Paola Nardelli, istruttore amministrativo.", "F4", 11, W, 14.2) - 30
sig = [(330, y, "Il Responsabile dell'Area Amministrativa", "F1", 10), (358, y - 14, "Dott.ssa Elisa Boncompagni", "F2", 10),
       (352, y - 27, "(firmato digitalmente)", "F3", 8.5)]
y -= 70
p.rect(L, y - 78, W, 84)
t = "VISTO DI REGOLARIT\u00c0 CONTABILE"
p.text((595.28 - sw(t, "F2", 9.5, 1.0)) / 2, y - 8, t, "F2", 9.5, tc=1.0)
y2 = justified(p, L + 8, y - 24, "Si attesta la regolarit\u00e0 contabile e la copertura finanziaria della spesa ai sensi dell'art. 184 del D.Lgs. 267/2000. Liquidazione n. 301/2026.", "F1", 9, W - 16, 12)
p.text(L + 8, y2 - 6, "Pietralunga, 10/04/2026", "F1", 9)
p.text(300, y2 - 6, "Il Responsabile dell'Area Finanziaria - Rag. Mauro Ceccarelli", "F1", 9)
y = y - 110
p.rect(L, y - 52, W, 58)
t = "ATTESTAZIONE DI PUBBLICAZIONE"
p.text((595.28 - sw(t, "F2", 9.5, 1.0)) / 2, y - 8, t, "F2", 9.5, tc=1.0)
justified(p, L + 8, y - 24, "La presente determinazione \u00e8 pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi dal 14/04/2026 al 29/04/2026 (Reg. Pubbl. n. 256).", "F1", 9, W - 16, 12)
foot(p, 2)
for a in sig: p.text(*a)
pages.append(p)
write("../determinazione-pietralunga-jiride.pdf", pages, forms, info={"Producer": "J-Iride Report Engine 4.2", "Title": "DT-2026-112"})
