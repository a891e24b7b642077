"""Unnumbered avviso of the Comune di Cori, typed like a typewriter page in a Word
document: Courier New 12 pt, alignment by spaces, accents as apostrophes, underlined
title, no table. python-docx, exported by LibreOffice Writer."""
import sys
from docxutil import *

out = sys.argv[1] if len(sys.argv) > 1 else "08_cori.docx"
d = new_doc(font="Courier New", size=12, margins=(1.6, 2.0, 1.5, 2.5))
F = "Courier New"

def ln(text="", bold=False, underline=False, align=L, after=0):
    return para(d, text, align=align, bold=bold, underline=underline, after=after, font=F)

ln("COMUNE DI CORI", bold=True)
ln("Provincia di Latina")
ln("Via della Libertà, 36 - 04010 Cori (LT)")
ln("--------------------------------------------------------------")
ln("SETTORE I - AFFARI GENERALI")
ln("Ufficio Servizi Demografici")
ln()
ln("Prot. n. 4412                              Cori, 18/03/2026")
ln()
ln("A V V I S O", bold=True, align=C)
ln()
p = para(d, "", align=C, font=F)
run(p, "APERTURA STRAORDINARIA DELL'UFFICIO ANAGRAFE", bold=True, underline=True, font=F)
p = para(d, "", align=C, font=F)
run(p, "PER IL RILASCIO DELLA CARTA D'IDENTITA' ELETTRONICA", bold=True, underline=True, font=F)
ln()
body = [
 "     Si  informa  la  cittadinanza  che,  ai  sensi  del Regolamento (UE) 2019/1157, dal 3 agosto 2026 le carte d'identita' in formato cartaceo cessano di essere valide, indipendentemente dalla data di scadenza in esse riportata.",
 "     Al fine di consentire a tutti i cittadini residenti di ottenere per tempo la Carta d'Identita' Elettronica (C.I.E.), l'Ufficio Anagrafe osservera' le seguenti aperture straordinarie, oltre al normale orario di servizio:",
]
for b in body:
    ln(b, align=L, after=8)
ln("     - sabato 28 marzo 2026      dalle ore  9.00 alle ore 12.30")
ln("     - sabato 11 aprile 2026     dalle ore  9.00 alle ore 12.30")
ln("     - martedi' 21 aprile 2026   dalle ore 15.30 alle ore 18.00")
ln("     - sabato 9 maggio 2026      dalle ore  9.00 alle ore 12.30", after=8)
more = [
 "     Le richieste si effettuano esclusivamente su appuntamento, da prenotare sul portale \"Agenda CIE\" del Ministero dell'Interno oppure telefonando all'Ufficio Anagrafe al numero 06 96617211, dal lunedi' al venerdi', dalle ore 9.00 alle ore 12.00.",
 "     Il cittadino dovra' presentarsi munito della vecchia carta d'identita' (o di denuncia di smarrimento o furto), di una fototessera recente su sfondo bianco, della tessera sanitaria e della ricevuta del versamento di Euro 22,21 tramite PagoPA. Per i minori e' necessaria la presenza di entrambi i genitori.",
 "     Per la frazione di Giulianello le richieste potranno essere presentate anche presso la Delegazione comunale di Piazza Dante, il giovedi' dalle ore 9.00 alle ore 12.00.",
]
for b in more:
    ln(b, align=L, after=8)
ln()
ln("Cori, 18/03/2026")
ln("                           IL RESPONSABILE DEL SETTORE I")
ln("                              (Dott. Fabrizio Pistilli)")
ln()
ln("Firma autografa sostituita a mezzo stampa ai sensi")
ln("dell'art. 3, comma 2, del D.Lgs. 12 febbraio 1993, n. 39")
d.save(out)
