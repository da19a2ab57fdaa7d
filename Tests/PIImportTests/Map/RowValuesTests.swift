import Testing

@testable import PIImport

/// A row's values by field slot: first values, later values in column order, and reuse across rows.
@Suite struct RowValuesTests {
    @Test func firstAndAllKeepColumnOrder() {
        var values = RowValues()
        values.add("Kauri Motors", slot: ClientField.name.slot)
        values.add("12 Ocean Dr.\nUnit 4", slot: ClientField.address(.lines).slot)
        values.add("Level 2", slot: ClientField.address(.lines).slot)
        values.add("Auckland", slot: ClientField.address(.city).slot)
        values.add("first note", slot: ClientField.notes.slot)
        values.add("second note", slot: ClientField.notes.slot)
        #expect(values.first(.name) == "Kauri Motors")
        #expect(values.first(.website) == nil)
        #expect(values.all(.notes) == ["first note", "second note"])
        #expect(values.all(.tags) == [])
        #expect(values.address(postal: false) == Address(lines: ["12 Ocean Dr.", "Unit 4", "Level 2"], city: "Auckland"))
        #expect(values.address(postal: true) == nil)
    }

    @Test func tagsAreSplitAndTrimmed() {
        var values = RowValues()
        values.add("imported; priority,, vip ", slot: ClientField.tags.slot)
        values.add("Café;  Über ,", slot: ClientField.tags.slot)
        values.add("plain", slot: ClientField.tags.slot)
        #expect(values.all(.tags) == ["imported", "priority", "vip", "Café", "Über", "plain"])
    }

    @Test func clearForgetsTheRow() {
        var values = RowValues()
        values.add("Kauri Motors", slot: ClientField.name.slot)
        values.add("a", slot: ClientField.tags.slot)
        values.add("b", slot: ClientField.tags.slot)
        values.add("Auckland", slot: ClientField.postalAddress(.city).slot)
        values.clear()
        #expect(values.first(.name) == nil)
        #expect(values.all(.tags) == [])
        #expect(values.address(postal: true) == nil)
        values.add("c", slot: ClientField.tags.slot)
        values.add("Summit Dental", slot: ClientField.name.slot)
        #expect(values.all(.tags) == ["c"])
        #expect(values.first(.name) == "Summit Dental")
    }
}
