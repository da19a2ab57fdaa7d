#!/usr/bin/env python3
"""Writes the realistic, synthetic sample exports in Samples/ (CSV).

Every name, address, phone and email is made up. Tax-number columns and notes carry the canary
numbers of Samples/canaries.txt, which no output of pi-import may ever contain.
Run from anywhere: python3 scripts/make-samples.py
"""
import csv
import io
import os

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Samples")


def write(name, rows, prefix="", encoding="utf-8", newline="\r\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerows(rows)
    with open(os.path.join(SAMPLES, name), "wb") as handle:
        handle.write((prefix + buffer.getvalue()).encode(encoding))


# A practice's own client list, kept by hand in Excel and saved as CSV UTF-8 (with a BOM).
clients = [
    ["Client Name", "Contact Name", "Email", "Phone", "Mobile", "Street", "Suburb", "State", "Postcode", "Country",
     "Structure", "TFN", "Notes", "Tags"],
    ["Marlow Constructions Pty Ltd", "Gavin Marlow", "gavin@marlowcon.example", "02 9000 1111", "0401 220 556",
     "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "Company", "865 414 088",
     "Prefers email. ACN 123 456 780.", "construction;priority"],
    ["Marlow Constructions Pty Ltd", "Sandra Marlow", "accounts@marlowcon.example", "02 9000 1111", "0412 000 111",
     "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "Company", "", "", "construction"],
    ["The Trustee for Ashfield Family Trust", "Margaret Ashfield", "margaret@ashfield.example", "",
     "0412 338 902", "4 Trust Ave", "Ashfield", "NSW", "2131", "AU", "Trust", "876 543 210",
     "Trust deed on file. TFN 456 789 127 for the trustee.", "trust"],
    ["Elena Reyes", "Elena Reyes", "elena.reyes@example.com", "", "0422 909 313", "9 Sole Trader Rd", "Newtown",
     "NSW", "2042", "Australia", "Individual", "314 159 262", "", ""],
    ["Top End Plumbing", "Jack O'Brien", "jack@topendplumbing.example", "08 8900 1234", "", "3 Mitchell St",
     "Darwin", "NT", "800", "Australia", "Sole Trader", "", "Excel ate the postcode's zero.", ""],
    ["Kauri Coast Consulting Limited", "Aroha Ngata", "aroha@kauricoast.example.nz", "09 123 4567", "021 555 0101",
     "17 Kauri Rd", "Auckland", "", "1010", "NZ", "Company", "49-091-850",
     "IRD 123-456-785 belongs to the director", "nz"],
    ["Harbour & Co Bakery", "Siobhan Kelly", "MAILTO:Siobhan@HarbourBakery.Example", " 02 9555 0199 ", "",
     "88 Harbour St", "Sydney", "NSW", "2000", "Australia", "Partnership", "", "Deliveries\u00a0before 7am", "food"],
    ["Pennine Joinery Ltd", "Oliver Hughes", "oliver@penninejoinery.example.co.uk", "020 7946 0018",
     "07700 900123", "2 Mill Lane", "Leeds", "", "ls1 4dy", "United Kingdom", "Company", "",
     "UTR 1955839661, NI number AB 12 34 56 C (director)", "uk"],
    ["Lone Star Landscaping LLC", "Maria Garcia", "maria@lonestarland.example", "(512) 555-0143", "",
     "500 Congress Ave", "Austin", "TX", "78701", "USA", "Company", "", "Owner SSN 219-09-9999 on W-9", "us"],
    ["Maple Leaf Dental ULC", "Luc Tremblay", "luc@mapleleafdental.example", "416-555-0190", "",
     "1 Front St W", "Toronto", "ON", "m5v 2t6", "Canada", "Company", "", "SIN 271 828 188 (do not store)", "ca"],
    ["Redgum Holdings Pty Ltd", "Chloe Nguyen", "", "02 6100 2000", "", "1 Redgum Way", "Canberra", "ACT",
     "2600", "Australia", "Company", "", "No email yet: call first", ""],
    ["Silver Fern Motors", "", "service@silverfern.example", "03 379 0000", "", "8 Moorhouse Ave",
     "Christchurch", "", "8011", "New Zealand", "Company", "", "", ""],
    ["Coastal Cafe", "Tom Walker", "tom@coastal", "", "0499 111 222", "5 Beach Rd", "Byron Bay", "NSW", "2481",
     "Australia", "Sole Trader", "", "", ""],
    ["", "Priya Patel", "priya.patel@example.com", "", "0433 444 555", "22 Lane St", "Carlton", "VIC", "3053",
     "Australia", "Individual", "", "", ""],
    ["Summit Accounting Pty Ltd", "Noah Smith", "noah@summitacc.example", "03 9000 5555", "0400 000 001",
     "Level 2, 100 Collins St", "Melbourne", "VIC", "3000", "Australia", "Company", "", "=HYPERLINK(\"http://x\")",
     ""],
    ["Marlow Constructions Pty Ltd", "Gavin Marlow", "gavin@marlowcon.example", "02 9000 1111", "0401 220 556",
     "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "Company", "", "", ""],
]
write("clients.csv", clients, prefix="\ufeff")

# A Xero contacts export (AU organisation): TaxNumber holds ABNs, and an NZ contact's IRD number.
xero_header = ["*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "POAttentionTo",
               "POAddressLine1", "POAddressLine2", "POCity", "PORegion", "POPostalCode", "POCountry",
               "SAAddressLine1", "SACity", "SARegion", "SAPostalCode", "SACountry", "PhoneNumber", "MobileNumber",
               "TaxNumber", "BankAccountNumber", "Website", "LegalName", "CompanyNumber", "Person1FirstName",
               "Person1LastName", "Person1Email", "Person1IncludeInEmail", "ContactID", "ContactStatus"]
xero = [
    xero_header,
    ["Marlow Constructions Pty Ltd", "MAR001", "gavin@marlowcon.example", "Gavin", "Marlow", "", "PO Box 77", "",
     "Parramatta", "NSW", "2124", "Australia", "12 Builder St", "Parramatta", "NSW", "2150", "Australia",
     "02 9000 1111", "0401 220 556", "11 123 456 780", "062-000 1234 5678", "https://marlowcon.example",
     "Marlow Constructions Pty Limited", "123456780", "Sandra", "Marlow", "accounts@marlowcon.example", "Yes",
     "b3f1c2d4-1111-4a5b-9c8d-0e1f2a3b4c5d", "ACTIVE"],
    ["The Trustee for Ashfield Family Trust", "ASH001", "margaret@ashfield.example", "Margaret", "Ashfield", "",
     "4 Trust Ave", "", "Ashfield", "NSW", "2131", "Australia", "", "", "", "", "", "", "0412 338 902",
     "75 111 222 336", "", "", "", "", "", "", "", "", "c4a2d3e5-2222-4b6c-8d9e-1f2a3b4c5d6e", "ACTIVE"],
    ["Elena Reyes", "REY001", "elena.reyes@example.com", "Elena", "Reyes", "", "9 Sole Trader Rd", "", "Newtown",
     "NSW", "2042", "Australia", "", "", "", "", "", "", "0422 909 313", "", "", "", "", "", "", "", "", "",
     "d5b3e4f6-3333-4c7d-9e0f-2a3b4c5d6e7f", "ACTIVE"],
    ["Kauri Coast Consulting Limited", "KAU001", "aroha@kauricoast.example.nz", "Aroha", "Ngata", "",
     "17 Kauri Rd", "", "Auckland", "", "1010", "New Zealand", "", "", "", "", "", "09 123 4567", "021 555 0101",
     "123-456-785", "", "", "", "", "", "", "", "", "e6c4f5a7-4444-4d8e-8f1a-3b4c5d6e7f80", "ACTIVE"],
    ["Old Mill Cafe", "OLD001", "hello@oldmill.example", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "", "", "", "", "f7d5a6b8-5555-4e9f-9a2b-4c5d6e7f8091", "ARCHIVED"],
    ["John Doe-1", "", "john.doe@example.com", "John", "Doe", "", "", "", "", "", "", "", "", "", "", "", "", "",
     "", "", "", "", "", "", "", "", "", "", "a8e6b7c9-6666-4fa0-8b3c-5d6e7f8091a2", "ACTIVE"],
]
write("xero-contacts.csv", xero, prefix="\ufeff")

# A QuickBooks Online Customer Contact List report: title rows, multi-line addresses, a sub-customer,
# a Tax ID column, and the timestamp footer.
qbo = [
    ["Example Accounting Pty Ltd", "", "", "", "", "", ""],
    ["Customer Contact List", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Customer full name", "Phone numbers", "Email", "Full name", "Bill address", "Ship address", "Tax ID"],
    ["Bill's Windsurf Shop", "Phone:(415) 444-6538", "surf@windsurf.example", "Bill Lucchini",
     "12 Ocean Dr.\nHalf Moon Bay CA 94213", "", "912-90-3456"],
    ["Smith, John", "", "john.smith@example.com", "John Smith", "12 Collins St\nMelbourne VIC 3000", "", ""],
    ["Nusa Group", "Phone:+62 361 555 010", "ops@nusagroup.example", "Wayan Sudirta", "Jl. Raya Ubud 1\nBali", "",
     ""],
    ["Nusa Group:Villa Ubud", "", "", "", "", "", ""],
    ["Geico - Customer", "Phone:(800) 555-0100", "billing@geico-customer.example", "Pat Lee", "", "", ""],
    ["", "", "", "", "", "", ""],
    [" Wednesday, September 30, 2026 11:11 AM GMT+10:00", "", "", "", "", "", ""],
]
write("qbo-customer-contact-list.csv", qbo)

# An XPM client export with API-style headers; TaxNumber unmasked on purpose (a UI export may hold it).
xpm = [
    ["UUID", "Name", "Email", "Phone", "Address", "City", "Region", "PostCode", "Country", "PostalAddress",
     "PostalCity", "PostalRegion", "PostalPostCode", "PostalCountry", "BusinessStructure", "IsProspect",
     "TaxNumber", "CompanyNumber", "BusinessNumber", "GSTRegistered", "ContactName", "ContactEmail",
     "ContactMobile", "ContactPosition", "ContactIsPrimary"],
    ["0183f65c-08c6-47b7-af05-3da072e901ae", "Marlow Constructions Pty Ltd", "gavin@marlowcon.example",
     "02 9000 1111", "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "PO Box 77", "Parramatta", "NSW",
     "2124", "Australia", "Company", "No", "876 543 210", "123 456 780", "11 123 456 780", "Yes", "Gavin Marlow",
     "gavin@marlowcon.example", "0401 220 556", "Director", "Yes"],
    ["5c9a1e2b-7f3d-4b8e-9a61-2d4f0c8b1a77", "Ashfield Family Trust", "margaret@ashfield.example", "",
     "4 Trust Ave", "Ashfield", "NSW", "2131", "Australia", "", "", "", "", "", "Trust", "No", "456 789 127", "",
     "75 111 222 336", "No", "Margaret Ashfield", "margaret@ashfield.example", "0412 338 902", "Trustee", "Yes"],
    ["9e2d4c61-3b8a-4f0e-8c5d-6a7b1e9f2c30", "Aroha Ngata", "aroha@example.co.nz", "", "17 Kauri Rd", "Auckland",
     "", "1010", "New Zealand", "", "", "", "", "", "Individual", "Yes", "49-091-850", "", "", "No", "Aroha Ngata",
     "aroha@example.co.nz", "021 555 0101", "", "Yes"],
    ["2b7e9f10-4c3d-4e5f-8a9b-0c1d2e3f4a5b", "Pennine Joinery Ltd", "oliver@penninejoinery.example.co.uk",
     "020 7946 0018", "2 Mill Lane", "Leeds", "", "LS1 4DY", "United Kingdom", "", "", "", "", "", "Company",
     "No", "1955839661", "01234567", "", "No", "Oliver Hughes", "oliver@penninejoinery.example.co.uk",
     "07700 900123", "Director", "Yes"],
]
write("xpm-clients.csv", xpm)

# Ignition's own import template filled in: one client with two contacts, an update by Client ID.
ignition = [
    ["Client ID", "Client Name", "Contact ID", "Contact Name", "Contact Email", "Contact Phone", "Contact Mobile",
     "Salutation", "Addressee", "Business Structure", "Company Number", "Phone", "Website", "Address Line 1",
     "Address Line 2", "City", "State", "Postcode", "Country", "Postal Address Line 1", "Postal Address Line 2",
     "Postal City", "Postal State", "Postal Postcode", "Postal Country", "Tags", "Notes", "Tracking Category 1",
     "Tracking Category 2"],
    ["", "Marlow Constructions Pty Ltd", "", "Gavin Marlow", "gavin@marlowcon.example", "02 9000 1111",
     "0401 220 556", "Gavin", "Mr G Marlow", "Company", "123 456 780", "02 9000 1111", "https://marlowcon.example",
     "12 Builder St", "", "Parramatta", "NSW", "2150", "Australia", "PO Box 77", "", "Parramatta", "NSW", "2124",
     "Australia", "imported", "", "Region: Sydney", ""],
    ["", "Marlow Constructions Pty Ltd", "", "Sandra Marlow", "accounts@marlowcon.example", "", "0412 000 111",
     "Sandra", "Ms S Marlow", "Company", "123 456 780", "02 9000 1111", "https://marlowcon.example",
     "12 Builder St", "", "Parramatta", "NSW", "2150", "Australia", "PO Box 77", "", "Parramatta", "NSW", "2124",
     "Australia", "imported", "", "Region: Sydney", ""],
    ["", "Elena Reyes", "", "Elena Reyes", "elena.reyes@example.com", "", "0422 909 313", "Elena", "Ms E Reyes",
     "Individual", "", "", "", "9 Sole Trader Rd", "", "Newtown", "NSW", "2042", "Australia", "", "", "", "", "",
     "", "imported", "", "", ""],
    ["CLI-0042", "Harbour & Co Bakery", "CON-0107", "Siobhan Kelly", "siobhan@harbourbakery.example", "", "",
     "Siobhan", "", "Partnership", "", "02 9555 0199", "", "88 Harbour St", "", "Sydney", "NSW", "2000",
     "Australia", "", "", "", "", "", "", "food", "Updated from the 2026 review", "", ""],
]
write("ignition-clients.csv", ignition)
print("wrote Samples/clients.csv, xero-contacts.csv, qbo-customer-contact-list.csv, xpm-clients.csv, ignition-clients.csv")
