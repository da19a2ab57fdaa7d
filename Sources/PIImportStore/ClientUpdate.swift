import PIImport

/// How an import updates a client already in the store. The stored name and state stay (Ignition links
/// invoices by exact name, and a lead becomes active by its first accepted proposal, not by an import);
/// a value the import gives replaces the stored one, a value it leaves blank never erases one; tags,
/// contacts and app links are added to, never removed.
enum ClientUpdate {
    static func merge(_ incoming: ClientRecord, into stored: ClientRecord) -> ClientRecord {
        var merged = stored
        merged.businessStructure = incoming.businessStructure ?? stored.businessStructure
        merged.companyNumber = incoming.companyNumber ?? stored.companyNumber
        merged.gstRegistered = incoming.gstRegistered ?? stored.gstRegistered
        merged.phone = incoming.phone ?? stored.phone
        merged.fax = incoming.fax ?? stored.fax
        merged.website = incoming.website ?? stored.website
        merged.notes = incoming.notes ?? stored.notes
        if let address = incoming.address, !address.isEmpty { merged.address = address }
        if let address = incoming.postalAddress, !address.isEmpty { merged.postalAddress = address }
        for tag in incoming.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        for link in incoming.appClients where !merged.appClients.contains(link) { merged.appClients.append(link) }
        for contact in incoming.contacts { merge(contact, into: &merged.contacts) }
        if merged != stored { merged.source = incoming.source }
        return merged
    }

    /// A contact with the same email (or, when neither has one, the same name) is updated; another is added,
    /// as the default only when there is none yet.
    private static func merge(_ contact: Contact, into contacts: inout [Contact]) {
        let email = contact.email?.lowercased()
        let same = contacts.firstIndex {
            if let email { return $0.email?.lowercased() == email }
            return $0.email == nil && $0.name == contact.name
        }
        guard let index = same else {
            var added = contact
            added.isDefault = contact.isDefault && !contacts.contains(where: \.isDefault)
            contacts.append(added)
            return
        }
        var updated = contacts[index]
        if !contact.name.isEmpty { updated.name = contact.name }
        updated.phone = contact.phone ?? updated.phone
        updated.mobile = contact.mobile ?? updated.mobile
        updated.salutation = contact.salutation ?? updated.salutation
        updated.addressee = contact.addressee ?? updated.addressee
        contacts[index] = updated
    }
}
