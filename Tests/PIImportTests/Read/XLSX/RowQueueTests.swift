import Testing

@testable import PIImport

@Suite struct RowQueueTests {
    @Test func rowsComeOutDenseInOrderAcrossGrowthAndCompaction() {
        let queue = RowQueue()
        var expected: [(Int, [Cell])] = []
        var popped: [(Int, [Cell])] = []
        for number in 1...600 {
            // Out of order, a repeated column (the later cell wins), and a gap.
            queue.append(column: 3, cell: .text("c\(number)"))
            queue.append(column: 1, cell: .number(Double(number)))
            queue.append(column: 3, cell: .text("C\(number)"))
            queue.append(column: 5, cell: .bool(number.isMultiple(of: 2)))
            queue.closeRow(number: number)
            expected.append((number, [.number(Double(number)), .empty, .text("C\(number)"), .empty, .bool(number.isMultiple(of: 2))]))
            if number.isMultiple(of: 7) {
                queue.append(column: 2, cell: .text("open"))
                #expect(queue.openRowHasCells)
                while let row = queue.popRow() { popped.append(row) }
                queue.closeRow(number: number)
                expected.append((number, [.empty, .text("open")]))
            }
        }
        while let row = queue.popRow() { popped.append(row) }
        #expect(popped.map(\.0) == expected.map(\.0))
        #expect(popped.map(\.1) == expected.map(\.1))
        queue.closeRow(number: 999)
        #expect(queue.popRow() == nil)
    }
}
