/// The mappings pi-import knows without being told: one per kind of export practices hand over,
/// and a generic one of the headers people type. `Schemas/mappings/` holds them as JSON (a test keeps
/// the two in step), for users to copy as the start of their own mapping file.
public enum DefaultMappings {
    /// Every default mapping, the generic one last.
    public static let all: [MappingFile] = [ignition, xero, quickBooks, practiceManager, generic]

    /// Ignition's own client import and export CSV (domain.md 1.2, 1.5).
    public static let ignition = MappingFile(
        name: "ignition-clients",
        description: "Practice Ignition's client import template and client export.",
        signature: ["Client ID", "Contact ID", "Contact Email", "Contact Mobile", "Postal Address Line 1",
            "Tracking Category 1"],
        columns: [
            "Client ID": "id", "Client Name": "name", "Contact ID": "contacts.id", "Contact Name": "contacts.name",
            "Contact Email": "contacts.email", "Contact Phone": "contacts.phone", "Contact Mobile": "contacts.mobile",
            "Salutation": "contacts.salutation", "Addressee": "contacts.addressee",
            "Business Structure": "businessStructure", "Company Number": "companyNumber",
            "GST Registered": "gstRegistered", "Phone": "phone", "Fax": "fax", "Website": "website",
            "Address Line 1": "address.lines", "Address Line 2": "address.lines", "Address Line 3": "address.lines",
            "City": "address.city", "State": "address.region", "Postcode": "address.postcode",
            "Country": "address.country", "Postal Address Line 1": "postalAddress.lines",
            "Postal Address Line 2": "postalAddress.lines", "Postal Address Line 3": "postalAddress.lines",
            "Postal City": "postalAddress.city", "Postal State": "postalAddress.region",
            "Postal Postcode": "postalAddress.postcode", "Postal Country": "postalAddress.country", "Tags": "tags",
            "Notes": "notes", "Tracking Category 1": "ignore", "Tracking Category 2": "ignore",
            "Tax Number": "taxNumber", "TFN": "taxNumber",
        ])

    /// Xero's contacts import template and export (domain.md 2.1), with the US and export variants.
    /// Only Xero's templates mark required columns with `*`, so `*ContactName` alone identifies one.
    public static let xero: MappingFile = {
        var columns: [String: String] = [
            "*ContactName": "name", "ContactID": "appClients.xero", "AccountNumber": "ignore",
            "ContactStatus": "status", "EmailAddress": "contacts.email", "FirstName": "contacts.firstName",
            "LastName": "contacts.lastName", "POAttentionTo": "ignore", "SAAttentionTo": "ignore",
            "PhoneNumber": "phone", "FaxNumber": "fax", "MobileNumber": "contacts.mobile",
            "DDINumber": "contacts.phone", "SkypeName": "ignore", "BankAccountName": "sensitive",
            "BankAccountNumber": "sensitive", "BankAccountParticulars": "sensitive", "TaxNumber": "taxNumber",
            "TaxNumberType": "taxNumber", "TaxNumberName": "taxNumber",
            "AccountsReceivableTaxCodeName": "ignore", "AccountsPayableTaxCodeName": "ignore",
            "Website": "website", "LegalName": "ignore", "Discount": "ignore", "CompanyNumber": "companyNumber",
            "DueDateBillDay": "ignore", "DueDateBillTerm": "ignore", "DueDateSalesDay": "ignore",
            "DueDateSalesTerm": "ignore", "SalesAccount": "ignore", "PurchasesAccount": "ignore",
            "TrackingName1": "ignore", "SalesTrackingOption1": "ignore", "PurchasesTrackingOption1": "ignore",
            "TrackingName2": "ignore", "SalesTrackingOption2": "ignore", "PurchasesTrackingOption2": "ignore",
            "BrandingTheme": "ignore", "DefaultTaxBills": "ignore", "DefaultTaxSales": "ignore",
            "DefaultTaxBillsName": "ignore", "DefaultTaxSalesName": "ignore",
        ]
        for (prefix, address) in [("PO", "postalAddress"), ("SA", "address")] {
            for line in 1...4 { columns["\(prefix)AddressLine\(line)"] = "\(address).lines" }
            columns["\(prefix)City"] = "\(address).city"
            columns["\(prefix)Region"] = "\(address).region"
            columns["\(prefix)PostalCode"] = "\(address).postcode"
            columns["\(prefix)ZipCode"] = "\(address).postcode"
            columns["\(prefix)Country"] = "\(address).country"
        }
        for person in 1...5 {
            columns["Person\(person)FirstName"] = "person\(person).firstName"
            columns["Person\(person)LastName"] = "person\(person).lastName"
            columns["Person\(person)Email"] = "person\(person).email"
            columns["Person\(person)IncludeInEmail"] = "ignore"
        }
        return MappingFile(
            name: "xero-contacts", description: "Xero's contacts import template and contacts export.",
            signature: ["POAddressLine1", "SAAddressLine1", "POCity", "POPostalCode", "Person1FirstName",
                "Person1Email", "AccountNumber", "ContactID", "ContactStatus", "MobileNumber", "DDINumber", "SkypeName",
                "BankAccountNumber", "TaxNumber"],
            columns: columns)
    }()

