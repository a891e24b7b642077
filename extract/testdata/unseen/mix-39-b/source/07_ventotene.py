# Comune di Ventotene – ordinanza sindacale 5/2026: RTF produced by a mail-merge template
# (the way many atti packages fill an .rtf model), converted to PDF by LibreOffice
import os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}': out.append('\\' + ch)
        elif o < 128: out.append(ch)
        else: out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)
P = lambda t, fmt='\\qj\\sa100\\fs22': '{\\pard%s %s\\par}\n' % (fmt, esc(t))
rtf = [r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Liberation Serif;}{\f1\fswiss Liberation Sans;}}',
       r'\paperw11906\paperh16838\margl1418\margr1247\margt1134\margb1134',
       r'{\footer\pard\qc\f1\fs14 ' + esc('Comune di Ventotene \u2013 Piazza Castello, 1 \u2013 04031 Ventotene (LT) \u2013 tel. 0771 85014 \u2013 protocollo@pec.comune.ventotene.lt.it') +
       r'\par\pard\qc\f1\fs14 ' + esc('Documento firmato digitalmente ai sensi dell\u2019art. 21 del D.Lgs. 82/2005 \u2013 pag. ') + r'{\field{\*\fldinst PAGE}{\fldrslt 1}}\par}']
rtf.append(P('[ stemma ]', '\\qc\\f1\\fs14\\sa40'))
rtf.append(P('COMUNE DI VENTOTENE', '\\qc\\b\\fs36\\sa0'))
rtf.append(P('Provincia di Latina', '\\qc\\i\\fs22\\sa60'))
rtf.append(P('Isola di Ventotene \u2013 Riserva Naturale Statale e Area Marina Protetta \u201cIsole di Ventotene e Santo Stefano\u201d', '\\qc\\f1\\fs16\\sa240'))
rtf.append(r'{\pard\qr\f1\fs18\sa200\box\brdrs\brdrw10\brsp60 ' + esc('Prot. n. 1187 del 09/03/2026') + r'\par}' + '\n')
rtf.append(P('ORDINANZA SINDACALE N. 5 DEL 09/03/2026', '\\qc\\b\\fs28\\sa200'))
rtf.append(r'{\pard\qj\fs22\sa240\li1701\fi-1701\b ' + esc('OGGETTO:\tDivieto di balneazione, di approdo e di accesso all\u2019area demaniale marittima di Cala Rossano \u2013 tratto sottostante il costone roccioso di Punta Eolo \u2013 per pericolo di caduta massi.') + r'\par}' + '\n')
rtf.append(P('IL SINDACO', '\\qc\\b\\fs24\\sa200'))
for t in [
 'PREMESSO che in data 06/03/2026, a seguito delle intense precipitazioni dei giorni precedenti, si è verificato il distacco di materiale lapideo dal costone tufaceo sovrastante l\u2019arenile di Cala Rossano, nel tratto compreso tra il molo di sottoflutto del porto nuovo e Punta Eolo;',
 'VISTA la relazione del Responsabile dell\u2019Ufficio Tecnico comunale, acquisita al prot. n. 1162 del 07/03/2026, nella quale si evidenzia il persistere di condizioni di instabilità del versante e la necessità di interdire la fruizione dell\u2019area sottostante fino all\u2019esecuzione di verifiche geologiche e dei necessari interventi di messa in sicurezza;',
 'SENTITI l\u2019Ufficio Locale Marittimo di Ventotene e l\u2019Ente gestore dell\u2019Area Marina Protetta;',
 'RITENUTO necessario ed urgente adottare provvedimenti a tutela della pubblica incolumità;',
 'VISTI l\u2019art. 50, comma 5, e l\u2019art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, nonché il Codice della Navigazione e l\u2019Ordinanza di sicurezza balneare vigente;']:
    rtf.append(P(t))
rtf.append(P('ORDINA', '\\qc\\b\\fs24\\sa160\\sb120'))
for i, t in enumerate([
 'con decorrenza immediata e fino a revoca, il divieto di balneazione, di sosta e di transito pedonale sull\u2019arenile e sulla scogliera di Cala Rossano, nel tratto sottostante il costone roccioso di Punta Eolo, come individuato nella planimetria allegata;',
 'il divieto di approdo e di ancoraggio di unità da diporto nello specchio acqueo antistante il medesimo tratto, per una fascia di 50 metri dalla linea di costa;',
 'all\u2019Ufficio Tecnico comunale di provvedere all\u2019immediata apposizione di idonea segnaletica e di transenne di delimitazione dell\u2019area interdetta.'], 1):
    rtf.append(r'{\pard\qj\fs22\sa100\li567\fi-567 ' + esc('%d.\t%s' % (i, t)) + r'\par}' + '\n')
rtf.append(P('AVVERTE', '\\qc\\b\\fs24\\sa160\\sb120'))
rtf.append(P('che, salvo che il fatto costituisca reato, le violazioni alla presente ordinanza sono punite con la sanzione amministrativa pecuniaria da \u20ac 25,00 a \u20ac 500,00 ai sensi dell\u2019art. 7-bis del D.Lgs. 267/2000, e che avverso il presente provvedimento è ammesso ricorso al T.A.R. del Lazio \u2013 Sezione di Latina entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.'))
rtf.append(P('DISPONE', '\\qc\\b\\fs24\\sa160\\sb120'))
rtf.append(P('che la presente ordinanza sia pubblicata all\u2019Albo Pretorio on line e resa nota mediante affissione nei luoghi interessati, e che sia trasmessa all\u2019Ufficio Locale Marittimo di Ventotene, alla Stazione Carabinieri di Ventotene, al Comando di Polizia Locale e alla Prefettura di Latina.'))
rtf.append(P('Ventotene, 09/03/2026', '\\ql\\fs22\\sa120\\sb240'))
rtf.append(P('IL SINDACO', '\\qr\\b\\fs22\\sa0\\ri567'))
rtf.append(P('Dott. Carlo Aniello Verde', '\\qr\\fs22\\sa0\\ri283'))
rtf.append(P('(firmato digitalmente)', '\\qr\\i\\fs18\\sa0\\ri510'))
rtf.append('}')
src = os.path.join(HERE, 'build', 'ordinanza-ventotene-rtfmerge.rtf')
os.makedirs(os.path.dirname(src), exist_ok=True)
open(src, 'w', encoding='ascii').write(''.join(rtf))
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', os.path.join(HERE, '..'), src], check=True, capture_output=True)
