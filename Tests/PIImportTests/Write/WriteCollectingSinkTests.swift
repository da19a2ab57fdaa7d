import Foundation
import Testing

@testable import PIImport

@Suite struct WriteCollectingSinkTests {
    @Test func keepsRecordsUntilAborted() throws {
        let sink = CollectingSink()
        for record in WriteFixtures.threeClients { try sink.write(record) }
        try sink.finish()
        #expect(sink.records == WriteFixtures.threeClients)
        #expect(sink.isFinished)
        sink.abort()
        #expect(sink.records.isEmpty)
        #expect(!sink.isFinished)
    }
}
