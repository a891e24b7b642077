"""Comune di Margherita di Savoia, ordinanza of the Settore IV - Polizia
Locale (traffic for water-main works), "Tecsis" house style, written the way
a report engine writes it: every glyph placed alone, no space characters,
justification only in the distances between words."""
import sys
from reportlab.pdfgen import canvas
from rlflow import Flow
from tecsis_rl import (W, H, L, R, HB, HR, HI, letterhead, band, title, foot, text)

OUT = sys.argv[1]
NUM = "Ordinanza n. 31 del 15/03/2028"
PAGES = 2
c = canvas.Canvas(OUT, pagesize=(W, H), pageCompression=1)
c.setTitle("ORD_031_2028")
c.setCreator("Tecsis Atti Web - Stampa ordinanze (report engine)")


def page_start(f):
    if f.page == 1:
        letterhead(c, glyph=True)
        y = band(c, H - 106, "SETTORE IV – POLIZIA LOCALE E PROTEZIONE CIVILE", glyph=True)
        y = title(c, y - 4, "ORDINANZA N. 31 DEL 15/03/2028", "Reg. Gen. N. 121", glyph=True)
        return y
    text(c, R, H - 40, NUM, HI, 7.5, "R", glyph=True)
    return H - 52


def page_end(f):
    foot(c, f.page, PAGES, NUM, glyph=True)


f = Flow(c, L, R, H - 60, 64, mode="glyph", size=10.2, leading=13.8,
         page_start=page_start, page_end=page_end)
f.para([("Disciplina temporanea della circolazione e della sosta in Via Duca degli Abruzzi e in Via Pavia "
         "per i lavori di sostituzione della condotta idrica eseguiti per conto di Acquedotto Pugliese "
         "S.p.A.", HB)], align="C", size=10.6, after=10)
f.center("IL COMANDANTE DELLA POLIZIA LOCALE", HB, 10.5, after=6)

P = [
    ("VISTA", "la richiesta prot. n. 4127 del 9 marzo 2028, con la quale l'impresa Idrocostruzioni Ofanto "
     "S.r.l., esecutrice dei lavori per conto di Acquedotto Pugliese S.p.A., chiede l'emissione di un "
     "provvedimento di disciplina del traffico per l'esecuzione dei lavori di sostituzione della condotta "
     "idrica in Via Duca degli Abruzzi e in Via Pavia;"),
    ("VISTO", "il cronoprogramma allegato alla richiesta, dal quale risulta che i lavori si svolgeranno dal "
     "20 marzo al 14 aprile 2028 per tratti successivi, con occupazione dell'intera carreggiata;"),
    ("VISTA", "l'autorizzazione alla manomissione del suolo pubblico n. 12/2028 rilasciata dal Settore III – "
     "Lavori Pubblici e Patrimonio;"),
    ("CONSIDERATO", "che la larghezza delle strade interessate non consente il transito dei veicoli in "
     "presenza del cantiere e che occorre pertanto interdire la circolazione e la sosta nei tratti di volta "
     "in volta interessati, individuando un percorso alternativo;"),
    ("VISTI", "gli articoli 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 e gli articoli 30 e seguenti del "
     "D.P.R. 16 dicembre 1992, n. 495;"),
    ("VISTO", "il Decreto del Ministro delle Infrastrutture e dei Trasporti 10 luglio 2002, recante il "
     "disciplinare tecnico relativo agli schemi segnaletici per i cantieri stradali;"),
    ("VISTO", "l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
]
for k, v in P:
    f.para([(k, HB), (v, HR)], after=3)

f.space(3)
f.center("ORDINA", HB, 11, after=3)
f.para([("dal 20 marzo 2028 al 14 aprile 2028, dalle ore 7:00 alle ore 18:00 dei giorni feriali e per "
         "tratti successivi in corrispondenza del cantiere:", HR)], after=4)
pts = [
    "l'istituzione del divieto di transito veicolare in Via Duca degli Abruzzi, nel tratto compreso tra "
    "Corso Garibaldi e Via Pavia, e in Via Pavia, nel tratto compreso tra Via Duca degli Abruzzi e Via "
    "Trento;",
    "l'istituzione del divieto di sosta con rimozione forzata su ambo i lati delle strade di cui al punto "
    "1, nei tratti interessati dal cantiere;",
    "l'istituzione del doppio senso di circolazione in Via Trento, nel tratto compreso tra Via Pavia e Via "
    "Zara, per consentire l'uscita dei residenti;",
    "che l'impresa esecutrice provveda all'installazione e al mantenimento della segnaletica di cantiere "
    "conforme al D.M. 10 luglio 2002, garantendo in ogni caso l'accesso pedonale alle abitazioni e agli "
    "esercizi commerciali e il transito dei mezzi di soccorso;",
    "che al termine di ogni giornata lavorativa la carreggiata sia resa transitabile in condizioni di "
    "sicurezza e sia ripristinata la normale circolazione.",
]
for i, p in enumerate(pts, 1):
    f.para([(p, HR)], indent=20, label="%d." % i, label_gap=16, after=3)

f.space(3)
f.center("DISPONE", HB, 11, after=3)
f.para([("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante "
         "l'apposizione della prescritta segnaletica almeno 48 ore prima dell'inizio dei lavori, e che "
         "copia della stessa sia trasmessa all'impresa esecutrice, ad Acquedotto Pugliese S.p.A., al "
         "Settore III – Lavori Pubblici e Patrimonio e alla Stazione dei Carabinieri.", HR)])
f.center("AVVERTE", HB, 11, after=3)
f.para([("che i trasgressori saranno puniti ai sensi del D.Lgs. 285/1992 e che contro il presente "
         "provvedimento è ammesso ricorso al T.A.R. Puglia – Bari entro 60 giorni dalla pubblicazione o, in "
         "alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso "
         "al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. "
         "285/1992.", HR)])
f.space(6)
f.para([("Margherita di Savoia, 15 marzo 2028", HR)], align="L", after=12)
f.need(50)
for s, font in [("IL COMANDANTE DELLA POLIZIA LOCALE", HB), ("Magg. Antonio Lamonaca", HR),
                ("(firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005)", HI)]:
    f.y -= 13
    text(c, R - 120, f.y, s, font, 10 if font != HI else 8.5, "C", glyph=True)
f.finish()
c.save()
