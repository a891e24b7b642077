#!/usr/bin/env python3
"""San Giorgio Ionico, Consiglio Comunale n. 53 of 30/11/2028 (second
convocation): the J-Serfin 80-column report, the roll one member a line
with dotted leaders, role after the name, PRESENTE/ASSENTE; printed by a2ps
(Courier) and ps2pdf.  Usage: c53_sangiorgio_text.py OUT.txt"""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jserfin import wrap, centre, spaced, paginate, WIDTH

OUT = sys.argv[1]
L = []
L += ["", centre(spaced("COMUNE DI SAN GIORGIO IONICO")), centre("PROVINCIA DI TARANTO"), "",
      centre("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), "",
      "      NUMERO  53" + " " * 35 + "DATA  30/11/2028",
      "      SESSIONE ORDINARIA - SEDUTA PUBBLICA DI SECONDA CONVOCAZIONE", ""]
L += wrap("RICONOSCIMENTO DELLA LEGITTIMITA' DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA "
          "DEL GIUDICE DI PACE DI TARANTO N. 1432/2028 AI SENSI DELL'ART. 194, COMMA 1, LETT. A), "
          "DEL D.LGS. N. 267/2000.", indent=10, first=" OGGETTO:")
L += ["", " PROPOSTA N. 121 DEL 20/11/2028", " SETTORE PROPONENTE: AFFARI LEGALI E CONTENZIOSO",
      "=" * WIDTH, ""]
L += wrap("L'ANNO DUEMILAVENTOTTO, IL GIORNO TRENTA DEL MESE DI NOVEMBRE ALLE ORE 9:30, NELLA SALA "
          "CONSILIARE DEL PALAZZO MUNICIPALE, ANDATA DESERTA LA SEDUTA DI PRIMA CONVOCAZIONE DEL "
          "29/11/2028, SI E' RIUNITO IL CONSIGLIO COMUNALE IN SEDUTA PUBBLICA DI SECONDA "
          "CONVOCAZIONE. FATTO L'APPELLO NOMINALE RISULTANO:", indent=1)
L += [""]
roll = [("QUARANTA VITO NICOLA", "SINDACO", "PRESENTE"), ("ANCORA COSIMO", "CONSIGLIERE", "PRESENTE"),
        ("FORNARO TERESA", "CONSIGLIERE", "ASSENTE"), ("CAFORIO ANGELO", "CONSIGLIERE", "ASSENTE"),
        ("RUGGIERI PASQUALE", "CONSIGLIERE", "PRESENTE"), ("LACAITA VINCENZA", "CONSIGLIERE", "PRESENTE"),
        ("SCIALPI DOMENICO", "CONSIGLIERE", "PRESENTE"), ("STASI ROSANNA", "CONSIGLIERE", "ASSENTE"),
        ("LOMARTIRE GIANLUCA", "CONSIGLIERE", "PRESENTE"), ("CAZZATO ANTONELLA", "CONSIGLIERE", "PRESENTE"),
        ("MARINO' CIRO", "CONSIGLIERE", "ASSENTE"), ("FISCHETTI PAOLA", "CONSIGLIERE", "PRESENTE"),
        ("NIGRO FRANCESCO", "CONSIGLIERE", "ASSENTE"), ("CIRACI' ELEONORA", "CONSIGLIERE", "ASSENTE"),
        ("SPAGNULO WALTER", "CONSIGLIERE", "PRESENTE"), ("D'AMICO LOREDANA", "CONSIGLIERE", "PRESENTE"),
        ("ZACCARIA GIOVANNI", "CONSIGLIERE", "ASSENTE")]
for i, (n, r, p) in enumerate(roll, 1):
    left = f" {i:>3}  {n} "
    mid = f" {r} "
    line = left + "." * (40 - len(left)) + mid + "." * (66 - 40 - len(mid)) + " " + p
    L.append(line)
L += ["", " PRESENTI N. 10" + " " * 27 + "ASSENTI N.  7", ""]
L += wrap("ASSUME LA PRESIDENZA IL PRESIDENTE DEL CONSIGLIO COMUNALE SIG. COSIMO ANCORA, IL QUALE, "
          "RICONOSCIUTO IL NUMERO LEGALE PER LA SEDUTA DI SECONDA CONVOCAZIONE, DICHIARA APERTA LA "
          "SEDUTA. PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA LUCIA TAGLIENTE.", indent=1)
L += ["", centre("IL CONSIGLIO COMUNALE"), ""]
for t in [
    "Premesso che con sentenza n. 1432/2028, pubblicata il 12/09/2028, il Giudice di Pace di Taranto "
    "ha condannato il Comune al pagamento in favore del sig. R.M. della somma di euro 2.870,00 a titolo "
    "di risarcimento dei danni subiti dal proprio veicolo a causa di una buca sulla via Circonvallazione, "
    "oltre interessi legali e spese di giudizio liquidate in euro 1.150,00, per complessivi euro 4.236,18;",
    "Visto l'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, che prevede il riconoscimento della "
    "legittimita' dei debiti fuori bilancio derivanti da sentenze esecutive;",
    "Dato atto che la spesa trova copertura nel fondo rischi contenzioso accantonato nel risultato di "
    "amministrazione, come attestato dal Responsabile del Settore Economico Finanziario e Tributi;",
    "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 34 del 24/11/2028;",
    "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 "
    "del D.Lgs. n. 267/2000;",
]:
    L += wrap(t, indent=1) + [""]
L += wrap("CON VOTI ESPRESSI PER ALZATA DI MANO: PRESENTI N. 10, ASTENUTI N. 1 (D'AMICO), VOTANTI "
          "N. 9, FAVOREVOLI N. 8, CONTRARI N. 1 (SPAGNULO)", indent=1)
L += ["", centre("D E L I B E R A"), ""]
for i, t in enumerate([
    "di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la "
    "legittimita' del debito fuori bilancio di euro 4.236,18 derivante dalla sentenza del Giudice di "
    "Pace di Taranto n. 1432/2028;",
    "di finanziare la spesa mediante utilizzo della quota accantonata al fondo rischi contenzioso;",
    "di demandare al Responsabile del Settore Affari Legali e Contenzioso l'adozione degli atti di "
    "impegno e liquidazione;",
    "di trasmettere il presente atto alla competente Procura regionale della Corte dei conti ai "
    "sensi dell'art. 23, comma 5, della legge n. 289/2002.",
], 1):
    L += wrap(t, indent=5, first=f" {i})") + [""]
L += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE DALL'IDENTICO ESITO, IL CONSIGLIO COMUNALE "
          "DICHIARA LA PRESENTE DELIBERAZIONE IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, "
          "COMMA 4, DEL D.LGS. N. 267/2000.", indent=1)
