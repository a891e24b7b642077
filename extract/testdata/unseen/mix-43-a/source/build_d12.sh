python3 d12_header.py
mkdir -p /tmp/r19a_tex && cp d12_paulilatino.tex d12_intestazione.png /tmp/r19a_tex/
(cd /tmp/r19a_tex && pdflatex -interaction=nonstopmode d12_paulilatino.tex >/dev/null && pdflatex -interaction=nonstopmode d12_paulilatino.tex >/dev/null)
cp /tmp/r19a_tex/d12_paulilatino.pdf ../avviso-paulilatino-latex.pdf
