#!/usr/bin/env python3
"""Writes the XLSX samples under Samples/ (Python stdlib only, byte-for-byte deterministic).

    scripts/make-xlsx-samples.py            # writes Samples/clients.xlsx, xero-contacts.xlsx, dates-1904.xlsx

Each workbook is what Excel would save: shared strings for text, numbers and date serials with a
date format, empty cells left out. Tax numbers are the canaries of Samples/canaries.txt.
"""
import os
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Samples")

# Cell formats (the s attribute): 0 General, 1 d/mm/yyyy, 2 dd/mm/yyyy hh:mm, 3 h:mm, 4 [h]:mm.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="d/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""


class Date:
    """A date serial shown with cell format `style`."""

    def __init__(self, serial, style=1):
        self.serial = serial
        self.style = style


def column_letters(index):
    letters = ""
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def sheet_xml(rows, strings):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>']
    for number, row in enumerate(rows, start=1):
        cells = []
        for column, value in enumerate(row, start=1):
            ref = f"{column_letters(column)}{number}"
            if value is None or value == "":
                continue
            if isinstance(value, Date):
                cells.append(f'<c r="{ref}" s="{value.style}"><v>{value.serial}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in strings:
                    strings[value] = len(strings)
                cells.append(f'<c r="{ref}" t="s"><v>{strings[value]}</v></c>')
        if cells:
            out.append(f'<row r="{number}" spans="1:{len(row)}">' + "".join(cells) + "</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def shared_strings_xml(strings):
    items = []
    for text in strings:
        space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
        items.append(f"<si><t{space}>{escape(text)}</t></si>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">' + "".join(items) + "</sst>")


def write_workbook(name, sheets, date1904=False):
    """sheets: [(sheet name, state or None, rows)]."""
    strings = {}
    sheet_parts = [sheet_xml(rows, strings) for _, _, rows in sheets]
    workbook_sheets = "".join(
        f'<sheet name="{escape(title)}" sheetId="{i}"' + (f' state="{state}"' if state else "") + f' r:id="rId{i}"/>'
        for i, (title, state, _) in enumerate(sheets, start=1))
    properties = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  for i in range(1, len(sheets) + 1))
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"{properties}<sheets>{workbook_sheets}</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
        + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId{len(sheets) + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared_strings_xml(strings),
    }
    for i, part in enumerate(sheet_parts, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = part
    path = os.path.join(SAMPLES, name)
    with zipfile.ZipFile(path, "w") as archive:
        for part_name, text in parts.items():
            info = zipfile.ZipInfo(part_name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=6)
    print(f"wrote {os.path.relpath(path)}")


CLIENT_HEADER = ["Client Name", "Contact Name", "Email", "Phone", "Mobile", "Address", "Suburb", "State", "Postcode",
                 "Country", "Business Structure", "Tax Number", "Notes", "Client Since"]

CLIENTS = [
    CLIENT_HEADER,
    ["Marlow Constructions Pty Ltd", "Gavin Marlow", "gavin@marlowcon.example", "02 9000 1111", "0401 220 556",
     "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "Company", "865 414 088", "", Date(44197)],
    ["Ashfield Family Trust", "Margaret Ashfield", "margaret@ashfield.example", "", "0412 338 902", "4 Trust Ave",
     "Ashfield", "NSW", "2131", "Australia", "Trust", "876 543 210", "Trustee is Margaret; TFN 456 789 127 on file",
     Date(43831)],
    ["Top End Traders", "Kirra Walker", "kirra@topend.example", "08 8900 1234", "0438 100 200", "7 Mitchell St",
     "Darwin", "NT", 800, "Australia", "Partnership", "", "Postcode typed as a number", Date(45000.5, 2)],
    ["Aroha Ngata", "Aroha Ngata", "aroha.ngata@example.co.nz", "", "021 555 0199", "18 Ponsonby Rd", "Ponsonby", "",
     "1011", "New Zealand", "Individual", "49-091-850", "Prefers phone calls\nafter 3pm", Date(44927)],
    ["Kauri Café Limited", "Tāne Wiremu", "tane@kauricafe.example.nz", "09 300 4000", "", "1 Queen St", "Auckland",
     "", "1010", "New Zealand", "Company", "123-456-785", "", Date(44593)],
    ["Zoë & José Bakery", "José García", "hola@zjbakery.example", "03 9000 2222", "0400 000 111", "3/55 Smith St",
     "Fitzroy", "VIC", "3065", "Australia", "Sole Trader", "314 159 262", "", ""],
]

ARCHIVED = [
    CLIENT_HEADER,
    ["Bluewater Logistics Pty Ltd", "Sam Chen", "sam@bluewater.example", "07 3000 5000", "", "9 Wharf St",
     "Brisbane", "QLD", "4000", "Australia", "Company", "", "Closed 2023", Date(42005)],
]

LOOKUPS = [["State"], ["NSW"], ["VIC"], ["QLD"], ["NT"]]

XERO_HEADER = ("*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,POAddressLine1,POAddressLine2,"
               "POAddressLine3,POAddressLine4,POCity,PORegion,POPostalCode,POCountry,SAAttentionTo,SAAddressLine1,"
               "SAAddressLine2,SAAddressLine3,SAAddressLine4,SACity,SARegion,SAPostalCode,SACountry,PhoneNumber,"
               "FaxNumber,MobileNumber,DDINumber,SkypeName,BankAccountName,BankAccountNumber,BankAccountParticulars,"
               "TaxNumber,AccountsReceivableTaxCodeName,AccountsPayableTaxCodeName,Website,LegalName,Discount,"
               "CompanyNumber").split(",")


def xero_row(**values):
    return [values.get(name.lstrip("*"), "") for name in XERO_HEADER]


XERO = [
    XERO_HEADER,
    xero_row(ContactName="Marlow Constructions Pty Ltd", AccountNumber="MAR001", EmailAddress="gavin@marlowcon.example",
             FirstName="Gavin", LastName="Marlow", POAddressLine1="12 Builder St", POCity="Parramatta", PORegion="NSW",
             POPostalCode="2150", POCountry="Australia", PhoneNumber="02 9000 1111", MobileNumber="0401 220 556",
             TaxNumber="11 123 456 780", Website="https://marlowcon.example",
             LegalName="Marlow Constructions Pty Limited", CompanyNumber="123456780"),
    xero_row(ContactName="The Trustee for Ashfield Family Trust", AccountNumber="ASH001",
             EmailAddress="margaret@ashfield.example", FirstName="Margaret", LastName="Ashfield",
             POAddressLine1="4 Trust Ave", POCity="Ashfield", PORegion="NSW", POPostalCode="2131",
             POCountry="Australia", MobileNumber="0412 338 902", TaxNumber="75 111 222 336"),
    xero_row(ContactName="Elena Reyes", AccountNumber="REY001", EmailAddress="elena.reyes@example.com",
             FirstName="Elena", LastName="Reyes", POAddressLine1="9 Sole Trader Rd", POCity="Newtown", PORegion="NSW",
             POPostalCode="2042", POCountry="Australia", MobileNumber="0422 909 313"),
    xero_row(ContactName="Harbour Dental Limited", AccountNumber="HAR001", EmailAddress="reception@harbourdental.example.nz",
             POAddressLine1="88 Tamaki Dr", POCity="Auckland", POPostalCode="1071", POCountry="New Zealand",
             PhoneNumber="09 520 1234", TaxNumber="49-091-850", BankAccountName="Harbour Dental",
             BankAccountNumber="12-3456-7890123-00"),
]

DATES_1904 = [
    ["Client Name", "Engagement Date", "Review Due", "Call Time", "Hours Billed"],
    ["Marlow Constructions Pty Ltd", Date(42735), Date(42800.75, 2), Date(0.4375, 3), Date(1.5, 4)],
    ["Aroha Ngata", Date(0), Date(1, 1), Date(0.5, 3), Date(0.25, 4)],
]


def main():
    write_workbook("clients.xlsx", [("Clients", None, CLIENTS), ("Archived", None, ARCHIVED),
                                    ("Lookups", "hidden", LOOKUPS)])
    write_workbook("xero-contacts.xlsx", [("Contacts", None, XERO)])
    write_workbook("dates-1904.xlsx", [("Engagements", None, DATES_1904)], date1904=True)


if __name__ == "__main__":
    main()