L += ["", " LETTO, APPROVATO E SOTTOSCRITTO", "",
      "     IL PRESIDENTE DEL CONSIGLIO                  IL SEGRETARIO COMUNALE",
      "       F.TO SIG. COSIMO ANCORA                 F.TO DOTT.SSA LUCIA TAGLIENTE", "",
      "=" * WIDTH, centre("CERTIFICATO DI PUBBLICAZIONE"), ""]
L += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO "
          "ON LINE PER 15 GIORNI CONSECUTIVI DAL 04/12/2028 (N. 2471 DEL REGISTRO PUBBLICAZIONI).",
          indent=1)
L += ["", " SAN GIORGIO IONICO, 04/12/2028" + " " * 13 + "IL SEGRETARIO COMUNALE",
      " " * 44 + "F.TO DOTT.SSA LUCIA TAGLIENTE"]

head = lambda i, n: f"COMUNE DI SAN GIORGIO IONICO (TA)  DELIB. C.C. N. 53 DEL 30/11/2028  PAG. {i}/{n}"
pages = paginate(L, head, per_page=66, foot="J-SERFIN ATTI - STAMPA DEL 04/12/2028 ORE 10.05 - UTENTE SEGR01")
for p in pages:
    for l in p:
        assert len(l) <= WIDTH, (len(l), l)
with open(OUT, "w", encoding="latin-1") as f:
    f.write("\f".join("\n".join(p) + "\n" for p in pages))
