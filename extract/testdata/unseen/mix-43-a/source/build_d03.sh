python3 d03_vallodellalucania.py
python3 spool2pdf.py d03.txt ../determinazione-vallodellalucania-datagraph.pdf 9.4 58 48 "DT000287"
