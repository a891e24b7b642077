python3 d06_pietralunga.py