    /// QuickBooks Online's Customer Contact List report, old and new headers (domain.md 3.2).
    public static let quickBooks = MappingFile(
        name: "qbo-customer-contact-list",
        description: "QuickBooks Online's Customer Contact List report export (title rows, header, footer).",
        signature: ["Customer full name", "Customer", "Phone numbers", "Full name", "Bill address", "Ship address",
            "Billing Address", "Shipping Address"],
        columns: [
            "Customer full name": "name", "Customer": "name", "Display Name": "name", "Id": "appClients.quickbooks",
            "Phone numbers": "phone", "Phone": "phone", "Email": "contacts.email", "Full name": "contacts.name",
            "Bill address": "postalAddress.lines", "Billing Address": "postalAddress.lines",
            "Ship address": "address.lines", "Shipping Address": "address.lines", "Mobile": "contacts.mobile",
            "Fax": "fax", "Website": "website", "Notes": "notes", "Company": "ignore", "Created on": "ignore",
            "Open Balance": "ignore", "Currency": "ignore", "Account #": "ignore", "Tax ID": "taxNumber",
            "Resale Number": "ignore", "Active": "status", "Status": "status",
        ])

    /// Xero Practice Manager's client export: API field names and the spaced names of the UI (domain.md 4).
    public static let practiceManager = MappingFile(
        name: "xpm-clients",
        description: "Xero Practice Manager (WorkflowMax) client export, API-style or UI-style headers.",
        signature: ["UUID", "BusinessStructure", "PostalAddress", "PostalPostCode", "IsProspect", "IsArchived",
            "ClientCode", "ContactIsPrimary", "ContactMobile"],
        columns: [
            "UUID": "appClients.xpm", "ID": "ignore", "Client Code": "clientCode", "ClientCode": "clientCode",
            "ExportCode": "clientCode", "Name": "name", "Client Name": "name", "Client": "name",
            "Title": "contacts.salutation", "FirstName": "contacts.firstName", "LastName": "contacts.lastName",
            "OtherName": "ignore", "Email": "email", "Email Address": "email", "Phone": "phone", "Fax": "fax",
            "Website": "website", "WebSite": "website", "Address": "address.lines", "City": "address.city",
            "Region": "address.region", "PostCode": "address.postcode", "Country": "address.country",
            "PostalAddress": "postalAddress.lines", "Postal Address": "postalAddress.lines",
            "PostalCity": "postalAddress.city", "PostalRegion": "postalAddress.region",
            "PostalPostCode": "postalAddress.postcode", "PostalCountry": "postalAddress.country",
            "BusinessStructure": "businessStructure", "Business Structure": "businessStructure",
            "IsProspect": "status", "IsArchived": "status", "IsDeleted": "status", "TaxNumber": "taxNumber",
            "Tax Number": "taxNumber", "IRD Number": "taxNumber", "TFN": "taxNumber",
            "CompanyNumber": "companyNumber", "Company Number": "companyNumber", "BusinessNumber": "businessNumber",
            "Business Number": "businessNumber", "ABN": "businessNumber", "GSTRegistered": "gstRegistered",
            "GST Registered": "gstRegistered", "Groups": "tags", "Notes": "notes", "ContactName": "contacts.name",
            "Contact Name": "contacts.name", "ContactEmail": "contacts.email", "Contact Email": "contacts.email",
            "ContactPhone": "contacts.phone", "ContactMobile": "contacts.mobile", "ContactPosition": "ignore",
            "ContactSalutation": "contacts.salutation", "ContactAddressee": "contacts.addressee",
            "ContactIsPrimary": "contacts.isDefault", "DateOfBirth": "sensitive", "Gender": "ignore",
            "ReferralSource": "ignore", "AccountManager": "ignore", "JobManager": "ignore", "BalanceMonth": "ignore",
            "PrepareGST": "ignore", "GSTPeriod": "ignore", "GSTBasis": "ignore",
        ])

