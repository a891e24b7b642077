"""Comune di Santa Margherita Ligure - unnumbered AVVISO (APKappa-like), hand-written content streams:
paragraphs justified with Tw, letter-spaced headings with Tc, a rotated Albo Pretorio stamp along the
left margin drawn first, standard-14 Times/Helvetica, WinAnsi (minipdf)."""
import sys
from minipdf import PDF, enc, f, width
from awk import lines_of
pdf = PDF()
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "H": "Helvetica", "HB": "Helvetica-Bold"}
for k, v in FONTS.items(): pdf.font(k, v)
pdf.info = {"Title": "Avviso sospensione sosta", "Producer": "APKappa - Atti Web PDF Engine 4.2"}
ops = []
# rotated stamp first (reading order: it comes before the letterhead)
ops.append("q 0.5 g BT /H 7 Tf 0 1 -1 0 40 120 Tm %s Tj ET Q" % enc("ALBO PRETORIO ON LINE - Pubblicato dal 18/03/2026 al 02/04/2026 - Reg. n. 1144/2026 - Documento firmato digitalmente").decode("latin-1"))
XL, XR = 80.0, 530.0
y = [790.0]
def centred(s, font, size, tc=0.0, dy=18):
    y[0] -= dy
    w = width(s, FONTS[font], size, tc) - tc
    ops.append("BT /%s %s Tf %s Tc %s %s Td %s Tj ET" % (font, f(size), f(tc), f(XL + (XR - XL - w) / 2), f(y[0]), enc(s).decode("latin-1")))
def para(text, font="R", size=11, lead=14.5, after=6, justify=True):
    ls = lines_of(text, FONTS[font], size, XR - XL)
    y[0] -= lead
    o = ["BT /%s %s Tf 0 Tc %s TL %s %s Td" % (font, f(size), f(lead), f(XL), f(y[0]))]
    for i, words in enumerate(ls):
        s = " ".join(words)
        tw = 0.0
        if justify and i < len(ls) - 1 and len(words) > 1:
            tw = (XR - XL - width(s, FONTS[font], size)) / (len(words) - 1)
        if i: o.append("T*")
        o.append("%s Tw %s Tj" % (f(tw), enc(s).decode("latin-1")))
    o.append("0 Tw ET"); ops.append("\n".join(o))
    y[0] -= lead * (len(ls) - 1) + after
centred("COMUNE DI SANTA MARGHERITA LIGURE", "B", 15, 1.2, 0)
centred("Città Metropolitana di Genova", "R", 10, 0, 14)
centred("Polizia Locale – Ufficio Viabilità e Traffico", "R", 10, 0, 13)
ops.append("0.6 w %s %s m %s %s l S" % (f(XL), f(y[0] - 7), f(XR), f(y[0] - 7)))
y[0] -= 20
ops.append("BT /R 10 Tf %s %s Td %s Tj ET" % (f(XL), f(y[0] - 10), enc("Prot. n. 9071").decode("latin-1")))
ops.append("BT /R 10 Tf %s %s Td %s Tj ET" % (f(400), f(y[0] - 10), enc("lì, 17/03/2026").decode("latin-1")))
y[0] -= 20
centred("A V V I S O", "B", 16, 0, 34)
centred("SOSPENSIONE DELLA SOSTA IN PIAZZA MAZZINI E VIA GRAMSCI", "HB", 11, 0.9, 26)
centred("PER LA MANIFESTAZIONE \u201cPRIMAVERA IN RIVIERA\u201d", "HB", 11, 0.9, 15)
y[0] -= 12
para("Si informa la cittadinanza che, per consentire lo svolgimento della manifestazione \u201cPrimavera in Riviera\u201d, organizzata con il patrocinio del Comune, nei giorni di sabato 28 e domenica 29 marzo 2026, dalle ore 7:00 alle ore 21:00, è istituito il divieto di sosta con rimozione forzata in Piazza Mazzini, su entrambi i lati, e in Via Gramsci, nel tratto compreso tra Piazza Mazzini e Via Pescino.")
para("I veicoli in sosta nelle aree interessate dovranno essere rimossi entro le ore 24:00 di venerdì 27 marzo 2026. Per tutta la durata della manifestazione i residenti titolari di contrassegno potranno sostare gratuitamente nel parcheggio di Via Bottaro, livello -1.")
para("La segnaletica temporanea sarà collocata a cura dell'Ufficio Tecnico almeno 48 ore prima dell'entrata in vigore dei divieti. Il dettaglio dei provvedimenti è contenuto nell'ordinanza dirigenziale n. 58 del 16/03/2026, consultabile all'Albo Pretorio on line.")
para("Per informazioni: Comando di Polizia Locale, Piazza Mazzini, tel. 0185 2051, dal lunedì al sabato dalle ore 8:00 alle ore 13:00.")
y[0] -= 30
ops.append("BT /B 11 Tf 330 %s Td (IL COMANDANTE) Tj ET" % f(y[0]))
ops.append("BT /R 11 Tf 318 %s Td %s Tj ET" % (f(y[0] - 15), enc("Comm. Daniela Oneto").decode("latin-1")))
ops.append("BT /R 8 Tf 290 %s Td %s Tj ET" % (f(y[0] - 28), enc("(documento firmato digitalmente)").decode("latin-1")))
pdf.page("\n".join(ops))
pdf.write(sys.argv[1])
