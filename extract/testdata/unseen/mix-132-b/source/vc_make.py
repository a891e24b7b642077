# -*- coding: utf-8 -*-
"""Print the Villa Carcina minutes: usage  vc_make.py ID PRODUCER OUT.pdf TMPDIR
PRODUCER: groff (plain troff), latex (pdfLaTeX), rawpdf (Tw/Tc content
streams), ps (PostScript written by hand, distilled by ps2pdf)."""
import os, subprocess, sys
from acts import BY_ID, it_date
from vc_text import blocks, head_text, foot_text, LETTERHEAD, SW
import vc_layout, pdfback, psback
from rawpdf import PDF

def run(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)

def via_rawpdf(a, out, tmp):
    L = vc_layout.layout(a)
    p = PDF()
    fonts = pdfback.fonts(p)
    res = p.add('<< /Font << %s >> /ProcSet [/PDF /Text] >>' % ' '.join('/%s %d 0 R' % kv for kv in fonts.items()))
    pages_id = p.reserve()
    kids = []
    for pg in range(L.npages):
        items = [it for it in L.items if it[1] == pg]
        c = p.add(p.stream(pdfback.page_ops(items)))
        kids.append(p.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources %d 0 R >>'
                          % (pages_id, c, res)))
    p.set(pages_id, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    root = p.add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    info = p.add('<< /Title (%s) /Author (Segreteria) /Creator (Dedalo Atti 7.2) /Producer (Dedalo PDF Writer 2.1) '
                 '/CreationDate (D:20280830091204+02\'00\') >>' % foot_text(a))
    p.write(out, root, info)

def via_ps(a, out, tmp):
    L = vc_layout.layout(a)
    ps = os.path.join(tmp, 'delibera.ps')
    open(ps, 'w', encoding='latin-1').write(psback.render(L, foot_text(a), 'Dedalo Atti 7.2 - modulo stampa PostScript'))
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

# ------------------------------------------------------------------ groff
def tesc(s):
    s = s.replace('\\', '\\e').replace('’', "\\(cq").replace('–', '\\(en').replace('«', '\\(Fo').replace('»', '\\(Fc')
    s = s.replace('à', "\\(`a").replace('è', "\\(`e").replace('é', "\\('e").replace('ì', "\\(`i").replace('ò', "\\(`o").replace('ù', "\\(`u")
    return s

def tline(s):
    s = tesc(s)
    if s.startswith('.') or s.startswith("'"):
        s = '\\&' + s
    return s

def via_groff(a, out, tmp):
    T = []
    T += ['.\\" Comune di Villa Carcina - Dedalo Atti 7: verbale in troff semplice (nessun pacchetto di macro)',
          '.pl 11.69i', '.po 1i', '.ll 6.27i', '.lt 6.27i', '.nh', '.ps 10.5', '.vs 13p', '.ft R',
          '.ds FT %s' % tesc(foot_text(a)), '.ds HT %s' % tesc(head_text(a)),
          '.de HD', "'sp 0.45i", '.if \\\\n%>1 \\{\\', '.ps 8.5', '.ft I', ".tl '\\\\*(HT''\\\\*(FT'", '.ft R', '.ps 10.5',
          "'sp 0.1i", '\\}', "'sp |0.95i", '..',
          '.de FO', "'sp 0.25i", '.ps 8.5', ".tl '%s'\\\\*(FT'Pagina %%'" % SW, '.ps 10.5', "'bp", '..',
          '.wh 0 HD', '.wh -0.9i FO', '.sp |0.5i']
    T += ['.ce 3', '.ps 16', '.ft B', tline(LETTERHEAD[0]), '.ps 11', '.ft I', tline(LETTERHEAD[1]),
          '.ps 7.5', '.ft R', tline(LETTERHEAD[2]), '.ps 10.5', '.sp 0.3', "\\l'6.27i'", '.sp 0.5']
    for b in blocks(a):
        k = b[0]
        if k == 'title':
            T += ['.ce', '.ft B', '.ps 12', '\\ \\ '.join('\\|'.join(w) for w in b[1].split()), '.ps 10.5', '.ft R', '.sp 0.5']
        elif k == 'meta':
            T += ['.ft B', '.ps 11', '.ta 6.27iR', tline(b[1]) + '\t' + tline(b[2]), '.ps 10.5', '.ft R']
        elif k == 'small':
            T += ['.ps 8.5', '.vs 10.5p', '.ad l', tline(b[1]), '.br', '.ad b', '.ps 10.5', '.vs 13p']
        elif k == 'subject':
            T += ['.sp 0.5', '.ft B', '.ps 11', '.in 0.85i', ".ti -0.85i", '.ad l',
                  tline(b[1]) + '\\h\'|0.85i\'' + tline(b[2]), '.br', '.ad b', '.in 0', '.ps 10.5', '.ft R',
                  "\\l'6.27i'", '.sp 0.5']
        elif k == 'para':
            T += ['.sp 0.25', '.ad b', '.ti 0.25i', tline(b[1]), '.br']
        elif k == 'roll':
            roll, giunta = b[1], b[2]
            T += ['.sp 0.5', '.ne %dv' % (len(roll) + 3), '.nf', '.ft B', '.ta 0.15i 4.55iC 5.5iC',
                  '\tComponenti\tPresente\tAssente', '.ft R', ".sp -0.6", "\\l'6.27i'"]
            for n, r, p in roll:
                T.append(tline('\t%s \\(en %s\t%s\t%s' % (n, r, 'X' if p else '', '' if p else 'X')).replace('\\e(en', '\\(en'))
            T += [".sp -0.6", "\\l'6.27i'", '.fi']
        elif k == 'totals':
            T += ['.ft B', '.ta 6.27iR', '\tPresenti n. %d \\(en Assenti n. %d' % (b[1], b[2]), '.ft R']
        elif k == 'heading':
            txt = 'D E L I B E R A' if b[1] == 'DELIBERA' else b[1]
            T += ['.sp 0.6', '.ce', '.ft B', tline(txt), '.ft R', '.sp 0.3']
        elif k == 'heading2':
            T += ['.sp 1', '.ne 6v', "\\l'6.27i'", '.ce', '.ft B', tline(b[1]), '.ft R']
        elif k == 'points':
            for i, pt in enumerate(b[1]):
                T += ['.sp 0.25', '.in 0.3i', '.ti -0.3i', '%d.\\h\'|0.3i\'%s' % (i + 1, tesc(pt)), '.br', '.in 0']
        elif k == 'sign':
            T += ['.sp 1', '.ne 4v', '.nf', '.ft B', '.ta 1.45iC 4.7iC', '\t%s\t%s' % tuple(tesc(x[0]) for x in b[1]),
                  '.ft R', '\t%s\t%s' % tuple(tesc(x[1]) for x in b[1]), '.fi']
        elif k == 'note':
            T += ['.sp 0.5', '.ce', '.ps 8', '.ft I', tline(b[1]), '.ft R', '.ps 10.5']
    T += ['.\\" fine']
    tr = os.path.join(tmp, 'delibera.tr'); ps = os.path.join(tmp, 'delibera.ps')
    open(tr, 'w', encoding='utf-8').write('\n'.join(T) + '\n')
    with open(ps, 'wb') as f:
        run('groff', '-Tps', '-P-pa4', '-k', '-Kutf8', tr, stdout=f)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

# ------------------------------------------------------------------ pdfLaTeX
def lesc(s):
    for x, y in [('\\', '\\textbackslash{}'), ('&', '\\&'), ('%', '\\%'), ('$', '\\$'), ('#', '\\#'),
                 ('_', '\\_'), ('{', '\\{'), ('}', '\\}'), ('’', "'"), ('«', '\\guillemotleft{}'), ('»', '\\guillemotright{}')]:
        s = s.replace(x, y)
    s = s.replace('–', '--').replace('D.Lgs.', 'D.Lgs.\\@')
    return s

def via_latex(a, out, tmp):
    T = [r'\documentclass[10.5pt,a4paper]{article}' if False else r'\documentclass[11pt,a4paper]{article}',
         r'\usepackage[T1]{fontenc}', r'\usepackage[utf8]{inputenc}', r'\usepackage[italian]{babel}',
         r'\usepackage{mathptmx}', r'\usepackage[a4paper,left=25mm,right=25mm,top=28mm,bottom=30mm]{geometry}',
         r'\usepackage{fancyhdr}', r'\usepackage{lastpage}', r'\usepackage{array}',
         r'\usepackage[letterspace=180]{microtype}',
         r'\pdfinfo{/Title (%s) /Creator (Dedalo Atti 7.2 - modello LaTeX)}' % foot_text(a),
         r'\setlength{\parindent}{1.5em}\setlength{\parskip}{2pt}\hyphenpenalty=10000\exhyphenpenalty=10000',
         r'\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}',
         r'\fancyhead[L]{\footnotesize\itshape %s}\fancyhead[R]{\footnotesize\itshape %s}' % (lesc(head_text(a)), lesc(foot_text(a))),
         r'\fancyfoot[L]{\scriptsize\itshape %s}\fancyfoot[C]{\footnotesize %s}\fancyfoot[R]{\footnotesize Pagina \thepage\ di \pageref{LastPage}}' % (SW, lesc(foot_text(a))),
         r'\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[L]{\scriptsize\itshape %s}\fancyfoot[C]{\footnotesize %s}\fancyfoot[R]{\footnotesize Pagina \thepage\ di \pageref{LastPage}}}' % (SW, lesc(foot_text(a))),
         r'\begin{document}\thispagestyle{first}',
         r'\begin{center}{\LARGE\bfseries %s}\\[2pt]{\itshape %s}\\[1pt]{\scriptsize %s}\end{center}\vspace{-6pt}\hrule\vspace{8pt}' %
         tuple(lesc(x) for x in LETTERHEAD)]
    for b in blocks(a):
        k = b[0]
        if k == 'title':
            T.append(r'\begin{center}\large\bfseries\textls{%s}\end{center}' % lesc(b[1]))
        elif k == 'meta':
            T.append(r'\noindent{\bfseries %s\hfill %s}\par' % (lesc(b[1]), lesc(b[2])))
        elif k == 'small':
            T.append(r'{\footnotesize\noindent\raggedright %s\par}' % lesc(b[1]))
        elif k == 'subject':
            T.append(r'\vspace{6pt}\noindent\begin{tabular}{@{}p{22mm}@{}p{\dimexpr\textwidth-22mm}@{}}\textbf{%s} & \raggedright\arraybackslash\bfseries %s\end{tabular}\par\vspace{3pt}\hrule\vspace{6pt}' % (lesc(b[1]), lesc(b[2])))
        elif k == 'para':
            T.append(lesc(b[1]) + '\n')
        elif k == 'roll':
            rows = ['%s -- %s & %s & %s \\\\' % (lesc(n), lesc(r), 'X' if p else '', '' if p else 'X') for n, r, p in b[1]]
            T.append(r'\begin{center}\begin{tabular}{|p{95mm}|>{\centering\arraybackslash}p{18mm}|>{\centering\arraybackslash}p{18mm}|}\hline' +
                     r'\textbf{Componenti} & \textbf{Presente} & \textbf{Assente}\\\hline' + '\n' + '\n'.join(rows) + r'\hline\end{tabular}\end{center}')
        elif k == 'totals':
            T.append(r'\vspace{-8pt}\begin{flushright}\bfseries Presenti n. %d -- Assenti n. %d\end{flushright}' % (b[1], b[2]))
        elif k == 'heading':
            t = r'\textls[400]{DELIBERA}' if b[1] == 'DELIBERA' else lesc(b[1])
            T.append(r'\begin{center}\bfseries %s\end{center}' % t)
        elif k == 'heading2':
            T.append(r'\vspace{10pt}\hrule\begin{center}\bfseries\textls{%s}\end{center}' % lesc(b[1]))
        elif k == 'points':
            T.append(r'\begin{enumerate}\setlength{\itemsep}{1pt}' + '\n'.join(r'\item %s' % lesc(p) for p in b[1]) + r'\end{enumerate}')
        elif k == 'sign':
            (r1, n1), (r2, n2) = b[1]
            T.append(r'\vspace{8pt}\noindent\begin{tabular}{@{}p{0.5\textwidth}@{}p{0.5\textwidth}@{}}\centering\bfseries %s & \centering\bfseries %s\tabularnewline \centering %s & \centering %s\tabularnewline\end{tabular}\par' % (lesc(r1), lesc(r2), lesc(n1), lesc(n2)))
        elif k == 'note':
            T.append(r'\begin{center}\scriptsize\itshape %s\end{center}' % lesc(b[1]))
    T.append(r'\end{document}')
    tex = os.path.join(tmp, 'delibera.tex')
    open(tex, 'w', encoding='utf-8').write('\n'.join(T) + '\n')
    for _ in range(2):
        run('pdflatex', '-interaction=batchmode', '-halt-on-error', 'delibera.tex', cwd=tmp, stdout=subprocess.DEVNULL)
    os.replace(os.path.join(tmp, 'delibera.pdf'), out)

if __name__ == '__main__':
    aid, prod, out, tmp = sys.argv[1:5]
    {'groff': via_groff, 'latex': via_latex, 'rawpdf': via_rawpdf, 'ps': via_ps}[prod](BY_ID[aid], os.path.abspath(out), tmp)