    /// The headers people type in their own client lists and CRM exports.
    public static let generic = MappingFile(
        name: "generic",
        description: "Headers of hand-kept client lists and CRM exports.",
        columns: [
            "Client Name": "name", "Client": "name", "Company": "name", "Company Name": "name",
            "Organisation": "name", "Organization": "name", "Organisation Name": "name",
            "Organization Name": "name", "Business": "name", "Business Name": "name", "Entity": "name",
            "Entity Name": "name", "Customer": "name", "Customer Name": "name", "Account Name": "name",
            "Trading Name": "name", "Legal Name": "ignore",
            "Contact": "contacts.name", "Contact Name": "contacts.name", "Contact Person": "contacts.name",
            "Primary Contact": "contacts.name", "Full Name": "contacts.name", "Person": "contacts.name",
            "First Name": "contacts.firstName", "Firstname": "contacts.firstName", "Given Name": "contacts.firstName",
            "Forename": "contacts.firstName", "Last Name": "contacts.lastName", "Lastname": "contacts.lastName",
            "Surname": "contacts.lastName", "Family Name": "contacts.lastName",
            "Email": "contacts.email", "E-mail": "contacts.email", "Email Address": "contacts.email",
            "Contact Email": "contacts.email", "Mail": "contacts.email", "Primary Email": "contacts.email",
            "Phone": "phone", "Tel": "phone", "Telephone": "phone", "Phone Number": "phone", "Work Phone": "phone",
            "Office Phone": "phone", "Business Phone": "phone", "Landline": "phone", "Contact Phone": "contacts.phone",
            "Direct Phone": "contacts.phone", "Mobile": "contacts.mobile", "Mobile Phone": "contacts.mobile",
            "Mobile Number": "contacts.mobile", "Cell": "contacts.mobile", "Cell Phone": "contacts.mobile",
            "Fax": "fax", "Fax Number": "fax",
            "Street": "address.lines", "Street Address": "address.lines", "Address": "address.lines",
            "Address 1": "address.lines", "Address 2": "address.lines", "Address Line 1": "address.lines",
            "Address Line 2": "address.lines", "Address1": "address.lines", "Address2": "address.lines",
            "Suburb": "address.city", "City": "address.city", "Town": "address.city", "Locality": "address.city",
            "Suburb/Town": "address.city", "State": "address.region", "Province": "address.region",
            "Region": "address.region", "County": "address.region", "State/Province": "address.region",
            "Zip": "address.postcode", "Zip Code": "address.postcode", "Postcode": "address.postcode",
            "Post Code": "address.postcode", "Postal Code": "address.postcode", "Country": "address.country",
            "Postal Address": "postalAddress.lines", "Mailing Address": "postalAddress.lines",
            "Postal Suburb": "postalAddress.city", "Postal City": "postalAddress.city",
            "Postal State": "postalAddress.region", "Postal Postcode": "postalAddress.postcode",
            "Postal Country": "postalAddress.country",
            "Website": "website", "Web Site": "website", "Web": "website", "URL": "website", "Homepage": "website",
            "Notes": "notes", "Note": "notes", "Comments": "notes", "Comment": "notes", "Remarks": "notes",
            "Tags": "tags", "Tag": "tags", "Labels": "tags", "Groups": "tags", "Category": "tags",
            "Entity Type": "businessStructure", "Structure": "businessStructure", "Business Type": "businessStructure",
            "Business Structure": "businessStructure", "Client Type": "businessStructure",
            "Company Number": "companyNumber", "Company No": "companyNumber", "ACN": "companyNumber",
            "Registration Number": "companyNumber", "NZBN": "companyNumber", "CRN": "companyNumber",
            "ABN": "businessNumber", "Business Number": "businessNumber",
            "GST": "gstRegistered", "GST Registered": "gstRegistered", "Salutation": "contacts.salutation",
            "Dear": "contacts.salutation", "Addressee": "contacts.addressee",
            "Client ID": "id", "Client Code": "clientCode",
            "Tax Number": "taxNumber", "Tax File Number": "taxNumber", "TFN": "taxNumber", "IRD": "taxNumber",
            "IRD Number": "taxNumber", "IRD No": "taxNumber", "SSN": "taxNumber", "Social Security Number": "taxNumber",
            "SIN": "taxNumber", "Social Insurance Number": "taxNumber", "UTR": "taxNumber", "NI Number": "taxNumber",
            "NINO": "taxNumber", "National Insurance Number": "taxNumber", "EIN": "taxNumber", "ITIN": "taxNumber",
            "Tax ID": "taxNumber", "TaxNumber": "taxNumber", "Bank Account": "sensitive",
            "Bank Account Number": "sensitive", "BSB": "sensitive", "Date of Birth": "sensitive", "DOB": "sensitive",
            "pi-import codes": "ignore", "pi-import messages": "ignore",
        ])
}
