python3 d02_cavallermaggiore.py
enscript -q -B -f Courier6.9 -s 1.6 --margins=18:12:28:28 -M A4 -o d02.ps d02.txt
ps2pdf -sPAPERSIZE=a4 d02.ps ../deliberazione-cavallermaggiore-siscom.pdf
rm -f d02.ps
