# Comune di Guardiaregia – certificate of publication printed by an old Informix-4GL albo module:
# a 132-column-style text report written to PostScript (Courier) and distilled by Ghostscript ps2pdf
import os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
L = []
W = 92
def line(s=''): L.append(s)
def center(s): L.append(s.center(W).rstrip())
sep = '-' * W
line('COMUNE DI GUARDIAREGIA' + ' ' * 40 + 'DATA STAMPA: 23/03/2026')
line('PROVINCIA DI CAMPOBASSO' + ' ' * 39 + 'ORA: 09:14   PAG.   1')
line('ALBO PRETORIO INFORMATICO' + ' ' * 37 + 'PROG. ALB0420R  UT. ALBO01')
line(sep)
line()
center('CERTIFICATO DI AVVENUTA PUBBLICAZIONE')
center('(ART. 124 D.LGS. 18/08/2000 N. 267 - ART. 32 L. 18/06/2009 N. 69)')
line()
line(sep)
line('REG. PUBBL. N. : 112/2026          TIPO ATTO : DELIBERA GIUNTA COMUNALE')
line('ATTO N.        : 19                DEL       : 04/03/2026')
line('PUBBLICATO DAL : 06/03/2026        AL        : 21/03/2026      GG. 15')
line('RICHIEDENTE    : UFFICIO SEGRETERIA')
line(sep)
line('OGGETTO        : APPROVAZIONE SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE DI VOLONTARIATO')
line('                 "MATESE SOCCORSO ODV" PER IL SERVIZIO DI TRASPORTO SOCIALE DI ANZIANI')
line('                 E DISABILI - ANNO 2026. PROVVEDIMENTI')
line(sep)
line()
body = ("IL SOTTOSCRITTO RESPONSABILE DELLA PUBBLICAZIONE, VISTI GLI ATTI D'UFFICIO, "
        "CERTIFICA CHE COPIA DELLA DELIBERAZIONE SOPRA INDICATA E' STATA PUBBLICATA "
        "ALL'ALBO PRETORIO INFORMATICO DI QUESTO COMUNE, ACCESSIBILE DAL SITO ISTITUZIONALE, "
        "PER QUINDICI GIORNI CONSECUTIVI DAL 06/03/2026 AL 21/03/2026, AI SENSI DELL'ART. 124, "
        "COMMA 1, DEL D.LGS. 267/2000, E CHE CONTRO DI ESSA NON SONO PERVENUTI RECLAMI O OPPOSIZIONI.")
import textwrap
for l in textwrap.wrap(body, W - 4): line('  ' + l)
line()
for l in textwrap.wrap("SI ATTESTA ALTRESI' CHE LA DELIBERAZIONE E' STATA DICHIARATA IMMEDIATAMENTE ESEGUIBILE "
                       "AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000 ED E' STATA COMUNICATA AI "
                       "CAPIGRUPPO CONSILIARI CON NOTA PROT. N. 871 DEL 06/03/2026.", W - 4): line('  ' + l)
line()
line('  GUARDIAREGIA, LI 23/03/2026')
line()
line(' ' * 50 + 'IL RESPONSABILE DELLA PUBBLICAZIONE')
line(' ' * 56 + '(IL MESSO COMUNALE)')
line(' ' * 55 + 'F.TO SIG. NICOLA DI IORIO')
line()
line(' ' * 50 + 'IL SEGRETARIO COMUNALE')
line(' ' * 50 + 'F.TO DOTT. ALFONSO PAOLUCCI')
line()
line(sep)
line('  DOCUMENTO FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005 E NORME COLLEGATE.')
line('  COPIA CONFORME ALL\'ORIGINALE INFORMATICO CONSERVATO PRESSO L\'ENTE.')
line(sep)
line('*** FINE STAMPA ***' + ' ' * 53 + 'ALB0420R V.3.12')

def ps_esc(s): return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
ps = ['%!PS-Adobe-3.0', '%%Creator: ALB0420R (4GL report) via lp -d pdfspool', '%%Title: CERT_PUBBL_112_2026',
      '%%Pages: 1', '%%DocumentMedia: A4 595 842 0 () ()', '%%EndComments', '%%Page: 1 1',
      '/Courier findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding StandardEncoding 256 array copy dup 39 /quotesingle put dup 96 /grave put def currentdict end /Courier-L1 exch definefont pop', '/Courier-L1 findfont 9.6 scalefont setfont']
y = 790
# faint green-bar like band behind the header lines
ps.append('0.92 setgray 34 %d 530 40 rectfill 0 setgray' % (y - 30))
for l in L:
    ps.append('38 %d moveto (%s) show' % (y, ps_esc(l)))
    y -= 13.2
ps += ['showpage', '%%EOF']
src = os.path.join(HERE, 'build', 'attestazione-guardiaregia-informix4gl.ps')
os.makedirs(os.path.dirname(src), exist_ok=True)
open(src, 'w', encoding='ascii').write('\n'.join(ps) + '\n')
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', '-dEmbedAllFonts=true', src,
                os.path.join(HERE, '..', 'attestazione-guardiaregia-informix4gl.pdf')], check=True)
