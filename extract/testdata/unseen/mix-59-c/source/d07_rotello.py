# Comune di Rotello - ordinanza sindacale, RTF as written by Ted (plain RTF editor), converted by LibreOffice
import sys
out=sys.argv[1]
def esc(s):
    r=''
    for ch in s:
        o=ord(ch)
        if ch in '\\{}': r+='\\'+ch
        elif o>127: r+='\\u%d?'%(o if o<32768 else o-65536)
        else: r+=ch
    return r
P=[]
def par(text,fmt='\\qj',size=24,sb=0,sa=120):
    P.append('{\\pard\\plain %s\\sb%d\\sa%d\\f0\\fs%d %s\\par}'%(fmt,sb,sa,size,text))
def t(s): return esc(s)
par('\\b '+t('COMUNE DI ROTELLO')+'\\b0','\\qc',34,0,0)
par(t('Provincia di Campobasso'),'\\qc',20,0,0)
par(t('Piazza Municipio, 1 – 86040 Rotello (CB) – tel. 0874 838120 – PEC: comune.rotello@pec.it'),'\\qc',16,0,240)
par('\\b '+t('ORDINANZA SINDACALE N. 5 DEL 19/03/2026')+'\\b0','\\qc\\brdrb\\brdrs\\brdrw10\\brdrt\\brdrs\\brdrw10',28,120,240)
par('\\b '+t('OGGETTO:')+'\\b0\\tab '+t('Divieto temporaneo di circolazione e sosta in Via Garibaldi e in Piazza Vittorio Emanuele per lavori urgenti di ripristino della condotta fognaria.'),'\\qj\\li1400\\fi-1400',24,0,240)
par('\\b '+t('IL SINDACO')+'\\b0','\\qc',26,120,120)
for s in ["PREMESSO che in data 18/03/2026 si è verificato il cedimento di un tratto della condotta fognaria comunale all'altezza del civico 42 di Via Garibaldi, con conseguente avvallamento del piano viabile, come da verbale di sopralluogo dell'Ufficio Tecnico comunale prot. n. 1406 del 18/03/2026;",
"CONSIDERATO che occorre eseguire con urgenza i lavori di ripristino e che, per consentire l'intervento in condizioni di sicurezza, è necessario interdire la circolazione e la sosta dei veicoli nel tratto interessato e nell'adiacente Piazza Vittorio Emanuele;",
"RITENUTO che sussistano i presupposti di contingibilità e urgenza a tutela della pubblica incolumità;",
"VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione;",
"VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    par(t(s))
par('\\b '+t('O R D I N A')+'\\b0','\\qc',26,120,120)
for i,s in enumerate(["dalle ore 7:00 del giorno 20/03/2026 e fino alle ore 19:00 del giorno 27/03/2026, e comunque fino al termine dei lavori, il divieto di transito e di sosta con rimozione forzata per tutti i veicoli in Via Garibaldi, nel tratto compreso tra l'intersezione con Via Roma e Piazza Vittorio Emanuele;",
"il divieto di sosta con rimozione forzata in Piazza Vittorio Emanuele, lato Chiesa Madre, per consentire lo stazionamento dei mezzi d'opera;",
"che la ditta esecutrice dei lavori provveda all'apposizione della prescritta segnaletica stradale almeno 48 ore prima dell'inizio dei lavori, nonché alla predisposizione di un percorso pedonale protetto;",
"che sia garantito in ogni caso il transito dei mezzi di soccorso e delle Forze dell'Ordine."],1):
    par('%d. '%i+t(s),'\\qj\\li400\\fi-400')
par('\\b '+t('DISPONE')+'\\b0','\\qc',26,120,120)
par(t("che la presente ordinanza sia pubblicata all'Albo Pretorio on line del Comune e resa nota mediante affissione nei luoghi pubblici, e che copia della stessa sia trasmessa alla Stazione Carabinieri di Rotello, al Servizio di Polizia Locale e all'Ufficio Tecnico comunale."))
par(t("Avverso il presente provvedimento è ammesso ricorso al T.A.R. Molise entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni. Ai sensi dell'art. 37, comma 3, del D.Lgs. 285/1992, è altresì ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni."))
par(t('Dalla Residenza Municipale, 19/03/2026'),'\\ql',24,240,240)
par('\\b '+t('IL SINDACO')+'\\b0','\\qr\\ri600',24,0,0)
par(t('Dott. Michele Palladino'),'\\qr\\ri300',24,0,0)
par('\\i '+t('Firmato digitalmente ai sensi del D.Lgs. 82/2005')+'\\i0','\\qr',16,0,0)
hdr='{\\footer\\pard\\plain\\qc\\f0\\fs14 '+t('Comune di Rotello – Ordinanza n. 5/2026 – pag. ')+'{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}'
doc='{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Liberation Serif;}}{\\info{\\title Ordinanza 5/2026}{\\author Polizia Locale Rotello}{\\*\\company Comune di Rotello}}\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1134\\margb1134\n'+hdr+'\n'+'\n'.join(P)+'}'
open(out,'w',encoding='ascii').write(doc)
