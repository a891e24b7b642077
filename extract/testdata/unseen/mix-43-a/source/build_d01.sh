python3 d01_campotures.py
