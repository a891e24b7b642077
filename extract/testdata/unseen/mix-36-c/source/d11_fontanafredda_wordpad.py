# Convocation of the Consiglio comunale, Comune di Fontanafredda (PN), typed in
# WordPad: plain RTF (Calibri/Cambria, \sa200\sl276 paragraphs as WordPad writes
# them). This script writes the .rtf; LibreOffice prints it to PDF (build.sh).
import sys
out = sys.argv[1]

def esc(t):
    r = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}": r.append("\\" + ch)
        elif o < 128: r.append(ch)
        else:
            try: r.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError: r.append("\\u%d?" % o)
    return "".join(r)

P = []
def para(text, fmt="", align="", after=200):
    P.append("\\pard%s\\sa%d\\sl276\\slmult1 %s%s\\par\n" % (align, after, fmt, esc(text)))

hdr = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1040{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Cambria;}}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\paperw11906\\paperh16838\\margl1417\\margr1134\\margt850\\margb850\n"
P.append("\\pard\\qc\\sa0\\sl240\\slmult1\\f1\\fs32\\b %s\\b0\\par\n" % esc("COMUNE DI FONTANAFREDDA"))
P.append("\\pard\\qc\\sa0\\sl240\\slmult1\\f0\\fs20 %s\\par\n" % esc("Regione Autonoma Friuli Venezia Giulia"))
P.append("\\pard\\qc\\sa0\\sl240\\slmult1\\fs18 %s\\par\n" % esc("Via Giacomo Puccini, 8 – 33074 Fontanafredda (PN) – tel. 0434 567611 – PEC: comune.fontanafredda@certgov.fvg.it"))
P.append("\\pard\\qc\\sa200\\sl240\\slmult1\\fs18 %s\\par\n" % esc("_____________________________________________________________________________"))
P.append("\\pard\\sa0\\sl276\\slmult1\\fs22 %s\\par\n" % esc("Prot. n. 9087"))
P.append("\\pard\\sa200\\sl276\\slmult1\\fs22 %s\\par\n" % esc("Fontanafredda, 17 aprile 2026"))
for l in ["Ai Signori Consiglieri comunali", "LORO SEDI", "", "e p.c.   Al Revisore dei conti", "             Al Segretario comunale", "             Alla Prefettura – U.T.G. di Pordenone"]:
    P.append("\\pard\\li4800\\sa0\\sl276\\slmult1 %s\\par\n" % esc(l))
P.append("\\pard\\sa0\\par\n")
P.append("\\pard\\qc\\sa200\\sl276\\slmult1\\fs26\\b %s\\b0\\fs22\\par\n" % esc("AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"))
para("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 9 del vigente Regolamento per il funzionamento del Consiglio comunale, le SS.LL. sono invitate a partecipare alla seduta del Consiglio comunale, in sessione ordinaria, seduta pubblica di prima convocazione, che si terrà presso la Sala consiliare del Municipio il giorno", align="\\qj")
P.append("\\pard\\qc\\sa200\\sl276\\slmult1\\b %s\\b0\\par\n" % esc("MARTEDÌ 28 APRILE 2026 ALLE ORE 20:00"))
para("per la trattazione del seguente", align="\\qj", after=100)
P.append("\\pard\\qc\\sa200\\sl276\\slmult1\\b %s\\b0\\par\n" % esc("ORDINE DEL GIORNO"))
odg = [
 "Comunicazioni del Sindaco.",
 "Approvazione dei verbali della seduta consiliare del 24 marzo 2026.",
 "Rendiconto della gestione per l'esercizio finanziario 2025. Approvazione.",
 "Variazione n. 2 al bilancio di previsione 2026/2028 e applicazione della quota libera dell'avanzo di amministrazione.",
 "Regolamento comunale per la concessione di contributi ad enti e associazioni. Modifica degli articoli 6 e 11.",
 "Convenzione con il Comune di Porcia per la gestione associata del servizio di biblioteca. Approvazione dello schema.",
 "Mozione presentata dal gruppo consiliare “Fontanafredda Bene Comune” in materia di sicurezza stradale in località Nave.",
]
for i, t in enumerate(odg, 1):
    P.append("\\pard\\fi-360\\li720\\sa80\\sl276\\slmult1\\qj %d.\\tab %s\\par\n" % (i, esc(t)))
P.append("\\pard\\sa120\\par\n")
para("Qualora non si raggiunga il numero legale, la seduta di seconda convocazione avrà luogo mercoledì 29 aprile 2026 alle ore 20:00, nello stesso luogo e con il medesimo ordine del giorno.", align="\\qj")
para("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria ed è consultabile dai Consiglieri nell'orario di apertura degli uffici, a decorrere dal 22 aprile 2026. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", align="\\qj")
P.append("\\pard\\sa0\\par\n")
P.append("\\pard\\li5200\\qc\\sa0\\sl276\\slmult1 %s\\par\n" % esc("IL SINDACO"))
P.append("\\pard\\li5200\\qc\\sa0\\sl276\\slmult1 %s\\par\n" % esc("Michele Pegolo"))
P.append("\\pard\\li5200\\qc\\sa200\\sl276\\slmult1\\i\\fs16 %s\\i0\\fs22\\par\n" % esc("(firmato digitalmente ai sensi del D.Lgs. 82/2005)"))
open(out, "w", encoding="ascii").write(hdr + "".join(P) + "}\n")
