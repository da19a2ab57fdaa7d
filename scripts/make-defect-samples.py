#!/usr/bin/env python3
"""Writes Samples/defects/: one small CSV per defect that real exports carry.

Each file's exact expected reading is asserted in Tests/PIImportTests/Read/CSV/CSVDefectSampleTests.swift.
Run from the package root: python3 scripts/make-defect-samples.py
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Samples", "defects")

SAMPLES = {
    "bom-utf8.csv": b"\xef\xbb\xbfClient Name,Email\r\nJos\xc3\xa9 Garc\xc3\xada,jose@garcia.example\r\n",
    "utf16le-bom.txt": "\ufeffClient Name\tEmail\r\nZo\u00eb Ng\u0101ta\tzoe@ngata.example\r\n".encode("utf-16-le"),
    "utf16be-bom.csv": "\ufeffClient Name,Email\r\n\u00c5berg \U0001F600 Ltd,info@aberg.example\r\n".encode("utf-16-be"),
    "utf16le-no-bom.csv": "Client Name,Email\r\nMarlow Pty Ltd,gavin@marlow.example\r\n".encode("utf-16-le"),
    "windows-1252.csv": "Client Name,Notes\r\nCaf\u00e9 M\u00fcller,\u201cVIP\u201d \u2013 pays in \u20ac\r\n".encode("cp1252"),
    "mixed-encoding.csv": b"Client Name,Notes\nJos\xc3\xa9 Garc\xc3\xada,utf-8\nCaf\xe9 M\xfcller,cp1252\n",
    "cr-only.csv": b"Client Name,Email\rMarlow Pty Ltd,gavin@marlow.example\rElena Reyes,elena@reyes.example\r",
    "mixed-eol.csv": b"Client Name,Email\r\nA One,a@one.example\nB Two,b@two.example\rC Three,c@three.example\r\n",
    "quoted-newlines.csv": b'Client Name,Address\r\n"Marlow Pty Ltd","12 Builder St\r\nParramatta NSW 2150"\r\n'
    b'"Reyes, Elena","9 Sole Trader Rd\nNewtown"\r\nLast Co,x\r\n',
    "unterminated-quote.csv": b'Client Name,Notes\r\nA One,fine\r\nB Two,"starts here\r\nand never\r\nends\r\n',
    "nul-byte.csv": b"Client Name,Email\r\nA One,a@one.example\r\nB Two,b\x00@two.example\r\n",
    "ragged.csv": b"Client Name,Email,Phone\nA One,a@one.example,02 9000 1111\nB Two,b@two.example\n"
    b"C Three,c@three.example,02 9000 3333,extra\n",
    "semicolon.csv": b"Client Name;Balance;Notes\r\nM\xc3\xbcller GmbH;1.234,56;\"Zahlung; bald\"\r\nDupont SARL;99,5;\r\n",
    "tab-delimited.tsv": b"Client Name\tEmail\tNotes\nA One\ta@one.example\tsays \"hi\", often\nB Two\tb@two.example\t\n",
    "pipe-delimited.csv": b"Client Name|Email\nA One|a@one.example\nB, Two|b@two.example\n",
    "no-final-newline.csv": b"Client Name,Email\r\nA One,a@one.example",
    "blank-lines.csv": b"\r\nClient Name,Email\r\n\r\nA One,a@one.example\r\n\r\n\r\nB Two,b@two.example\r\n\r\n",
    "duplicate-headers.csv": b"Client Name,Email,email,,Phone\nA One,a@one.example,a2@one.example,,02 9000 1111\n",
    "quotes-in-unquoted.csv": b'Client Name,Notes\nO"Brien Ltd,"say ""hi"""\n"Quoted"Tail,plain "inner" quotes\n',
    "spaces-kept.csv": b'Client Name,Email\n  A One  , a@one.example \n "B Two",b@two.example\n',
    "long-field.csv": b"Client Name,Notes\nA One," + b"x" * 300 + b"\n",
    "empty.csv": b"",
}

os.makedirs(OUT, exist_ok=True)
for name, data in sorted(SAMPLES.items()):
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)
print(f"wrote {len(SAMPLES)} files to Samples/defects/")
