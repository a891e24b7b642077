# San Chirico Nuovo: hand-written PostScript (Latin-1 re-encoded Times), blocks emitted out of reading
# order (signature, then dispositive part, then letterhead, then premises); distilled by Ghostscript ps2pdf
import sys, textwrap
out=[]
def S(s): return "("+s.replace("\\","\\\\").replace("(","\\(").replace(")","\\)")+")"
def txt(x,y,s,f="TR",sz=11): out.append("/%s %g selectfont %g %g moveto %s show"%(f,sz,x,y,S(s)))
def ctr(y,s,f="TR",sz=11): out.append("/%s %g selectfont %s dup stringwidth pop 595 exch sub 2 div %g moveto show"%(f,sz,S(s),y))
def block(x,y,s,w=88,f="TR",sz=10.5,lead=14):
    for l in textwrap.wrap(s,w): txt(x,y,l,f,sz); y-=lead
    return y
# 1) signature and date (bottom of page) first
txt(60,150,"San Chirico Nuovo, 25.3.2026")
ctr(128,"IL RESPONSABILE DELL'AREA AMMINISTRATIVA","TR",10.5)
out.append("/TR 10.5 selectfont 245 112 moveto (Dott. Michele Lauria) show")
# 2) dispositive part
y=330; ctr(y+18,"A U T O R I Z Z A","TB",11.5)
for i,p in enumerate(["la dipendente sig.ra Angela Summa, Istruttore amministrativo a tempo pieno e indeterminato, a svolgere l'incarico di componente esterno della commissione giudicatrice del concorso indetto dal Comune di Tolve, nei giorni 9, 10 e 16 aprile 2026;",
"a condizione che l'incarico sia svolto al di fuori dell'orario di servizio e senza pregiudizio per l'attività dell'Ufficio;",
"l'Ufficio Personale a comunicare l'incarico al Dipartimento della Funzione Pubblica tramite PerlaPA entro quindici giorni."],1):
    txt(60,y,"%d)"%i,"TR",10.5); y=block(78,y,p,84)-4
# 3) letterhead and heading
ctr(790,"COMUNE DI SAN CHIRICO NUOVO","TB",16); ctr(773,"Provincia di Potenza","TR",10.5)
ctr(758,"AREA AMMINISTRATIVA - Ufficio Personale","TR",10)
out.append("0.6 setlinewidth 60 748 moveto 535 748 lineto stroke")
ctr(722,"DECRETO DIRIGENZIALE N. 2/2026","TB",13)
out.append("0.8 setlinewidth 56 640 483 58 rectstroke")
txt(62,684,"OGGETTO:","TB",10.5)
block(62,670,"Autorizzazione a dipendente comunale allo svolgimento di incarico extra-istituzionale ai sensi dell'art. 53 del D.Lgs. 30 marzo 2001, n. 165.",86,"TB",10.5,13)
# 4) premises last
y=620; ctr(y,"IL RESPONSABILE DELL'AREA AMMINISTRATIVA","TB",10.5); y-=20
for p in ["VISTA la richiesta del Comune di Tolve, acquisita al protocollo n. 904 del 18.3.2026, di autorizzazione della dipendente sig.ra Angela Summa a far parte, quale componente esperto, della commissione giudicatrice di un concorso pubblico;",
"VISTA la domanda della dipendente, presentata il 19.3.2026, e accertata l'assenza di situazioni di conflitto di interessi, anche potenziale;",
"VISTI l'art. 53 del D.Lgs. 165/2001 e il Regolamento comunale sugli incarichi extra-istituzionali;"]:
    y=block(60,y,p,90)-6
ps="%!PS-Adobe-3.0\n%%Creator: Lucania Atti PS\n%%Pages: 1\n%%EndComments\n"
ps+="""/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def
/TR /Times-Roman reenc /TB /Times-Bold reenc
%%Page: 1 1
"""
ps+="\n".join(out)+"\nshowpage\n%%EOF\n"
open(sys.argv[1],"wb").write(ps.encode("latin-1"))
